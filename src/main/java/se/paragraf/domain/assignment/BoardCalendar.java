package se.paragraf.domain.assignment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;

/**
 * Port: the meetings a board has scheduled, so that "till regionstyrelsens möte i september"
 * becomes the date of that meeting rather than the end of the month.
 */
@FunctionalInterface
public interface BoardCalendar {
    BoardCalendar NONE = (organ, month) -> Optional.empty();

    /** The first meeting of the organ named (as written, e.g. "regionstyrelsen") in the month, if scheduled. */
    Optional<LocalDate> firstMeetingIn(String organ, YearMonth month);
}
