package se.paragraf.domain.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.DomainException;

class AttendanceTest {
    private static MemberId m(long id) {
        return new MemberId(id);
    }

    @ParameterizedTest(name = "board with {0} justerare, {1} chosen: accepted = {2}")
    @CsvSource({"1, 1, true", "2, 1, true", "2, 2, true", "1, 2, false", "2, 3, false"})
    void adjusterCountIsCheckedAgainstTheBoard(int boardCount, int chosen, boolean accepted) {
        Board board = new Board(new BoardId(1), "Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, boardCount);
        List<Adjuster> adjusters = java.util.stream.LongStream.rangeClosed(2, chosen + 1).mapToObj(i -> new Adjuster(m(i))).toList();
        if (accepted) {
            assertThat(MeetingOfficers.NONE.withAdjusters(adjusters, board).adjusters()).hasSize(chosen);
        } else {
            assertThatThrownBy(() -> MeetingOfficers.NONE.withAdjusters(adjusters, board)).isInstanceOf(DomainException.class)
                    .hasMessageContaining(boardCount + " justerare");
        }
    }

    @Test
    void officersRefuseTheChairAsAdjusterAndTwiceTheSameAdjuster() {
        Board board = new Board(new BoardId(1), "Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
        assertThatThrownBy(() -> MeetingOfficers.NONE.chairedBy(m(1)).withAdjusters(List.of(new Adjuster(m(1))), board))
                .isInstanceOf(DomainException.class).hasMessageContaining("Ordföranden");
        assertThatThrownBy(() -> MeetingOfficers.NONE.withAdjusters(List.of(new Adjuster(m(2)), new Adjuster(m(2))), board))
                .isInstanceOf(DomainException.class);
    }

    @Test
    void attendeesAndChangesAreConsistent() {
        assertThatThrownBy(() -> new Attendee(m(11), MembershipRole.SUBSTITUTE, AttendanceKind.SERVING_SUBSTITUTE, null))
                .isInstanceOf(DomainException.class).hasMessageContaining("ersätter");
        assertThatThrownBy(() -> new Attendee(m(1), MembershipRole.MEMBER, AttendanceKind.SERVING, m(2)))
                .isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Attendee.substituteFor(m(1), m(1))).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new AttendanceChange(m(1), Movement.LEAVES_AFTER, ParagraphNumber.of(3), m(2)))
                .isInstanceOf(DomainException.class);
        Attendance a = Attendance.empty(new MeetingId(1)).with(Attendee.serving(m(1), MembershipRole.CHAIR))
                .with(Attendee.presentNotServing(m(11)))
                .withChange(AttendanceChange.leaves(m(1), ParagraphNumber.of(5)));
        assertThat(a.with(Attendee.substituteFor(m(11), m(2))).attendee(m(11)).orElseThrow().replaced()).contains(m(2));
        assertThat(a.without(m(1)).changes()).isEmpty();
        assertThat(a.withoutChange(0).changes()).isEmpty();
        assertThatThrownBy(() -> a.withoutChange(3)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> new Attendance(new MeetingId(1), MeetingOfficers.NONE,
                List.of(Attendee.serving(m(1), MembershipRole.MEMBER), Attendee.serving(m(1), MembershipRole.MEMBER)),
                List.of(), List.of())).isInstanceOf(DomainException.class).hasMessageContaining("två gånger");
        assertThatThrownBy(() -> new OtherPresent(" ", "Regiondirektör")).isInstanceOf(DomainException.class);
    }
}
