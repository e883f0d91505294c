package se.paragraf.domain.paragraph;

import java.util.Collection;
import java.util.Collections;
import java.util.NavigableSet;
import java.util.TreeSet;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * The one series of § numbers a board uses in a calendar year. It continues across meetings:
 * a board whose May meeting ended at § 135 opens its June meeting at § 136.
 */
public final class ParagraphSeries {
    private final BoardId board;
    private final int year;
    private final NavigableSet<ParagraphNumber> taken;

    public ParagraphSeries(BoardId board, int year, Collection<ParagraphNumber> taken) {
        this.board = Require.present(board, "Organ");
        this.year = year;
        this.taken = new TreeSet<>();
        for (ParagraphNumber number : Require.present(taken, "Paragrafnummer")) {
            if (!this.taken.add(Require.present(number, "Paragrafnummer"))) {
                throw new DomainException("Paragrafnumren för " + year + " innehåller dubbletter: § " + number
                        + " förekommer flera gånger.");
            }
        }
    }

    public BoardId board() {
        return board;
    }

    public int year() {
        return year;
    }

    public NavigableSet<ParagraphNumber> taken() {
        return Collections.unmodifiableNavigableSet(taken);
    }

    /** The number the next paragraph gets: one past the highest whole number used this year. */
    public ParagraphNumber next() {
        return taken.isEmpty() ? ParagraphNumber.of(1) : ParagraphNumber.of(taken.last().number() + 1);
    }

    /** Takes the next number and returns it. */
    public ParagraphNumber allocate() {
        ParagraphNumber n = next();
        taken.add(n);
        return n;
    }

    /** Takes a chosen number, e.g. when importing or when the secretary numbers by hand. */
    public ParagraphNumber claim(ParagraphNumber number) {
        if (!taken.add(Require.present(number, "Paragrafnummer"))) {
            throw new DomainException("§ " + number + " finns redan för " + year + ".");
        }
        return number;
    }

    /** A number for a paragraph added after {@code after} once numbering is fixed: § 3 a. */
    public ParagraphNumber allocateAfter(ParagraphNumber after) {
        if (!taken.contains(Require.present(after, "Paragrafnummer"))) {
            throw new DomainException("§ " + after + " finns inte för " + year + ".");
        }
        ParagraphNumber candidate = after.nextInserted();
        while (taken.contains(candidate)) {
            candidate = candidate.nextInserted();
        }
        taken.add(candidate);
        return candidate;
    }
}
