package se.paragraf.application.editing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import se.paragraf.application.Services;
import se.paragraf.domain.paragraph.Clause;
import se.paragraf.domain.paragraph.Decision;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.Proceedings;
import se.paragraf.ui.TestArchive;

/**
 * What autosave costs a draft § (ADR 0019): a real H2 file archive with the demo protocol, its
 * § 98 filled up to 41 child rows (case numbers, sections, blocks and att-satser, bilagor,
 * beredning, Delges), then one att-sats edited and saved again and again, after a warm-up.
 * {@code save_paragraph_98_median} is the median of 200 saves in the one transaction {@code
 * EditParagraph.save} runs (lock check, diff write, audit event; committed to the file), also as
 * CPU time of the saving thread; {@code …_with_index_median} the whole use case, with the search
 * index that follows each commit; then the audit events per save and a save that changes nothing. Run
 * by hand, not a test: {@code java -cp … se.paragraf.application.editing.SaveParagraphBenchmark
 * [saves] [keep-dir]}. Wired as the window and the CLI are ({@code Composition.services}).
 */
public final class SaveParagraphBenchmark {
    static final int CHILD_ROWS = 41;
    private static final int WARM_UP = 300;

    private SaveParagraphBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int saves = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        Path dir = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("paragraf-save-bench");
        try (TestArchive archive = TestArchive.openIn(dir)) {
            Services s = archive.services();
            if (s.listMeetings().spans().isEmpty()) {
                s.createDemoArchive().create();
            }
            var meeting = s.listMeetings().all().stream().flatMap(b -> b.meetings().stream())
                    .filter(m -> m.paragraphCount() > 0).findFirst().orElseThrow().meeting().id();
            Paragraph found = s.showMeeting().show(meeting).orElseThrow().paragraphs().stream()
                    .filter(p -> p.number().number() == 98).findFirst().orElseThrow();
            Paragraph p98 = s.editParagraph().save(fillUp(s.editParagraph().load(found.id()).orElseThrow()));
            System.out.printf(Locale.ROOT, "BENCH save_paragraph_98_child_rows %d rows%n", childRows(p98));

            java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
            // Warm-up of both paths, so that the JIT has compiled what the figures measure.
            for (int i = 0; i < WARM_UP; i++) {
                p98 = s.editParagraph().save(editOneClause(p98, i));
                p98 = saveInTransaction(archive, editOneClause(p98, -i));
            }
            // The save as autosave makes it, minus the search index: the one transaction of
            // EditParagraph.save (lock check, diff write, audit event), committed.
            int before = auditEntries(archive, meeting);
            double[] db = new double[saves];
            double[] cpu = new double[saves];
            for (int i = 0; i < saves; i++) {
                Paragraph edited = editOneClause(p98, 1000 + i);
                long cpuStart = threads.getCurrentThreadCpuTime();
                long start = System.nanoTime();
                p98 = saveInTransaction(archive, edited);
                db[i] = (System.nanoTime() - start) / 1_000_000.0;
                cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1_000_000.0;
            }
            int afterDb = auditEntries(archive, meeting);
            // The whole use case: the same, then the search index follows (a Lucene commit per save).
            double[] full = new double[saves];
            for (int i = 0; i < saves; i++) {
                Paragraph edited = editOneClause(p98, 5000 + i);
                long start = System.nanoTime();
                p98 = s.editParagraph().save(edited);
                full[i] = (System.nanoTime() - start) / 1_000_000.0;
            }
            int afterFull = auditEntries(archive, meeting);
            // For scale on a busy machine: one read of the version in its own transaction.
            double[] read = new double[saves];
            for (int i = 0; i < saves; i++) {
                var id = p98.id();
                long start = System.nanoTime();
                archive.unitOfWork().transaction(r -> r.paragraphs().versionOf(id));
                read[i] = (System.nanoTime() - start) / 1_000_000.0;
            }
            Paragraph unchanged = p98;
            long noOpStart = System.nanoTime();
            long noOpVersion = archive.unitOfWork().transaction(r -> r.paragraphs().save(unchanged));
            double noOp = (System.nanoTime() - noOpStart) / 1_000_000.0;
            int afterNoOp = auditEntries(archive, meeting);

            print("save_paragraph_98_median", median(db), "ms");
            print("save_paragraph_98_p95", percentile(db, 0.95), "ms");
            print("save_paragraph_98_cpu_median", median(cpu), "ms");
            print("save_paragraph_98_with_index_median", median(full), "ms");
            print("one_read_transaction_median", median(read), "ms");
            print("save_paragraph_98_audit_entries_per_save", (afterFull - before) / (2.0 * saves), "entries");
            print("save_paragraph_98_noop", noOp, "ms");
            print("save_paragraph_98_noop_audit_entries", afterNoOp - afterFull, "entries");
            if (afterDb - before != saves || afterFull - afterDb != saves || afterNoOp != afterFull
                    || noOpVersion != p98.version()) {
                throw new IllegalStateException("expected one audit event per save and none for no change");
            }
        }
    }

    private static Paragraph saveInTransaction(TestArchive archive, Paragraph edited) {
        long version = archive.unitOfWork().transaction(r -> {
            MinutesGuard.requireEditable(r, edited.meeting(), edited.id());
            return r.paragraphs().save(edited);
        });
        return edited.withVersion(version);
    }

    private static double median(double[] values) {
        return percentile(values, 0.5);
    }

    private static double percentile(double[] values, double p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))];
    }

    private static void print(String name, double value, String unit) {
        System.out.printf(Locale.ROOT, "BENCH %s %.2f %s%n", name, value, unit);
    }

    /** The demo's § 98 with att-satser added to its last block until the § holds 41 child rows. */
    static Paragraph fillUp(Paragraph p) {
        int missing = CHILD_ROWS - childRows(p);
        if (missing <= 0) {
            return p;
        }
        List<DecisionBlock> blocks = new ArrayList<>(p.decision().blocks());
        if (blocks.isEmpty()) {
            blocks.add(DecisionBlock.of("Regionstyrelsen beslutar"));
            missing--;
        }
        DecisionBlock last = blocks.get(blocks.size() - 1);
        List<Clause> clauses = new ArrayList<>(last.clauses());
        for (int i = 0; i < missing; i++) {
            clauses.add(new Clause("uppdra till regiondirektören att redovisa åtgärd " + (i + 1)
                    + " till finansutskottet senast den 30 november 2025"));
        }
        blocks.set(blocks.size() - 1, new DecisionBlock(last.formula(), clauses));
        return p.decide(new Decision(blocks));
    }

    /** The first att-sats of the first block with clauses, rewritten: one row changes. */
    static Paragraph editOneClause(Paragraph p, int round) {
        List<DecisionBlock> blocks = new ArrayList<>(p.decision().blocks());
        for (int b = 0; b < blocks.size(); b++) {
            if (!blocks.get(b).clauses().isEmpty()) {
                blocks.set(b, blocks.get(b).replaceClause(0, new Clause("avge svar på revisionsrapporten, "
                        + "version " + round)));
                return p.decide(new Decision(blocks));
            }
        }
        throw new IllegalStateException("§ 98 har inga att-satser");
    }

    /** The rows the § has in its child tables. */
    static int childRows(Paragraph p) {
        Proceedings pr = p.proceedings();
        int rows = p.caseNumbers().size() + p.sections().size() + p.attachments().size() + p.preparations().size()
                + p.recipients().size();
        for (DecisionBlock block : p.decision().blocks()) {
            rows += 1 + block.clauses().size();
        }
        rows += pr.motions().size() + pr.propositionOrder().propositions().size() + pr.dissents().size()
                + pr.disqualifications().size();
        for (var vote : pr.votes()) {
            rows += 1 + vote.ballots().size();
        }
        for (var statement : pr.statements()) {
            rows += 1 + statement.joiners().size();
        }
        return rows;
    }

    private static int auditEntries(TestArchive archive, se.paragraf.domain.meeting.MeetingId meeting) {
        return archive.unitOfWork().transaction(r -> r.audit().entries(meeting.value())).size();
    }
}
