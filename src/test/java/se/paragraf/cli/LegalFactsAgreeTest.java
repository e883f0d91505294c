package se.paragraf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import se.paragraf.application.document.ExtractCertification;
import se.paragraf.application.document.MinutesOptions;
import se.paragraf.domain.adjustment.NoticeFacts;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.ui.lifecycle.LifecycleViewModel;
import se.paragraf.ui.task.SynchronousTaskExecutor;

/**
 * "The legal facts printed are the recorded ones": for one meeting, the anslag's days and place as
 * the dialog shows them, as the notice, the minutes' Bevis om anslag, a protokollsutdrag, the
 * command line and {@code meeting export} print them, are one and the same: the recorded anslag.
 * Twice: posted from the command line with a date and a place of its own (the Högsby case, where
 * the minutes used to print the justering day, three weeks from it and the board's name), and
 * posted from the window on a day whose appeal period ends over Christmas.
 */
class LegalFactsAgreeTest {
    @TempDir
    Path dataDir;

    /** posted, last day of appeal, taken down, kept at. */
    record Facts(String posted, String appeal, String takeDown, String keptAt) {
    }

    @Test
    void postedFromTheCommandLineWithItsOwnDayAndPlace() throws Exception {
        MeetingId meeting = justerat("Kommunstyrelsen", LocalDate.of(2007, 1, 8), LocalDate.of(2007, 1, 10));
        Path notice = dataDir.resolveSibling(dataDir.getFileName() + "-anslag.pdf");
        Path beforeAnslag = dataDir.resolveSibling(dataDir.getFileName() + "-före-anslaget.pdf");
        try (OpenArchive archive = new Composition().open(dataDir)) {
            archive.services().renderMinutes().minutes(meeting, MinutesOptions.FULL, beforeAnslag);
        }
        assertThat(pdfBoxText(beforeAnslag)).contains("Justeringen har ännu inte tillkännagivits genom anslag.")
                .doesNotContain("2007-01-31", "Förvaringsplats");
        CliRun register = CliRun.of("minutes", "register", "--data-dir", dataDir.toString(), "--meeting", id(meeting),
                "--pdf", beforeAnslag.toString());
        assertThat(register.exitCode).as(register.err).isZero();
        CliRun post = CliRun.of("minutes", "post", "--data-dir", dataDir.toString(), "--meeting", id(meeting),
                "--date", "2007-01-11", "--kept-at", "Kommunhuset, Högsby", "--pdf", notice.toString());
        assertThat(post.exitCode).as(post.err).isZero();

        Facts recorded = new Facts("2007-01-11", "2007-02-01", "2007-02-02", "Kommunhuset, Högsby");
        assertThat(labelled(post.out, "Datum då anslaget sätts upp", "Sista dag för överklagande",
                "Datum då anslaget tas ned", "Förvaringsplats för protokollet")).as("minutes post").isEqualTo(recorded);
        everywhereTheSame(meeting, notice, recorded);

        // The protocol registered before the anslag is still the record it was; the anslag is sealed on its own.
        CliRun verify = CliRun.of("verify", "--data-dir", dataDir.toString(), "--meeting", id(meeting),
                "--pdf", beforeAnslag.toString());
        assertThat(verify.exitCode).as(verify.out + verify.err).isZero();
    }

    @Test
    void postedFromTheWindowOverChristmas() throws Exception {
        MeetingId meeting = justerat("Regionstyrelsen", LocalDate.of(2025, 11, 25), LocalDate.of(2025, 12, 2));
        Path notice = dataDir.resolveSibling(dataDir.getFileName() + "-anslag.pdf");
        try (OpenArchive archive = new Composition().open(dataDir)) {
            LifecycleViewModel dialog = dialog(archive.services(), meeting);
            dialog.dateProperty().set(LocalDate.of(2025, 12, 3));
            dialog.keptAtProperty().set("Regionens kansli, Härnösand");
            // Before the anslag is recorded the dialog proposes; the proposal is what posting then records.
            assertThat(dialog.noticeProperty().get().recorded()).isFalse();
            assertThat(dialog.noticeProposalProperty().get()).contains("2025-12-03", "2025-12-29", "2025-12-30");
            dialog.post();
            assertThat(dialog.messageProperty().get()).isEmpty();
            archive.services().postNotice().writePdf(meeting, notice);
        }
        everywhereTheSame(meeting, notice, new Facts("2025-12-03", "2025-12-29", "2025-12-30",
                "Regionens kansli, Härnösand"));
    }

