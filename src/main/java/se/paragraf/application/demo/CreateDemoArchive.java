package se.paragraf.application.demo;

import se.paragraf.application.UnitOfWork;
import se.paragraf.application.search.RebuildIndex;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: fill an empty archive with Regionstyrelsen, its members and one meeting with
 * paragraphs taken from the seed protocol (Region Västernorrland, 2025-05-20), so a new user
 * sees a real protocol at once. The search index is rebuilt after, so the demo is searchable.
 */
public final class CreateDemoArchive {
    private final UnitOfWork unitOfWork;
    private final RebuildIndex rebuildIndex;

    public CreateDemoArchive(UnitOfWork unitOfWork, RebuildIndex rebuildIndex) {
        this.unitOfWork = unitOfWork;
        this.rebuildIndex = rebuildIndex;
    }

    public void create() {
        unitOfWork.run(r -> {
            if (r.boards().count() > 0) {
                throw new DomainException("Arkivet innehåller redan data; demoarkivet skapas bara i ett tomt arkiv.");
            }
            DemoProtocol.writeTo(r);
        });
        rebuildIndex.rebuild();
    }
}
