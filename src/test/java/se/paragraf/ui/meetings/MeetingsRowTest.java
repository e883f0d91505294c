package se.paragraf.ui.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import se.paragraf.application.archive.MeetingOverview;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphNumber;

class MeetingsRowTest {
    private static final LocalDate DAY = LocalDate.of(2025, 5, 20);

    @Test
    void aMeetingWithTimesAndPlaceButNoParagraphsYet() {
        MeetingsRow row = MeetingsRow.of(new MeetingOverview(
                meeting(LocalTime.of(9, 0), LocalTime.of(14, 30), "Regionens hus, Härnösand"), 0, null, null));

        assertThat(row.board()).isFalse();
        assertThat(row.title()).isEqualTo("2025-05-20");
        assertThat(row.time()).isEqualTo("09:00–14:30");
        assertThat(row.place()).isEqualTo("Regionens hus, Härnösand");
        assertThat(row.minutesCase()).isEmpty();
        assertThat(row.paragraphs()).isEmpty();
        assertThat(row.paragraphCount()).isEqualTo("0");
    }

    @Test
    void onlyAStartTimeAndOneParagraph() {
        MeetingsRow row = MeetingsRow.of(new MeetingOverview(meeting(LocalTime.of(13, 5), null, null), 1,
                ParagraphNumber.of(7), ParagraphNumber.of(7)));

        assertThat(row.time()).isEqualTo("13:05");
        assertThat(row.place()).isEmpty();
        assertThat(row.paragraphs()).isEqualTo("§ 7");
        assertThat(row.paragraphCount()).isEqualTo("1");
    }

    private static Meeting meeting(LocalTime start, LocalTime end, String place) {
        return new Meeting(new MeetingId(1), new BoardId(1), DAY, start, end, place, null);
    }
}
