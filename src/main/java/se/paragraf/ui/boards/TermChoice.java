package se.paragraf.ui.boards;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import se.paragraf.domain.board.Term;

/**
 * The mandate periods a secretary chooses between: the ones on the roll, and the general
 * election's periods around today (2023–2026, 2027–2030: four years from the January after
 * the election).
 */
final class TermChoice {
    private static final int FIRST_PERIOD_START = 2023;

    private TermChoice() {
    }

    static Term current(LocalDate today) {
        int start = FIRST_PERIOD_START + Math.floorDiv(today.getYear() - FIRST_PERIOD_START, 4) * 4;
        return period(start);
    }

    static Term period(int startYear) {
        return new Term(LocalDate.of(startYear, 1, 1), LocalDate.of(startYear + 3, 12, 31));
    }

    static List<Term> choices(List<Term> onRoll, LocalDate today) {
        Term current = current(today);
        TreeSet<Term> all = new TreeSet<>(Comparator.comparing(Term::from).thenComparing(Term::to));
        Stream.concat(onRoll.stream(), Stream.of(current, period(current.from().getYear() + 4))).forEach(all::add);
        return List.copyOf(all);
    }

    /** "2023–2026", or the days when the period is not whole calendar years. */
    static String label(Term term) {
        boolean wholeYears = term.from().getDayOfYear() == 1 && term.to().getMonthValue() == 12 && term.to().getDayOfMonth() == 31;
        return wholeYears ? term.from().getYear() + "–" + term.to().getYear() : term.from() + " – " + term.to();
    }
}
