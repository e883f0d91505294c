package se.paragraf.application.editing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
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
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.Attachment;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.phrase.Phrase;
import se.paragraf.domain.phrase.PhraseKind;
import se.paragraf.domain.shared.DomainException;

class BoardsPhrasesAndAttachmentsTest {
    @TempDir
    Path dataDir;

    @Test
    void boardsWithCommitteesMembersAndCallInOrder() {
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            Board rs = s.manageBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
            Board fu = s.manageBoards().createBoard("Finansutskottet", BoardKind.COMMITTEE, rs.id(), 1);
            assertThat(fu.parentBoard()).contains(rs.id());
            assertThatThrownBy(() -> s.manageBoards().createBoard("Regionstyrelsen", BoardKind.BOARD, null, 1))
                    .isInstanceOf(DomainException.class).hasMessageContaining("finns redan");
            Term term = new Term(LocalDate.of(2023, 1, 1), LocalDate.of(2026, 12, 31));
            Member first = s.manageBoards().createMember("Eva Ek", "S");
            Member second = s.manageBoards().createMember("Bo Berg", "M");
            Membership one = new Membership(first.id(), rs.id(), MembershipRole.SUBSTITUTE, term, 1);
            Membership two = new Membership(second.id(), rs.id(), MembershipRole.SUBSTITUTE, term, 2);
            s.manageBoards().addMembership(one);
            s.manageBoards().addMembership(two);
            // Swap the call-in order.
            s.manageBoards().changeMembership(one, new Membership(first.id(), rs.id(), MembershipRole.SUBSTITUTE, term, 3));
            assertThat(s.manageBoards().memberships(rs.id())).extracting(Membership::member)
                    .containsExactly(second.id(), first.id());
            s.manageBoards().removeMembership(two);
            assertThat(s.manageBoards().memberships(rs.id())).hasSize(1);
        }
    }

    @Test
    void phraseLibraryPerBoardAndAttachmentsNumberedThroughTheProtocol() {
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            Board rs = s.manageBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
            assertThat(s.editPhraseLibrary().load(rs.id()).find("lth")).isPresent();
            s.editPhraseLibrary().save(s.editPhraseLibrary().load(rs.id())
                    .with(new Phrase("rd", PhraseKind.CLAUSE, "uppdra till regiondirektören att …")));
            assertThat(s.editPhraseLibrary().load(rs.id()).find("rd")).isPresent();

            Meeting meeting = s.planMeeting().create(rs.id(), LocalDate.of(2025, 5, 20), null, null, null, null);
            var file = s.attachFile().store("bilaga.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8));
            assertThat(s.attachFile().content(file)).hasValue("%PDF-1.7".getBytes(StandardCharsets.UTF_8));
            Paragraph first = s.editAgenda().newParagraph(meeting.id(), ParagraphNumber.of(1), "Första")
                    .withAttachments(List.of(new Attachment("5", "Rapport"), new Attachment(null, "Fil", file)));
            Paragraph second = s.editAgenda().newParagraph(meeting.id(), ParagraphNumber.of(2), "Andra")
                    .withAttachments(List.of(new Attachment("1", "Yttrande"), new Attachment("A", "Information")));
            s.saveParagraph().saveAll(List.of(first, second));
            EditHistory history = new EditHistory();
            history.execute(s.numberAttachments().number(meeting.id()));
            assertThat(labels(s, meeting)).containsExactly("1", "2", "3", "A");
            history.undo();
            assertThat(labels(s, meeting)).containsExactly("5", null, "1", "A");
        }
    }

    private static List<String> labels(Services s, Meeting meeting) {
        return s.showMeeting().show(meeting.id()).orElseThrow().paragraphs().stream()
                .flatMap(p -> p.attachments().stream()).map(Attachment::label).toList();
    }
}
