package se.paragraf.domain.audit;

import java.util.ArrayList;
import java.util.List;

/** Checks a meeting's audit entries, oldest first: numbering without gaps, links and hashes. */
public final class AuditChain {
    private AuditChain() {
    }

    /** What is wrong with the chain, in Swedish, one line per problem; empty when it is whole. */
    public static List<String> problems(List<AuditEntry> entries) {
        List<String> problems = new ArrayList<>();
        String previous = AuditEntry.GENESIS;
        long expected = 1;
        for (AuditEntry e : entries) {
            if (e.sequence() != expected) {
                problems.add("Post " + expected + (e.sequence() > expected + 1 ? "–" + (e.sequence() - 1) : "")
                        + " saknas i granskningsloggen: den har tagits bort.");
            }
            if (!e.previousHash().equals(previous)) {
                problems.add("Post " + e.sequence() + " pekar inte på posten före sig: kedjan är bruten.");
            }
            if (!e.isIntact()) {
                problems.add("Post " + e.sequence() + " (" + e.operation() + " " + e.table() + ", " + e.recordedAt()
                        + ") har ändrats efter att den skrevs: dess kontrollsumma stämmer inte.");
            }
            previous = e.hash();
            expected = e.sequence() + 1;
        }
        return problems;
    }
}
