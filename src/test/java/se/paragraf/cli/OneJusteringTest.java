package se.paragraf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.domain.adjustment.AdjustmentSignature;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.ui.TestArchive;
import se.paragraf.ui.lifecycle.LifecycleViewModel;
import se.paragraf.ui.task.SynchronousTaskExecutor;

/**
 * Justering on paper is one legal act: from the window and from the command line it records the
 * same signatures, the same lifecycle and one sealed record, in one transaction, so a refused
 * justering leaves no signature behind.
 */
class OneJusteringTest {
    @TempDir
    Path window;
    @TempDir
    Path commandLine;

    @Test
    void theWindowAndTheCommandLineRecordTheSameJustering() {
        MeetingId inWindow = draftIn(window);
        try (TestArchive archive = TestArchive.openIn(window)) {
            LifecycleViewModel viewModel = new LifecycleViewModel(archive.services(), new SynchronousTaskExecutor(),
                    Clock.systemDefaultZone());
            viewModel.open(inWindow);
            viewModel.dateProperty().set(LocalDate.of(2025, 5, 21));
            viewModel.markReady();
            viewModel.dateProperty().set(LocalDate.of(2025, 5, 23));
            viewModel.signersProperty().set("Anna Ordförande, Bertil Justerare");
            viewModel.adjustOnPaper();
        }

        MeetingId inCli = draftIn(commandLine);
        String dir = commandLine.toString();
        String id = Long.toString(inCli.value());
        CliRun tooEarly = CliRun.of("minutes", "adjust", "--data-dir", dir, "--meeting", id, "--date", "2025-05-23",
                "--signed-by", "Anna Ordförande", "--signed-by", "Bertil Justerare");
        assertThat(tooEarly.exitCode).isEqualTo(ParagrafCommand.INVALID_INPUT);
        try (TestArchive archive = TestArchive.openIn(commandLine)) {
            assertThat(archive.services().signMinutes().signatures(inCli)).as("a refused justering signs nothing")
                    .isEmpty();
        }
        assertThat(CliRun.of("minutes", "ready", "--data-dir", dir, "--meeting", id, "--date", "2025-05-21").exitCode)
                .isZero();
        CliRun adjusted = CliRun.of("minutes", "adjust", "--data-dir", dir, "--meeting", id, "--date", "2025-05-23",
                "--signed-by", "Anna Ordförande", "--signed-by", "Bertil Justerare");
        assertThat(adjusted.exitCode).as(adjusted.err).isZero();

        assertThat(recorded(commandLine, inCli)).isEqualTo(recorded(window, inWindow))
                .containsExactly("CHAIR Anna Ordförande PAPER 2025-05-23T12:00",
                        "ADJUSTER Bertil Justerare PAPER 2025-05-23T12:00", "ADJUSTED 2025-05-23", "records 1",
                        "registered MINUTES protokoll-" + inCli + "-justerat.pdf");
        for (Path dir2 : List.of(window, commandLine)) {
            assertThat(CliRun.of("verify", "--data-dir", dir2.toString(), "--all").exitCode).isZero();
        }
        // The minutes printed at justering are kept and registered: that copy verifies as the record.
        Path copy = commandLine.resolve("justerat.pdf");
        CliRun copied = CliRun.of("minutes", "copy", "--data-dir", dir, "--meeting", id, "--out", copy.toString());
        assertThat(copied.exitCode).as(copied.err).isZero();
        CliRun checked = CliRun.of("verify", "--data-dir", dir, "--meeting", id, "--pdf", copy.toString());
        assertThat(checked.exitCode).as(checked.out + checked.err).isZero();
    }

    private static MeetingId draftIn(Path dir) {
        try (TestArchive archive = TestArchive.openIn(dir)) {
            var s = archive.services();
            var board = s.manageBoards().createBoard("Kommunstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 1);
            var meeting = s.planMeeting().create(board.id(), LocalDate.of(2025, 5, 20), null, null, null, null);
            s.editParagraph().save(s.editAgenda().newParagraph(meeting.id(), ParagraphNumber.of(1), "Val av justerare"));
            return meeting.id();
        }
    }

    private static List<String> recorded(Path dir, MeetingId meeting) {
        try (TestArchive archive = TestArchive.openIn(dir)) {
            var s = archive.services();
            List<String> facts = new java.util.ArrayList<>();
            for (AdjustmentSignature sig : s.signMinutes().signatures(meeting)) {
                facts.add(sig.role() + " " + sig.name() + " " + sig.method() + " " + sig.signedAt());
            }
            var lifecycle = s.adjustMinutes().lifecycle(meeting);
            facts.add(lifecycle.status() + " " + lifecycle.adjustedOn());
            facts.add("records " + archive.unitOfWork().transaction(r -> r.seals().findByMeeting(meeting.value()))
                    .size());
            archive.unitOfWork().transaction(r -> r.audit().documents(meeting.value())).forEach(d ->
                    facts.add("registered " + d.kind() + " " + d.fileName()));
            return facts;
        }
    }
}
