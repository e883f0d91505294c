package se.paragraf.cli;

import java.nio.file.Path;

/** `paragraf meeting export --format json` run in-process, for tests outside the cli package. */
public final class MeetingExportCli {
    private MeetingExportCli() {
    }

    /** The JSON the command prints; fails when the command does. */
    public static String json(Path dataDir, long meetingId) {
        CliRun run = CliRun.of("meeting", "export", "--data-dir", dataDir.toString(), "--meeting",
                Long.toString(meetingId), "--format", "json");
        if (run.exitCode != 0) {
            throw new AssertionError("meeting export failed (" + run.exitCode + "): " + run.err);
        }
        return run.out;
    }
}
