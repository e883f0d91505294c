package se.paragraf.application.assignment;

import java.text.Collator;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import se.paragraf.application.Repositories;
import se.paragraf.domain.assignment.BoardCalendar;
import se.paragraf.domain.board.Board;

/** The board calendar of the archive: the meetings planned or held, found by the organ's name. */
final class ArchiveCalendar implements BoardCalendar {
    private final Repositories repositories;

    ArchiveCalendar(Repositories repositories) {
        this.repositories = repositories;
    }

    @Override
    public Optional<LocalDate> firstMeetingIn(String organ, YearMonth month) {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("sv-SE"));
        collator.setStrength(Collator.SECONDARY);
        return repositories.boards().findAll().stream().filter(b -> collator.equals(b.name(), organ)).findFirst()
                .map(Board::id)
                .flatMap(board -> repositories.meetings().findByBoard(board).stream()
                        .map(m -> m.date()).filter(d -> YearMonth.from(d).equals(month)).min(LocalDate::compareTo));
    }
}
