package se.paragraf.application.audit;

import java.util.List;
import se.paragraf.domain.audit.RegisteredDocument;

/**
 * The outcome of checking a meeting: how many entries the trail has, what is wrong (Swedish, one
 * line each; empty when all is well) and which registered document a given file is, if any.
 */
public record Verification(int entries, List<String> problems, RegisteredDocument matchedDocument) {
    public Verification {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
