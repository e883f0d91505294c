package se.paragraf.application.audit;

import java.util.List;

/** The outcome of {@code verify --all}: how much was checked and what is wrong, per line in Swedish. */
public record ArchiveVerification(int meetings, int records, List<String> problems) {
    public ArchiveVerification {
        problems = List.copyOf(problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }
}
