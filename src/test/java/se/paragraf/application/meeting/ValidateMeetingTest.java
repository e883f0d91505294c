package se.paragraf.application.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.board.Member;
import se.paragraf.domain.board.Membership;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.board.Term;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.meeting.Attendee;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.minutes.Finding;
import se.paragraf.domain.minutes.FindingField;
import se.paragraf.domain.paragraph.Decision;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.Dissent;
import se.paragraf.domain.paragraph.Disqualification;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.paragraph.Proceedings;
import se.paragraf.domain.paragraph.Tally;
import se.paragraf.domain.paragraph.Vote;
import se.paragraf.domain.shared.DomainException;

class ValidateMeetingTest {
    @TempDir
    Path dataDir;

    @Test
    void findsBadVoteCountsDissentByNonParticipantsJavigMembersTakingPartAndMissingQuorum() {
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            Board board = s.manageBoards().createBoard("Hälso- och sjukvårdsnämnden", BoardKind.BOARD, null, 1);
            Term term = new Term(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31));
            List<Member> members = List.of("Ann", "Bo", "Cecilia", "David", "Erik").stream()
                    .map(n -> s.manageBoards().createMember(n, "S")).toList();
            members.forEach(m -> s.manageBoards().addMembership(new Membership(m.id(), board.id(),
                    m == members.get(0) ? MembershipRole.CHAIR : MembershipRole.MEMBER, term, null)));
            Member outsider = s.manageBoards().createMember("Fredrik", "M");
            s.manageBoards().addMembership(new Membership(outsider.id(), board.id(), MembershipRole.SUBSTITUTE, term, 1));
            Meeting meeting = s.planMeeting().create(board.id(), LocalDate.of(2025, 9, 2), LocalTime.of(9, 0), null,
                    "Landstingshuset", null);
            Attendance attendance = Attendance.empty(meeting.id());
            for (int i = 0; i < 3; i++) {
                attendance = attendance.with(Attendee.serving(members.get(i).id(), MembershipRole.MEMBER));
            }
            s.recordAttendance().save(attendance.with(Attendee.presentNotServing(outsider.id())));
            Decision decision = Decision.of(DecisionBlock.of("Nämnden beslutar", "godkänna rapporten"));
            Paragraph badVote = draft(s, meeting, 1).decide(decision)
                    .proceed(Proceedings.NONE.withVote(Vote.closed("Ja för förslaget", new Tally(2, 2, 0))));
            Paragraph outsiderDissents = draft(s, meeting, 2).decide(decision)
                    .proceed(Proceedings.NONE.withDissent(Dissent.withText(outsider.id(), "Jag reserverar mig.")));
            Paragraph javigTakesPart = draft(s, meeting, 3).decide(decision)
                    .proceed(Proceedings.NONE.withDisqualification(new Disqualification(members.get(1).id(), "jäv", null))
                            .withDissent(Dissent.withText(members.get(1).id(), "Nej")));
            s.saveParagraph().saveAll(List.of(badVote, outsiderDissents, javigTakesPart));

            List<Finding> findings = s.validateMeeting().validate(meeting.id());
            assertThat(findings).anySatisfy(f -> assertFinding(f, 1, FindingField.VOTE));
            assertThat(findings).anySatisfy(f -> assertFinding(f, 2, FindingField.DISSENT));
            assertThat(findings).anySatisfy(f -> assertFinding(f, 3, FindingField.DISQUALIFICATION));
            // Three of five serve: quorate, except in § 3 where one of them is jävig.
            assertThat(findings.stream().filter(f -> f.field() == FindingField.QUORUM))
                    .singleElement().satisfies(f -> assertFinding(f, 3, FindingField.QUORUM));
        }
    }

    @Test
    void aJusteratProtocolRefusesEdits() {
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            Board board = s.manageBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
            Meeting meeting = s.planMeeting().create(board.id(), LocalDate.of(2025, 5, 20), null, null, null, null);
            Paragraph p = draft(s, meeting, 96);
            s.editParagraph().save(p);
            Attendance attendance = s.recordAttendance().load(meeting.id());
            s.adjustMinutes().readyForAdjustment(meeting.id(), LocalDate.of(2025, 5, 21));
            s.adjustMinutes().adjust(meeting.id(), LocalDate.of(2025, 5, 23));
            assertThatThrownBy(() -> s.editParagraph().save(p.retitle("Ändrad"))).isInstanceOf(DomainException.class)
                    .hasMessageContaining("justerades 2025-05-23");
            assertThatThrownBy(() -> s.recordAttendance().save(attendance)).isInstanceOf(DomainException.class);
            assertThat(s.editParagraph().load(p.id()).orElseThrow().title()).isEqualTo(p.title());
        }
    }

    private static Paragraph draft(Services s, Meeting meeting, int number) {
        // Ids come from the archive: a draft saved once through the editor gets one.
        return s.editAgenda().newParagraph(meeting.id(), ParagraphNumber.of(number), "Ärende " + number);
    }

    private static void assertFinding(Finding f, int paragraph, FindingField field) {
        assertThat(f.paragraph()).isEqualTo(ParagraphNumber.of(paragraph));
        assertThat(f.field()).isEqualTo(field);
    }
}
