package se.paragraf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import se.paragraf.application.document.ExtractCertification;
import se.paragraf.application.document.MinutesOptions;
import se.paragraf.domain.adjustment.Correction;
import se.paragraf.domain.audit.RegisteredDocument;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphNumber;

/**
 * "Rättelser are part of the record": a rättelse is printed in the minutes and in extracts as a
 * dated note after the § it corrects (one of the whole protocol after the last §), is in
 * {@code meeting export}, is sealed in a record of its own, and a protocol file printed before it
 * still verifies as the record it was.
 */
class CorrectionsInTheRecordTest {
    @TempDir
    Path dataDir;

    @Test
    void aCorrectionIsPrintedAfterItsParagraphExportedAndSealed() throws Exception {
        Path before = dataDir.resolveSibling(dataDir.getFileName() + "-före.pdf");
        Path minutes = dataDir.resolveSibling(dataDir.getFileName() + "-protokoll.pdf");
        Path extract2 = dataDir.resolveSibling(dataDir.getFileName() + "-utdrag-2.pdf");
        Path extract3 = dataDir.resolveSibling(dataDir.getFileName() + "-utdrag-3.pdf");
        MeetingId meeting;
        Correction ofParagraph;
        Correction ofProtocol;
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            var board = s.manageBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
            meeting = s.planMeeting().create(board.id(), LocalDate.of(2025, 2, 25), null, null, null, null).id();
            for (int n = 1; n <= 3; n++) {
                s.editParagraph().save(s.editAgenda().newParagraph(meeting, ParagraphNumber.of(n), "Ärende " + n));
            }
            s.adjustMinutes().readyForAdjustment(meeting, LocalDate.of(2025, 3, 3));
            s.adjustMinutes().adjust(meeting, LocalDate.of(2025, 3, 3), List.of("Anna Ordförande", "Bo Justerare"));
            s.renderMinutes().minutes(meeting, MinutesOptions.FULL, before);
            s.verifyMeeting().register(meeting, RegisteredDocument.Kind.MINUTES, before.getFileName().toString(),
                    Files.readAllBytes(before));

            Paragraph second = s.showMeeting().show(meeting).orElseThrow().paragraphs().stream()
                    .filter(p -> p.number().equals(ParagraphNumber.of(2))).findFirst().orElseThrow();
            ofParagraph = s.correctMinutes().correct(meeting, second.id(), "Fel datum",
                    "Beslutet gäller från den 1 april 2025, inte den 1 mars.");
            ofProtocol = s.correctMinutes().correct(meeting, null, "Stavfel",
                    "Ordförandens namn stavas Anna Ordförande.");

            s.renderMinutes().minutes(meeting, MinutesOptions.FULL, minutes);
            ExtractCertification certified = new ExtractCertification("Maria Ström", LocalDate.of(2025, 3, 10));
            s.renderMinutes().extract(meeting, List.of(ParagraphNumber.of(2)), certified, false, extract2);
            s.renderMinutes().extract(meeting, List.of(ParagraphNumber.of(3)), certified, false, extract3);

            // Each rättelse is sealed on its own; the record verifies, and so does the file printed before them.
            assertThat(s.verifyMeeting().verify(meeting, null, null).problems()).isEmpty();
            assertThat(s.verifyMeeting().verify(meeting, before.getFileName().toString(), Files.readAllBytes(before))
                    .problems()).isEmpty();
            s.verifyMeeting().register(meeting, RegisteredDocument.Kind.MINUTES, minutes.getFileName().toString(),
                    Files.readAllBytes(minutes));
            assertThat(s.verifyMeeting().verify(meeting, minutes.getFileName().toString(),
                    Files.readAllBytes(minutes)).problems()).isEmpty();
        }
        String paragraphNote = "Rättelse " + ofParagraph.madeAt().toLocalDate()
                + ": Beslutet gäller från den 1 april 2025, inte den 1 mars. (" + ofParagraph.madeBy() + ")";
        String protocolNote = "Rättelse " + ofProtocol.madeAt().toLocalDate()
                + ": Ordförandens namn stavas Anna Ordförande. (" + ofProtocol.madeBy() + ")";

