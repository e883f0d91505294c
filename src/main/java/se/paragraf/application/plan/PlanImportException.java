package se.paragraf.application.plan;

import java.util.List;
import se.paragraf.domain.shared.DomainException;

/** A plan table that could not be imported, with every problem found and the line it is on. */
public final class PlanImportException extends DomainException {
    private final List<String> problems;

    public PlanImportException(List<String> problems) {
        super("Planen importerades inte. Rätta raderna nedan i filen och importera igen:\n" + String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public static PlanImportException of(String problem) {
        return new PlanImportException(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
