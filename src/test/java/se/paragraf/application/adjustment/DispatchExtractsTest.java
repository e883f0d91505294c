package se.paragraf.application.adjustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.paragraf.document.PdfReadBack;
import se.paragraf.domain.audit.RegisteredDocument;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.paragraph.Recipient;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.persistence.Database;

/** Expediering: per recipient of each §, recorded only after justering, with what is still undelivered. */
class DispatchExtractsTest {
    @TempDir
    Path dataDir;

    @Test
    void recordsWhoGotWhichParagraphsAndShowsWhatIsUndelivered() throws Exception {
        Meeting meeting;
        Path file = dataDir.resolveSibling(dataDir.getFileName() + "-utdrag.pdf");
        Paragraph p98;
        Paragraph p99;
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            var board = s.manageBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
            meeting = s.planMeeting().create(board.id(), LocalDate.of(2025, 5, 20), null, null, null, null);
            p98 = withRecipients(s, meeting, 98, "Regiondirektör", "Regionens revisorer");
            p99 = withRecipients(s, meeting, 99, "Regiondirektör");
            assertThatThrownBy(() -> s.dispatchExtracts().record("Regiondirektör", List.of(p98.id())))
                    .isInstanceOf(DomainException.class).hasMessageContaining("inte justerad");
            s.adjustMinutes().readyForAdjustment(meeting.id(), LocalDate.of(2025, 5, 21));
            s.adjustMinutes().adjust(meeting.id(), LocalDate.of(2025, 5, 23));

            s.dispatchExtracts().record("Regiondirektör", List.of(p98.id(), p99.id()));

            assertThat(s.dispatchExtracts().status(meeting.id())).hasSize(3);
            assertThat(s.dispatchExtracts().undelivered(meeting.id())).singleElement()
                    .satisfies(l -> assertThat(l.recipient()).isEqualTo("Regionens revisorer"))
                    .satisfies(l -> assertThat(l.number()).isEqualTo(ParagraphNumber.of(98)));
            assertThatThrownBy(() -> s.dispatchExtracts().record("Någon annan", List.of(p98.id())))
                    .isInstanceOf(DomainException.class).hasMessageContaining("står inte bland mottagarna");

            // The extract is the minutes renderer's: written, registered by its hash, the dispatch recorded.
            s.dispatchExtracts().sendExtract(meeting.id(), "Regionens revisorer", List.of(p98.id()), file);

            assertThat(s.dispatchExtracts().undelivered(meeting.id())).isEmpty();
            assertThat(PdfReadBack.text(file)).contains("§ 98").contains("Ärende 98").contains("Rätt utdraget intygar")
                    .doesNotContain("Ärende 99");
            assertThat(PdfReadBack.failedRules(file, PDFAFlavour.PDFA_2_A)).isEmpty();
        }
        long meetingKey = meeting.id().value();
        try (Database db = Database.openH2(dataDir)) {
            List<RegisteredDocument> documents = db.unitOfWork().transaction(r -> r.audit().documents(meetingKey));
            // Beside the minutes registered at justering, the extract.
            assertThat(documents).filteredOn(d -> d.kind() == RegisteredDocument.Kind.EXTRACT).singleElement()
                    .satisfies(d -> assertThat(d.fileName()).isEqualTo(file.getFileName().toString()));
            assertThat(documents).extracting(RegisteredDocument::kind)
                    .containsExactly(RegisteredDocument.Kind.MINUTES, RegisteredDocument.Kind.EXTRACT);
        }
    }

    private static Paragraph withRecipients(Services s, Meeting meeting, int number, String... recipients) {
        Paragraph p = s.editAgenda().newParagraph(meeting.id(), ParagraphNumber.of(number), "Ärende " + number)
                .sentTo(java.util.Arrays.stream(recipients).map(Recipient::new).toList());
        s.editParagraph().save(p);
        return p;
    }
}
