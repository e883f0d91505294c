package se.paragraf.application.audit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphSpan;

/**
 * {@code verify --all} on a synthetic archive (default 100,000 §§, every meeting justerat and so
 * sealed): prints the time to seal and the time to verify the whole archive. Run by hand, not a
 * test: {@code java -cp … se.paragraf.application.audit.VerifyAllBenchmark [paragraphs] [keep-dir]}.
 */
public final class VerifyAllBenchmark {
    private VerifyAllBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int paragraphs = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("paragraf-verify-bench");
        try (OpenArchive archive = new Composition().open(dir)) {
            Services s = archive.services();
            if (s.listMeetings().spans().isEmpty()) {
                s.syntheticArchive().build(paragraphs, 14);
            }
            Map<MeetingId, ParagraphSpan> meetings = s.listMeetings().spans();
            long sealStart = System.nanoTime();
            int sealed = 0;
            for (MeetingId meeting : meetings.keySet()) {
                if (s.adjustMinutes().lifecycle(meeting).isLocked()) {
                    continue;
                }
                LocalDate date = s.adjustMinutes().lifecycle(meeting).meetingDate();
                s.adjustMinutes().readyForAdjustment(meeting, date);
                s.adjustMinutes().adjust(meeting, date.plusDays(1), List.of("Ordförande", "Justerare"));
                sealed++;
            }
            double sealSeconds = (System.nanoTime() - sealStart) / 1e9;
            System.out.printf("BENCH seal_meetings %d count%n", sealed);
            System.out.printf("BENCH seal_per_meeting_ms %.1f ms%n", sealed == 0 ? 0 : sealSeconds * 1000 / sealed);
            long start = System.nanoTime();
            ArchiveVerification v = s.verifyArchive().verifyAll();
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf("BENCH verify_all_paragraphs %d count%n", paragraphs);
            System.out.printf("BENCH verify_all_meetings %d count%n", v.meetings());
            System.out.printf("BENCH verify_all_seconds %.2f s%n", seconds);
            System.out.printf("BENCH verify_all_problems %d count%n", v.problems().size());
            Runtime rt = Runtime.getRuntime();
            System.out.printf("BENCH verify_all_heap_used_mb %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
    }
}
