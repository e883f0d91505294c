package se.paragraf.application.demo;

import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: fill an empty archive with Regionstyrelsen, its members and one meeting with
 * paragraphs taken from the seed protocol (Region Västernorrland, 2025-05-20), so a new user
 * sees a real protocol at once.
 */
public final class CreateDemoArchive {
    private final UnitOfWork unitOfWork;

    public CreateDemoArchive(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public void create() {
        unitOfWork.run(r -> {
            if (r.boards().count() > 0) {
                throw new DomainException("Arkivet innehåller redan data; demoarkivet skapas bara i ett tomt arkiv.");
            }
            DemoProtocol.writeTo(r);
        });
    }
}
