package se.paragraf.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.application.Repositories;
import se.paragraf.domain.agenda.Agenda;
import se.paragraf.domain.agenda.AgendaItem;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.Member;
import se.paragraf.domain.board.MemberId;
import se.paragraf.domain.board.MembershipRole;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.Adjuster;
import se.paragraf.domain.meeting.Attendance;
import se.paragraf.domain.meeting.AttendanceChange;
import se.paragraf.domain.meeting.Attendee;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.OtherPresent;
import se.paragraf.domain.paragraph.Attachment;
import se.paragraf.domain.paragraph.Ballot;
import se.paragraf.domain.paragraph.Confidentiality;
import se.paragraf.domain.paragraph.Dissent;
import se.paragraf.domain.paragraph.Disqualification;
import se.paragraf.domain.paragraph.Motion;
import se.paragraf.domain.paragraph.MotionKind;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.paragraph.Proceedings;
import se.paragraf.domain.paragraph.PropositionOrder;
import se.paragraf.domain.paragraph.RecordedStatement;
import se.paragraf.domain.paragraph.StoredFile;
import se.paragraf.domain.paragraph.Tally;
import se.paragraf.domain.paragraph.Vote;
import se.paragraf.domain.paragraph.VoteChoice;
import se.paragraf.domain.phrase.Phrase;
import se.paragraf.domain.phrase.PhraseKind;
import se.paragraf.domain.phrase.PhraseLibrary;

class WorkbenchRoundTripTest {
    @TempDir
    Path dataDir;

    @Test
    void everythingTheWorkbenchRecordsSurvivesClosingTheArchive() {
        Attendance attendance;
        Paragraph paragraph;
        Agenda agenda;
        PhraseLibrary phrases;
        byte[] bytes = "%PDF-1.7 revisionsrapport".getBytes(StandardCharsets.UTF_8);
        try (Database db = Database.openH2(dataDir)) {
            var uow = db.unitOfWork();
            Board board = uow.transaction(r -> Archive.board(r, "Regionstyrelsen"));
            Meeting meeting = uow.transaction(r -> Archive.meeting(r, board, LocalDate.of(2025, 5, 20)));
            List<MemberId> m = uow.transaction(r -> java.util.stream.IntStream.range(0, 5).mapToObj(i -> {
                Member member = new Member(r.members().nextId(), "Person " + i, "S");
                r.members().save(member);
                return member.id();
            }).toList());
            Attendance a = Attendance.empty(meeting.id())
                    .with(Attendee.serving(m.get(0), MembershipRole.CHAIR))
                    .with(Attendee.serving(m.get(1), MembershipRole.MEMBER))
                    .with(Attendee.substituteFor(m.get(3), m.get(2)))
                    .with(Attendee.presentNotServing(m.get(4)))
                    .withOthers(List.of(new OtherPresent("Lena Lindgren", "Regiondirektör"), new OtherPresent("Karin Nyman", null)))
                    .withChange(AttendanceChange.leaves(m.get(1), new ParagraphNumber(98, "a")))
                    .withChange(AttendanceChange.takesOver(m.get(4), m.get(1), ParagraphNumber.of(99)));
            attendance = a.withOfficers(a.officers().chairedBy(m.get(0)).keptBy("Anna Sekreterare")
                    .withAdjusters(List.of(new Adjuster(m.get(1))), board)
                    .adjustmentAt("Regionens hus", LocalDateTime.of(2025, 5, 23, 10, 0)));
            uow.run(r -> r.attendance().save(attendance));

            StoredFile file = uow.transaction(r -> r.files().store("rapport.pdf", bytes));
            paragraph = uow.transaction(r -> {
                Paragraph p = Archive.paragraph98(r, meeting)
                        .withAttachments(List.of(new Attachment("1", "Revisionsrapport", file)))
                        .classify(new Confidentiality("OSL 21 kap. 1 §"))
                        .proceed(new Proceedings(
                                List.of(new Motion(m.get(0), MotionKind.APPROVAL, null),
                                        new Motion(m.get(1), MotionKind.ADDITION, "att även utreda kostnaden")),
                                new PropositionOrder(List.of("Bifall till förslaget", "Bifall till tilläggsyrkandet"), 0),
                                List.of(Vote.open("Ja för förslaget", List.of(new Ballot(m.get(0), VoteChoice.YES),
                                        new Ballot(m.get(1), VoteChoice.NO))), Vote.closed("Val", new Tally(2, 1, 0))),
                                List.of(Dissent.withText(m.get(1), "Till förmån för eget yrkande"), Dissent.inWritingLater(m.get(3))),
                                List.of(new RecordedStatement(m.get(0), List.of(m.get(3), m.get(1)), "Vi vill framhålla …")),
                                List.of(new Disqualification(m.get(2), "styrelseledamot i bolaget", m.get(4)))));
                r.paragraphs().save(p);
                return p;
            });
            agenda = uow.transaction(r -> {
                Agenda ag = Agenda.empty(meeting.id())
                        .add(AgendaItem.information(r.agendas().nextItemId(), "Information om ekonomin"))
                        .add(AgendaItem.matter(r.agendas().nextItemId(), CaseNumber.parse("25RS1523"), "Svar", "avge svar"))
                        .number(ParagraphNumber.of(98), () -> paragraph.id());
                r.agendas().save(ag);
                return ag;
            });
            phrases = PhraseLibrary.defaults(board.id()).with(new Phrase("x", PhraseKind.CLAUSE, "lägga till handlingarna"));
            uow.run(r -> r.phrases().save(phrases));
        }
        try (Database db = Database.openH2(dataDir)) {
            var uow = db.unitOfWork();
            assertThat(uow.transaction((Repositories r) -> r.attendance().findByMeeting(attendance.meeting()))).contains(attendance);
            assertThat(uow.transaction((Repositories r) -> r.paragraphs().findById(paragraph.id()))).contains(paragraph);
            assertThat(uow.transaction((Repositories r) -> r.agendas().findByMeeting(agenda.meeting()))).contains(agenda);
            assertThat(uow.transaction((Repositories r) -> r.phrases().findByBoard(phrases.board()))).contains(phrases);
            assertThat(uow.transaction((Repositories r) -> r.files().content(paragraph.attachments().get(0).file()))).hasValue(bytes);
        }
    }

    @Test
    void renumberingSwapsParagraphsInOneGo() {
        try (Database db = Database.openH2(dataDir)) {
            var uow = db.unitOfWork();
            Board board = uow.transaction(r -> Archive.board(r, "Regionstyrelsen"));
            Meeting meeting = uow.transaction(r -> Archive.meeting(r, board, LocalDate.of(2025, 5, 20)));
            Paragraph five = uow.transaction(r -> Archive.draft(r, meeting, 5));
            Paragraph six = uow.transaction(r -> Archive.draft(r, meeting, 6));
            uow.run(r -> r.paragraphs().renumber(Map.of(five.id(), ParagraphNumber.of(6), six.id(), ParagraphNumber.of(5))));
            assertThat(uow.transaction((Repositories r) -> r.paragraphs().findById(five.id())).orElseThrow().number()).isEqualTo(ParagraphNumber.of(6));
            assertThat(uow.transaction((Repositories r) -> r.paragraphs().findById(six.id())).orElseThrow().number()).isEqualTo(ParagraphNumber.of(5));
            uow.run(r -> r.paragraphs().delete(five.id()));
            assertThat(uow.transaction((Repositories r) -> r.paragraphs().findByMeeting(meeting.id()))).extracting(Paragraph::id).containsExactly(six.id());
        }
    }
}
