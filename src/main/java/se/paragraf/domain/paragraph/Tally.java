package se.paragraf.domain.paragraph;

import se.paragraf.domain.shared.DomainException;

/** The totals of a vote. */
public record Tally(int yes, int no, int abstain) {
    public Tally {
        if (yes < 0 || no < 0 || abstain < 0) {
            throw new DomainException("Antalet röster kan inte vara negativt.");
        }
    }

    public int total() {
        return yes + no + abstain;
    }
}