    private void everywhereTheSame(MeetingId meeting, Path noticePdf, Facts recorded) throws Exception {
        Path minutes = dataDir.resolveSibling(dataDir.getFileName() + "-protokoll.pdf");
        Path extract = dataDir.resolveSibling(dataDir.getFileName() + "-utdrag.pdf");
        Facts dialog;
        Facts dialogLines;
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            LifecycleViewModel viewModel = dialog(s, meeting);
            NoticeFacts facts = viewModel.noticeProperty().get();
            assertThat(facts.recorded()).isTrue();
            assertThat(viewModel.noticeProposalProperty().get()).isEmpty();
            dialog = new Facts(facts.postedOn().toString(), facts.lastDayOfAppeal().toString(),
                    facts.takeDownOn().toString(), facts.keptAt());
            dialogLines = labelled(String.join("\n", viewModel.deadlines()), "Anslaget", "Sista dag för överklagande",
                    "Anslaget tas ned", "Protokollet förvaras");
            s.renderMinutes().minutes(meeting, MinutesOptions.FULL, minutes);
            s.renderMinutes().extract(meeting, List.of(ParagraphNumber.of(2)),
                    new ExtractCertification("Maria Ström", LocalDate.of(2026, 1, 5)), false, extract);
        }
        Path look = Files.createDirectories(Path.of("target", "documents", "legal-facts"));
        for (Path file : List.of(noticePdf, minutes, extract)) {
            Files.copy(file, look.resolve(recorded.posted() + "-" + file.getFileName().toString()
                    .replaceFirst(".*-", "")), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        CliRun status = CliRun.of("minutes", "status", "--data-dir", dataDir.toString(), "--meeting", id(meeting));
        assertThat(status.exitCode).as(status.err).isZero();
        JsonNode export = Json.mapper().readTree(MeetingExportCli.json(dataDir, meeting.value())).get("notice");

        assertThat(dialog).as("the dialog's value").isEqualTo(recorded);
        assertThat(dialogLines).as("the dialog's lines").isEqualTo(recorded);
        assertThat(labelled(pdfBoxText(noticePdf), "Datum då anslaget sätts upp", "Sista dag för överklagande",
                "Datum då anslaget tas ned", "Förvaringsplats för protokollet")).as("the notice").isEqualTo(recorded);
        String minutesText = pdfBoxText(minutes);
        assertThat(minutesText).contains("Bevis om anslag", "Justeringen har tillkännagivits genom anslag.");
        assertThat(labelled(minutesText, "Anslaget sätts upp", "Sista dag för överklagande", "Anslaget tas ned",
                "Förvaringsplats")).as("the minutes").isEqualTo(recorded);
        assertThat(labelled(pdfBoxText(extract), "Anslaget sätts upp", "Sista dag för överklagande",
                "Anslaget tas ned", "Förvaringsplats")).as("the extract").isEqualTo(recorded);
        assertThat(labelled(status.out, "anslaget", "sista dag för överklagande", "anslaget tas ned",
                "förvaringsplats")).as("minutes status").isEqualTo(recorded);
        assertThat(new Facts(export.get("postedOn").asText(), export.get("lastDayOfAppeal").asText(),
                export.get("takeDownOn").asText(), export.get("keptAt").asText())).as("meeting export")
                .isEqualTo(recorded);
    }

    /** A meeting with three §§, justerat on {@code adjustedOn}. */
    private MeetingId justerat(String boardName, LocalDate date, LocalDate adjustedOn) {
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            var board = s.manageBoards().createBoard(boardName, BoardKind.EXECUTIVE_BOARD, null, 2);
            MeetingId meeting = s.planMeeting().create(board.id(), date, null, null, null, null).id();
            for (int n = 1; n <= 3; n++) {
                s.editParagraph().save(s.editAgenda().newParagraph(meeting, ParagraphNumber.of(n), "Ärende " + n));
            }
            s.adjustMinutes().readyForAdjustment(meeting, adjustedOn);
            s.adjustMinutes().adjust(meeting, adjustedOn, List.of("Anna Ordförande", "Bo Justerare"));
            return meeting;
        }
    }

    private static LifecycleViewModel dialog(Services s, MeetingId meeting) {
        Clock today = Clock.fixed(LocalDate.of(2026, 1, 5).atStartOfDay(ZoneId.systemDefault()).toInstant(),
                ZoneId.systemDefault());
        LifecycleViewModel viewModel = new LifecycleViewModel(s, new SynchronousTaskExecutor(), today);
        viewModel.open(meeting);
        return viewModel;
    }

    /** The value after each label ("label: value", "label value", or the value on the next line). */
    static Facts labelled(String text, String posted, String appeal, String takeDown, String keptAt) {
        return new Facts(date(text, posted), date(text, appeal), date(text, takeDown), after(text, keptAt));
    }

    private static String date(String text, String label) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(label) + ":?\\s+(\\d{4}-\\d{2}-\\d{2})").matcher(text);
        return m.find() ? m.group(1) : "(ingen " + label + ")";
    }

    private static String after(String text, String label) {
        Matcher m = Pattern.compile("(?m)^\\s*" + Pattern.quote(label) + ":?[ \\t]*\\n?[ \\t]*(\\S[^\\n]*)").matcher(text);
        return m.find() ? m.group(1).strip() : "(ingen " + label + ")";
    }

    /** The text of a PDF as PDFBox reads it, in reading order by position. */
    static String pdfBoxText(Path file) throws Exception {
        try (var pdf = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(pdf);
        }
    }

    private static String id(MeetingId meeting) {
        return Long.toString(meeting.value());
    }
}