        Path look = Files.createDirectories(Path.of("target", "documents"));
        Files.copy(minutes, look.resolve("protokoll-med-rättelser.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String text = LegalFactsAgreeTest.pdfBoxText(minutes);
        assertThat(text).contains(paragraphNote, "Skäl: Fel datum", "Rättelser", protocolNote, "Skäl: Stavfel");
        assertThat(text.indexOf("§ 2 Ärende 2")).isLessThan(text.indexOf(paragraphNote));
        assertThat(text.indexOf(paragraphNote)).isLessThan(text.indexOf("§ 3 Ärende 3"));
        assertThat(text.indexOf("§ 3 Ärende 3")).isLessThan(text.indexOf(protocolNote));
        assertThat(LegalFactsAgreeTest.pdfBoxText(before)).doesNotContain("Rättelse");

        String second = LegalFactsAgreeTest.pdfBoxText(extract2);
        assertThat(second).contains("§ 2 Ärende 2", paragraphNote, protocolNote);
        assertThat(second.indexOf("§ 2 Ärende 2")).isLessThan(second.indexOf(paragraphNote));
        assertThat(LegalFactsAgreeTest.pdfBoxText(extract3)).contains("§ 3 Ärende 3").doesNotContain(paragraphNote);

        JsonNode export = Json.mapper().readTree(MeetingExportCli.json(dataDir, meeting.value()));
        assertThat(export.get("corrections")).hasSize(2);
        JsonNode first = export.get("corrections").get(0);
        assertThat(first.get("paragraph").asText()).isEqualTo("2");
        assertThat(first.get("reason").asText()).isEqualTo("Fel datum");
        assertThat(first.get("madeBy").asText()).isEqualTo(ofParagraph.madeBy());
        assertThat(first.get("madeAt").asText()).startsWith(ofParagraph.madeAt().toLocalDate().toString());
        assertThat(export.get("corrections").get(1).has("paragraph")).isFalse();
        JsonNode paragraphs = export.get("paragraphs");
        assertThat(paragraphs.get(1).get("number").asText()).isEqualTo("2");
        assertThat(paragraphs.get(1).get("corrections")).singleElement()
                .satisfies(c -> assertThat(c.get("text").asText())
                        .isEqualTo("Beslutet gäller från den 1 april 2025, inte den 1 mars."));
        assertThat(paragraphs.get(2).get("corrections")).isEmpty();

        CliRun verify = CliRun.of("verify", "--data-dir", dataDir.toString(), "--meeting",
                Long.toString(meeting.value()), "--pdf", before.toString());
        assertThat(verify.exitCode).as(verify.out + verify.err).isZero();

        // From the command line a § is named by its number, as the secretary knows it.
        CliRun correct = CliRun.of("minutes", "correct", "--data-dir", dataDir.toString(), "--meeting",
                Long.toString(meeting.value()), "--paragraph", "§ 3", "--reason", "Fel diarienummer",
                "--text", "Diarienumret ska vara 25RS0042.");
        assertThat(correct.exitCode).as(correct.err).isZero();
        JsonNode third = Json.mapper().readTree(MeetingExportCli.json(dataDir, meeting.value())).get("paragraphs").get(2);
        assertThat(third.get("corrections")).singleElement()
                .satisfies(c -> assertThat(c.get("reason").asText()).isEqualTo("Fel diarienummer"));
        CliRun missing = CliRun.of("minutes", "correct", "--data-dir", dataDir.toString(), "--meeting",
                Long.toString(meeting.value()), "--paragraph", "9", "--reason", "x", "--text", "y");
        assertThat(missing.exitCode).isNotZero();
        assertThat(missing.err).contains("§ 9 finns inte i sammanträde");
    }
}
