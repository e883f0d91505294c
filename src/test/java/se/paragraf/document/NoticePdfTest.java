package se.paragraf.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import se.paragraf.domain.adjustment.MinutesStatus;
import se.paragraf.domain.adjustment.Notice;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.shared.DomainException;

/** The anslag of a justerat protocol: posted through the lifecycle, as PDF/A and as text. */
class NoticePdfTest {
    private static final String KEPT = "Regionens kansli, Regionens hus, Härnösand";

    @TempDir
    Path dataDir;

    @Test
    void postsAJusteratProtocolAndWritesTheNoticeAsPdfAAndText() throws Exception {
        Path pdf = dataDir.resolveSibling(dataDir.getFileName() + "-anslag.pdf");
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            Meeting meeting = justerat(s);
            Notice notice = s.postNotice().post(meeting.id(), LocalDate.of(2025, 12, 3), null, KEPT);
            s.postNotice().writePdf(meeting.id(), pdf);

            assertThat(notice.lastDayOfAppeal()).isEqualTo("2025-12-29");
            assertThat(notice.takeDownOn()).isEqualTo("2025-12-30");
            assertThat(notice.asText()).contains("Organ: Regionstyrelsen", "Sammanträdesdatum: 2025-11-25",
                    "Paragrafer: §§ 96–98", "Datum för justering: 2025-12-02",
                    "Datum då anslaget sätts upp: 2025-12-03", "Datum då anslaget tas ned: 2025-12-30",
                    "Förvaringsplats för protokollet: " + KEPT, "senast 2025-12-29");
            assertThat(s.verifyMeeting().verify(meeting.id(), "anslag.pdf", Files.readAllBytes(pdf)).isValid())
                    .isTrue();

            assertThatThrownBy(() -> s.postNotice().takeDown(meeting.id(), LocalDate.of(2025, 12, 29)))
                    .isInstanceOf(DomainException.class).hasMessageContaining("före 2025-12-30");
            assertThat(s.postNotice().takeDown(meeting.id(), LocalDate.of(2025, 12, 30)).status())
                    .isEqualTo(MinutesStatus.APPEAL_PERIOD_OVER);
        }
        assertThat(PdfReadBack.failedRules(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
        assertThat(PdfReadBack.failedRules(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(PdfReadBack.fontsNotEmbedded(pdf)).isEmpty();
        Files.createDirectories(Path.of("target", "documents"));
        Files.copy(pdf, Path.of("target", "documents", "anslag.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertThat(PdfReadBack.text(pdf)).contains("Anslag/bevis", "Regionstyrelsen", "§§ 96–98", "2025-12-29",
                "Så överklagar du", KEPT);
    }

    @Test
    void aDraftCannotBePosted() {
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            var board = s.manageBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
            Meeting meeting = s.planMeeting().create(board.id(), LocalDate.of(2025, 11, 25), null, null, null, null);
            assertThatThrownBy(() -> s.postNotice().post(meeting.id(), LocalDate.of(2025, 12, 3), null, KEPT))
                    .isInstanceOf(DomainException.class).hasMessageContaining("måste först vara justerat");
        }
    }

    static Meeting justerat(Services s) {
        var board = s.manageBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
        Meeting meeting = s.planMeeting().create(board.id(), LocalDate.of(2025, 11, 25), null, null, null, null);
        for (int n = 96; n <= 98; n++) {
            s.editParagraph().save(s.editAgenda().newParagraph(meeting.id(), ParagraphNumber.of(n), "Ärende " + n));
        }
        s.adjustMinutes().readyForAdjustment(meeting.id(), LocalDate.of(2025, 11, 28));
        s.adjustMinutes().adjust(meeting.id(), LocalDate.of(2025, 12, 2));
        return meeting;
    }
}
