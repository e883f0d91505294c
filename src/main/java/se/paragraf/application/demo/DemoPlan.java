package se.paragraf.application.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.plan.ManagePlans;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.plan.OperationalPlan;
import se.paragraf.domain.plan.Period;
import se.paragraf.domain.shared.DomainException;

/** Regionstyrelsens verksamhetsplan 2024–2026 (Västernorrland, seed 000) as a plan table in the resources. */
final class DemoPlan {
    static final String FILE_NAME = "verksamhetsplan-2024-2026.csv";
    static final String TITLE = "Regionstyrelsens verksamhetsplan 2024–2026";

    private DemoPlan() {
    }

    static OperationalPlan create(UnitOfWork unitOfWork, ManagePlans managePlans) {
        Board board = unitOfWork.transaction(r -> r.boards().findByName("Regionstyrelsen"))
                .orElseThrow(() -> new DomainException("Demoarkivet saknar Regionstyrelsen."));
        OperationalPlan plan = managePlans.create(board.id(), TITLE, Period.of(2024, 2026));
        return managePlans.importTable(plan.id(), FILE_NAME, table());
    }

    private static byte[] table() {
        try (InputStream in = DemoPlan.class.getResourceAsStream(FILE_NAME)) {
            if (in == null) {
                throw new IllegalStateException("Demoplanen " + FILE_NAME + " saknas i programmet.");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
