package se.paragraf.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.Paragraph;

/**
 * What the lock-and-audit trigger costs a save: warm median time to save § 98 (every kind of
 * child row) in a draft, and the audit entries one save writes. Run by hand; excluded from
 * surefire by its name.
 */
public final class MinutesLockBenchmark {
    private MinutesLockBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run("with_lock_and_audit", Files.createTempDirectory("paragraf-lock-bench"), false);
        run("without_triggers", Files.createTempDirectory("paragraf-lock-bench"), true);
    }

    /** {@code withoutTriggers}: the same save with V4's triggers dropped, for comparison only. */
    private static void run(String name, Path dir, boolean withoutTriggers) throws Exception {
        if (withoutTriggers) {
            Database.openH2(dir).close();
            var owner = ArchiveCredentials.read(dir).owner();
            try (var c = java.sql.DriverManager.getConnection(Database.h2Url(dir), owner.user(), owner.password()); var s = c.createStatement();
                 var rows = c.createStatement().executeQuery("select trigger_name from information_schema.triggers")) {
                java.util.Set<String> names = new java.util.TreeSet<>();
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
                for (String trigger : names) {
                    s.execute("drop trigger if exists " + trigger);
                }
            }
        }
        try (Database db = Database.openH2(dir)) {
            UnitOfWork uow = db.unitOfWork();
            Meeting meeting = uow.transaction(r -> Archive.meeting(r, Archive.board(r, "Regionstyrelsen"),
                    LocalDate.of(2025, 5, 20)));
            Paragraph p98 = uow.transaction(r -> Archive.paragraph98(r, meeting));
            for (int i = 0; i < 50; i++) {
                save(uow, p98, i);
            }
            int before = uow.transaction(r -> r.audit().entries(meeting.id().value())).size();
            double[] ms = new double[101];
            for (int i = 0; i < ms.length; i++) {
                long start = System.nanoTime();
                save(uow, p98, 100 + i);
                ms[i] = (System.nanoTime() - start) / 1_000_000.0;
            }
            int after = uow.transaction(r -> r.audit().entries(meeting.id().value())).size();
            Arrays.sort(ms);
            System.out.printf(java.util.Locale.ROOT, "BENCH save_paragraph98_%s_median %.2f ms%n", name,
                    ms[ms.length / 2]);
            System.out.printf(java.util.Locale.ROOT, "BENCH audit_entries_per_save_%s %.1f entries%n", name,
                    (after - before) / (double) ms.length);
        }
    }

    private static void save(UnitOfWork uow, Paragraph p98, int i) {
        // On the stored version (ADR 0019): each save is the one writer's next.
        uow.run(r -> r.paragraphs().save(p98.retitle("Svar på revisionsrapport " + i)
                .withVersion(r.paragraphs().versionOf(p98.id()).orElseThrow())));
    }
}
