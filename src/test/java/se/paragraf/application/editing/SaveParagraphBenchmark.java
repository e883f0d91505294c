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
 * beredning, Delges, proceedings), then one att-sats edited and saved through {@code
 * EditParagraph.save} (lock check, diff write, audit event, search index) again and again.
 * Prints the median of 200 saves after 50 warm-up saves, the same for the database transaction
 * alone (without the search index), the audit events they wrote and a save that changes nothing. Run
 * by hand, not a test: {@code java -cp … se.paragraf.application.editing.SaveParagraphBenchmark
 * [saves] [keep-dir]}. Wired as the window and the CLI are ({@code Composition.services}).
 */
public final class SaveParagraphBenchmark {
    static final int CHILD_ROWS = 41;

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

            for (int i = 0; i < 50; i++) {
                p98 = s.editParagraph().save(editOneClause(p98, i));
            }
            int before = auditEntries(archive, meeting);
            double[] ms = new double[saves];
            for (int i = 0; i < saves; i++) {
                Paragraph edited = editOneClause(p98, 100 + i);
                long start = System.nanoTime();
                p98 = s.editParagraph().save(edited);
                ms[i] = (System.nanoTime() - start) / 1_000_000.0;
            }
            int after = auditEntries(archive, meeting);
            // The database's part alone: the transaction EditParagraph.save runs (lock check, diff
            // write, audit event), without the search index that follows the commit.
            double[] db = new double[saves];
            for (int i = 0; i < saves; i++) {
                Paragraph edited = editOneClause(p98, 1000 + i);
                long start = System.nanoTime();
                long version = archive.unitOfWork().transaction(r -> {
                    MinutesGuard.requireEditable(r, edited.meeting(), edited.id());
                    return r.paragraphs().save(edited);
                });
                db[i] = (System.nanoTime() - start) / 1_000_000.0;
                p98 = edited.withVersion(version);
            }
            int afterDb = auditEntries(archive, meeting);
            Paragraph unchanged = p98;
            long noOpStart = System.nanoTime();
            archive.unitOfWork().transaction(r -> r.paragraphs().save(unchanged));
            double noOp = (System.nanoTime() - noOpStart) / 1_000_000.0;
            int afterNoOp = auditEntries(archive, meeting);
            Arrays.sort(ms);
            Arrays.sort(db);
            System.out.printf(Locale.ROOT, "BENCH save_paragraph_98_median %.2f ms%n", ms[ms.length / 2]);
            System.out.printf(Locale.ROOT, "BENCH save_paragraph_98_p95 %.2f ms%n", ms[(int) (ms.length * 0.95)]);
            System.out.printf(Locale.ROOT, "BENCH save_paragraph_98_database_median %.2f ms%n", db[db.length / 2]);
            System.out.printf(Locale.ROOT, "BENCH save_paragraph_98_database_p95 %.2f ms%n",
                    db[(int) (db.length * 0.95)]);
            System.out.printf(Locale.ROOT, "BENCH save_paragraph_98_audit_entries_per_save %.2f entries%n",
                    (afterDb - before) / (2.0 * saves));
            System.out.printf(Locale.ROOT, "BENCH save_paragraph_98_noop %.2f ms%n", noOp);
            System.out.printf(Locale.ROOT, "BENCH save_paragraph_98_noop_audit_entries %d entries%n",
                    afterNoOp - afterDb);
            if (after - before != saves) {
                throw new IllegalStateException("expected one audit event per save, got " + (after - before));
            }
        }
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
