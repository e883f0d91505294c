package se.paragraf.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.shared.DomainException;

class MeetingTest {
    private static final MeetingId ID = new MeetingId(1);
    private static final BoardId RS = new BoardId(1);
    private static final LocalDate SEED_DAY = LocalDate.of(2025, 5, 20);

    private static Meeting meeting(LocalTime start, LocalTime end) {
        return new Meeting(ID, RS, SEED_DAY, start, end, "Regionens hus, Härnösand", CaseNumber.parse("25RS1"));
    }

    @Test
    void holdsTheSeedMeeting() {
        Meeting m = meeting(LocalTime.of(9, 0), LocalTime.of(15, 30));
        assertThat(m.startTime()).contains(LocalTime.of(9, 0));
        assertThat(m.endTime()).contains(LocalTime.of(15, 30));
        assertThat(m.meetingPlace()).contains("Regionens hus, Härnösand");
        assertThat(m.minutesCase()).contains(CaseNumber.of("RS", 2025, 1));
        assertThat(m.seriesYear()).isEqualTo(2025);
    }

    @ParameterizedTest
    @CsvSource({"09:00, 09:00", "15:30, 09:00", "23:59, 00:00"})
    void mustEndAfterItStarts(LocalTime start, LocalTime end) {
        assertThatThrownBy(() -> meeting(start, end))
                .isInstanceOf(DomainException.class)
                .hasMessage("Sammanträdet måste sluta efter att det börjat (" + start + "–" + end + ").");
    }

    @Test
    void anEndWithoutStartIsRejected() {
        assertThatThrownBy(() -> meeting(null, LocalTime.of(12, 0)))
                .isInstanceOf(DomainException.class)
                .hasMessage("Ange när sammanträdet började, inte bara när det slutade.");
    }

    @Test
    void importedMinutesMayLackTimesPlaceAndCaseNumber() {
        Meeting m = new Meeting(ID, RS, SEED_DAY, null, null, "  ", null);
        assertThat(m.startTime()).isEmpty();
        assertThat(m.endTime()).isEmpty();
        assertThat(m.meetingPlace()).isEmpty();
        assertThat(m.minutesCase()).isEmpty();
        assertThat(meeting(LocalTime.of(9, 0), null).endTime()).isEmpty();
    }

    @Test
    void idBoardAndDateAreRequired() {
        assertThatThrownBy(() -> new Meeting(null, RS, SEED_DAY, null, null, null, null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Meeting(ID, null, SEED_DAY, null, null, null, null)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Meeting(ID, RS, null, null, null, null, null))
                .isInstanceOf(DomainException.class).hasMessage("Sammanträdets datum saknas.");
    }

    @Test
    void rescheduleReturnsAChangedCopyAndKeepsTheRules() {
        Meeting original = meeting(LocalTime.of(9, 0), LocalTime.of(15, 30));
        Meeting moved = original.reschedule(LocalDate.of(2026, 1, 13), LocalTime.of(13, 0), LocalTime.of(16, 0));
        assertThat(moved.date()).isEqualTo(LocalDate.of(2026, 1, 13));
        assertThat(moved.seriesYear()).isEqualTo(2026);
        assertThat(moved.meetingPlace()).isEqualTo(original.meetingPlace());
        assertThat(original.date()).isEqualTo(SEED_DAY);
        assertThat(original.startTime()).contains(LocalTime.of(9, 0));
        assertThatThrownBy(() -> original.reschedule(SEED_DAY, LocalTime.of(16, 0), LocalTime.of(13, 0)))
                .isInstanceOf(DomainException.class);
    }
}
