package se.paragraf.ui.meetings;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import se.paragraf.application.archive.MeetingOverview;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;

/**
 * One line of the Sammanträden tree, already formatted: a board (name and kind) or one of its
 * meetings (ISO date, 24 h time, place, protocol dnr, §§ range and count, and the id it opens).
 */
public record MeetingsRow(boolean board, String title, String kind, String time, String place, String minutesCase,
                          String paragraphs, String paragraphCount, MeetingId meetingId) {
    static final String COUNTING = "…";
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    static MeetingsRow of(Board board) {
        return new MeetingsRow(true, board.name(), board.kind().swedishName(), "", "", "", "", "", null);
    }

    static MeetingsRow of(MeetingOverview overview) {
        return of(overview.meeting(), overview.paragraphRange().orElse(""), Integer.toString(overview.paragraphCount()));
    }

    /** A meeting whose §§ are still being counted: the count reads "…" until they are. */
    static MeetingsRow counting(Meeting meeting) {
        return of(meeting, "", COUNTING);
    }

    private static MeetingsRow of(Meeting meeting, String paragraphs, String paragraphCount) {
        return new MeetingsRow(false, meeting.date().toString(), "", time(meeting), meeting.meetingPlace().orElse(""),
                meeting.minutesCase().map(CaseNumber::compact).orElse(""), paragraphs, paragraphCount, meeting.id());
    }

    /** The meeting a row opens; empty for a board's row. */
    public Optional<MeetingId> meeting() {
        return Optional.ofNullable(meetingId);
    }

    /** "09:00–14:30", "13:05" or empty: how every screen shows a meeting's time. */
    public static String time(Meeting meeting) {
        Optional<String> start = meeting.startTime().map(MeetingsRow::clock);
        Optional<String> end = meeting.endTime().map(MeetingsRow::clock);
        return start.map(s -> end.map(e -> s + "–" + e).orElse(s)).orElse("");
    }

    private static String clock(LocalTime time) {
        return CLOCK.format(time);
    }
}
