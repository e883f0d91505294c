package se.paragraf.domain.minutes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.paragraf.domain.minutes.Seeded.m;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.meeting.AttendanceChange;
import se.paragraf.domain.meeting.Attendee;
import se.paragraf.domain.meeting.ParticipationMatrix;
import se.paragraf.domain.paragraph.Disqualification;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.paragraph.Proceedings;
import se.paragraf.domain.shared.DomainException;

class ParticipationMatrixTest {
    private static final List<Paragraph> SIX = List.of(1, 2, 3, 4, 5, 6).stream().map(Seeded::paragraph).toList();

    private static ParagraphNumber n(int n) {
        return ParagraphNumber.of(n);
    }

    @ParameterizedTest(name = "arrives from § {0}: serves in § {1} = {2}")
    @CsvSource({"3, 2, false", "3, 3, true", "3, 6, true"})
    void arrivalsServeFromTheirParagraph(int from, int paragraph, boolean serves) {
        Attendance a = Seeded.attendance(5).withChange(AttendanceChange.arrives(m(4), n(from)));
        assertThat(ParticipationMatrix.of(a, SIX).served(m(4), n(paragraph))).isEqualTo(serves);
    }

    @ParameterizedTest(name = "leaves after § {0}: serves in § {1} = {2}")
    @CsvSource({"3, 3, true", "3, 4, false", "3, 1, true"})
    void departuresServeUpToTheirParagraph(int after, int paragraph, boolean serves) {
        Attendance a = Seeded.attendance(5).withChange(AttendanceChange.leaves(m(4), n(after)));
        assertThat(ParticipationMatrix.of(a, SIX).served(m(4), n(paragraph))).isEqualTo(serves);
    }

    @Test
    void anErsattareServesUntilTheMemberSheReplacesArrives() {
        Attendance a = Seeded.attendance(4).with(Attendee.serving(m(5), MembershipRole.MEMBER))
                .without(m(11)).with(Attendee.substituteFor(m(11), m(5)))
                .withChange(AttendanceChange.arrives(m(5), n(4)));
        ParticipationMatrix matrix = ParticipationMatrix.of(a, SIX);
        assertThat(matrix.serving(n(3))).contains(m(11)).doesNotContain(m(5)).hasSize(5);
        assertThat(matrix.serving(n(4))).contains(m(5)).doesNotContain(m(11)).hasSize(5);
    }

    @Test
    void anErsattareTakesOverTheSeatOfOneWhoLeft() {
        Attendance a = Seeded.attendance(5).withChange(AttendanceChange.leaves(m(2), n(2)))
                .withChange(AttendanceChange.takesOver(m(12), m(2), n(3)));
        ParticipationMatrix matrix = ParticipationMatrix.of(a, SIX);
        assertThat(matrix.serving(n(2))).contains(m(2)).doesNotContain(m(12));
        assertThat(matrix.serving(n(3))).contains(m(12)).doesNotContain(m(2)).hasSize(5);
    }

    @Test
    void aJavigMemberLeavesThatParagraphOnlyAndHerErsattareServesForIt() {
        List<Paragraph> ps = List.of(Seeded.paragraph(1), Seeded.paragraph(2).proceed(Proceedings.NONE
                .withDisqualification(new Disqualification(m(3), "äger aktier i bolaget", m(11)))), Seeded.paragraph(3));
        ParticipationMatrix matrix = ParticipationMatrix.of(Seeded.attendance(5), ps);
        assertThat(matrix.serving(n(1))).contains(m(3)).doesNotContain(m(11));
        assertThat(matrix.serving(n(2))).contains(m(11)).doesNotContain(m(3)).hasSize(5);
        assertThat(matrix.disqualified(n(2))).containsExactly(m(3));
        assertThat(matrix.serving(n(3))).contains(m(3)).doesNotContain(m(11));
    }

    @Test
    void attendanceRefusesTwoErsattareForOneSeatAndChangesForStrangers() {
        Attendance a = Seeded.attendance(3).without(m(11)).without(m(12)).with(Attendee.substituteFor(m(11), m(5)));
        assertThatThrownBy(() -> a.with(Attendee.substituteFor(m(12), m(5)))).isInstanceOf(DomainException.class)
                .hasMessageContaining("samma ledamot");
        assertThatThrownBy(() -> a.withChange(AttendanceChange.arrives(m(99), n(1)))).isInstanceOf(DomainException.class)
                .hasMessageContaining("närvarolistan");
        assertThatThrownBy(() -> ParticipationMatrix.of(a, SIX).serving(n(9))).isInstanceOf(DomainException.class);
    }
}
