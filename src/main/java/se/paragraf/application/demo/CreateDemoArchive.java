package se.paragraf.application.demo;

import se.paragraf.application.UnitOfWork;
import se.paragraf.application.importing.ImportProtocol;
import se.paragraf.application.importing.ParseProtocol;
import se.paragraf.application.plan.ManagePlans;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: fill an empty archive with Regionstyrelsen, its members and the seed protocol
 * (Region Västernorrland, 2025-05-20, §§ 96–135), imported through the same path as a user's
 * own protocols, so a new user sees a real protocol at once and the import is exercised on
 * every first run. Regionstyrelsens verksamhetsplan 2024–2026 (seed 000) comes with it, imported
 * from a plan table through the same path as a user's own.
 */
public final class CreateDemoArchive {
    private final UnitOfWork unitOfWork;
    private final ParseProtocol parseProtocol;
    private final ImportProtocol importProtocol;
    private final ManagePlans managePlans;

    public CreateDemoArchive(UnitOfWork unitOfWork, ParseProtocol parseProtocol, ImportProtocol importProtocol,
                             ManagePlans managePlans) {
        this.unitOfWork = unitOfWork;
        this.parseProtocol = parseProtocol;
        this.importProtocol = importProtocol;
        this.managePlans = managePlans;
    }

    public void create() {
        unitOfWork.run(r -> {
            if (r.boards().count() > 0) {
                throw new DomainException("Arkivet innehåller redan data; demoarkivet skapas bara i ett tomt arkiv.");
            }
            DemoProtocol.writeBoardsTo(r);
        });
        importProtocol.save(parseProtocol.parse(DemoProtocol.source()));
        DemoPlan.create(unitOfWork, managePlans);
    }
}
