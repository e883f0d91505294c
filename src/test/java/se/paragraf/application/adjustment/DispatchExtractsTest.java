package se.paragraf.application.adjustment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import se.paragraf.application.document.ExtractRenderer;
import se.paragraf.document.PdfaDocument;
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
    void recordsWhoGotWhichParagraphsAndShowsWhatIsUndelivered() {
        Meeting meeting;
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
            assertThatThrownBy(() -> s.dispatchExtracts().sendExtract(meeting.id(), "Regionens revisorer",
                    List.of(p98.id()), dataDir.resolve("utdrag.pdf")))
                    .isInstanceOf(DomainException.class).hasMessageContaining("kan inte skapas");
        }
        // With an extract renderer wired, the file is written, registered and the dispatch recorded.
        ExtractRenderer extract = (m, paragraphs, out) -> {
            try (PdfaDocument pdf = PdfaDocument.create(out, "Protokollsutdrag", "PROTOKOLLSUTDRAG", "2025-05-23")) {
                pdf.body().add(new com.itextpdf.layout.element.Paragraph("§ 98"));
            }
        };
        Path file = dataDir.resolveSibling(dataDir.getFileName() + "-utdrag.pdf");
        try (Database db = Database.openH2(dataDir)) {
            DispatchExtracts dispatch = new DispatchExtracts(db.unitOfWork(), extract, CurrentUser.os(),
                    Clock.systemDefaultZone());
            dispatch.sendExtract(meeting.id(), "Regionens revisorer", List.of(p98.id()), file);
            assertThat(dispatch.undelivered(meeting.id())).isEmpty();
            List<se.paragraf.domain.audit.RegisteredDocument> documents =
                    db.unitOfWork().transaction(r -> r.audit().documents(meeting.id().value()));
            assertThat(documents).singleElement().satisfies(d -> assertThat(d.fileName()).isEqualTo(file.getFileName().toString()));
        }
        assertThat(Files.exists(file)).isTrue();
    }

    private static Paragraph withRecipients(Services s, Meeting meeting, int number, String... recipients) {
        Paragraph p = s.editAgenda().newParagraph(meeting.id(), ParagraphNumber.of(number), "Ärende " + number)
                .sentTo(java.util.Arrays.stream(recipients).map(Recipient::new).toList());
        s.editParagraph().save(p);
        return p;
    }
}
