package se.paragraf.domain.meeting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.shared.Bookkeeping;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.Require;

/**
 * A sammanträde of one board. {@code minutesCaseNumber} is the protocol's own diarienummer
 * (the seed protocol is {@code 25RS1}); start and end time may be unknown for imported minutes.
 * The {@code version} counts the meeting's saves (ADR 0019) and is no part of what it is.
 */
public record Meeting(MeetingId id, BoardId board, LocalDate date, LocalTime start, LocalTime end,
                      String place, CaseNumber minutesCaseNumber, @Bookkeeping long version) {
    public Meeting {
        Require.present(id, "Sammanträdets id");
        Require.present(board, "Organ");
        Require.present(date, "Sammanträdets datum");
        place = Require.optionalText(place);
        if (start != null && end != null && !end.isAfter(start)) {
            throw new DomainException("Sammanträdet måste sluta efter att det börjat (" + start + "–" + end + ").");
        }
        if (end != null && start == null) {
            throw new DomainException("Ange när sammanträdet började, inte bara när det slutade.");
        }
        if (version < 0) {
            throw new DomainException("Sammanträdets version kan inte vara negativ (" + version + ").");
        }
    }

    /** A meeting not yet saved, or whose version does not matter to the caller: version 0 (ADR 0019). */
    public Meeting(MeetingId id, BoardId board, LocalDate date, LocalTime start, LocalTime end, String place,
                   CaseNumber minutesCaseNumber) {
        this(id, board, date, start, end, place, minutesCaseNumber, 0);
    }

    /** The same meeting as saved at {@code newVersion}. */
    public Meeting withVersion(long newVersion) {
        return newVersion == version ? this : new Meeting(id, board, date, start, end, place, minutesCaseNumber,
                newVersion);
    }

    /** Equal when the content is: the {@link #version} says how the archive keeps it, not what it is. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Meeting m && id.equals(m.id) && board.equals(m.board) && date.equals(m.date)
                && Objects.equals(start, m.start) && Objects.equals(end, m.end) && Objects.equals(place, m.place)
                && Objects.equals(minutesCaseNumber, m.minutesCaseNumber);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, board, date, start, end, place, minutesCaseNumber);
    }

    public Optional<LocalTime> startTime() {
        return Optional.ofNullable(start);
    }

    public Optional<LocalTime> endTime() {
        return Optional.ofNullable(end);
    }

    public Optional<String> meetingPlace() {
        return Optional.ofNullable(place);
    }

    public Optional<CaseNumber> minutesCase() {
        return Optional.ofNullable(minutesCaseNumber);
    }

    /** The year whose paragraph series this meeting's paragraphs continue. */
    public int seriesYear() {
        return date.getYear();
    }

    public Meeting reschedule(LocalDate newDate, LocalTime newStart, LocalTime newEnd) {
        return new Meeting(id, board, newDate, newStart, newEnd, place, minutesCaseNumber, version);
    }
}
