package se.paragraf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.meeting.Meeting;

/** The command line walks the same lawful path and cannot step back from justerat. */
class MinutesCommandTest {
    @TempDir
    Path dataDir;

    @Test
    void justeringFromTheCommandLineIsFinal() {
        Meeting meeting;
        try (OpenArchive archive = new Composition().open(dataDir)) {
            Services s = archive.services();
            var board = s.manageBoards().createBoard("Regionstyrelsen", BoardKind.EXECUTIVE_BOARD, null, 2);
            meeting = s.planMeeting().create(board.id(), LocalDate.of(2025, 5, 20), null, null, null, null);
        }
        String id = Long.toString(meeting.id().value());
        String dir = dataDir.toString();

        CliRun skip = CliRun.of("minutes", "adjust", "--data-dir", dir, "--meeting", id, "--date", "2025-05-23");
        assertThat(skip.exitCode).isEqualTo(ParagrafCommand.INVALID_INPUT);
        assertThat(skip.err).contains("måste först vara klart för justering");

        assertThat(CliRun.of("minutes", "ready", "--data-dir", dir, "--meeting", id, "--date", "2025-05-21")
                .exitCode).isZero();
        CliRun adjusted = CliRun.of("minutes", "adjust", "--data-dir", dir, "--meeting", id, "--date", "2025-05-23");
        assertThat(adjusted.exitCode).isZero();
        assertThat(adjusted.outLines()).contains("status: ADJUSTED (justerat)", "anslås senast: 2025-05-26");

        CliRun again = CliRun.of("minutes", "ready", "--data-dir", dir, "--meeting", id, "--date", "2025-05-24");
        assertThat(again.exitCode).isEqualTo(ParagrafCommand.INVALID_INPUT);
        assertThat(again.err).contains("när det är justerat");

        CliRun correction = CliRun.of("minutes", "correct", "--data-dir", dir, "--meeting", id,
                "--reason", "Stavfel", "--text", "Ordet ska vara justerare.");
        assertThat(correction.exitCode).isZero();
        assertThat(correction.out).contains("Rättelse 1 sparad");
    }
}
