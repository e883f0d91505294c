package se.paragraf.application.assignment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.search.ReindexParagraphs;
import se.paragraf.domain.assignment.Assignment;
import se.paragraf.domain.assignment.AssignmentDetector;
import se.paragraf.domain.assignment.AssignmentId;
import se.paragraf.domain.assignment.AssignmentStatus;
import se.paragraf.domain.assignment.BoardCalendar;
import se.paragraf.domain.assignment.DecisionRef;
import se.paragraf.domain.assignment.Due;
import se.paragraf.domain.assignment.Extension;
import se.paragraf.domain.assignment.ProposedAssignment;
import se.paragraf.domain.assignment.ReportBack;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.MotivationSection;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: the uppdrag a board gives. Reads proposals from a paragraph's clauses, stores the
 * ones the secretary accepts, links later decisions that extend or report back on them, and
 * lists them with their derived status.
 */
public final class ManageAssignments {
    /** "Detta ärende utgör denna information" (seed §§ 109–112) and its variants. */
    private static final Pattern REPORT_BACK = Pattern.compile(
            "(?iU)utgör\\s+(?:denna|den\\s+begärda)\\s+(?:information|återrapportering|redovisning|återredovisning)"
                    + "|\\båter(?:rapportering|redovisning)\\b|\\blägesinformation\\b");

    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final ReindexParagraphs reindex;

    public ManageAssignments(UnitOfWork unitOfWork, Clock clock, ReindexParagraphs reindex) {
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.reindex = reindex;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Assignments in free text decided on the date, with no archive (the CLI's detect). */
    public List<ProposedAssignment> detect(String text, LocalDate decidedOn) {
        return new AssignmentDetector(BoardCalendar.NONE).detectText(text, decidedOn);
    }

    /** The assignments the paragraph's clauses give that are not accepted yet. */
    public List<ClauseProposal> propose(ParagraphId paragraphId) {
        return unitOfWork.transaction(r -> {
            Paragraph paragraph = paragraph(r, paragraphId);
            Meeting meeting = meeting(r, paragraph);
            Set<DecisionRef> accepted = new HashSet<>();
            r.assignments().findByParagraph(paragraphId).forEach(a -> accepted.add(a.origin()));
            AssignmentDetector detector = new AssignmentDetector(new ArchiveCalendar(r));
            List<ClauseProposal> proposals = new ArrayList<>();
            List<DecisionBlock> blocks = paragraph.decision().blocks();
            for (int b = 0; b < blocks.size(); b++) {
                List<String> clauses = blocks.get(b).clauses().stream().map(c -> c.text()).toList();
                for (ProposedAssignment p : detector.detect(clauses, meeting.date())) {
                    if (!accepted.contains(DecisionRef.clause(paragraphId, b, p.clauseIndex()))) {
                        proposals.add(new ClauseProposal(b, p.clauseIndex(), clauses.get(p.clauseIndex()), p));
                    }
                }
            }
            return proposals;
        });
    }

    /** Stores an assignment from the clause as the secretary confirmed or edited it. */
    public Assignment accept(ParagraphId paragraphId, int block, int clause, String assignee, String task, Due due) {
        Assignment accepted = unitOfWork.transaction(r -> {
            Paragraph paragraph = paragraph(r, paragraphId);
            Meeting meeting = meeting(r, paragraph);
            DecisionRef origin = DecisionRef.clause(paragraphId, block, clause);
            if (block >= paragraph.decision().blocks().size()
                    || clause >= paragraph.decision().blocks().get(block).clauses().size()) {
                throw new DomainException("Att-satsen finns inte längre i § " + paragraph.number() + ". Läs om förslagen.");
            }
            if (r.assignments().findByParagraph(paragraphId).stream().anyMatch(a -> a.origin().equals(origin))) {
                throw new DomainException("Uppdraget i den att-satsen är redan registrerat.");
            }
            Assignment assignment = Assignment.given(r.assignments().nextId(), meeting.board(), origin, meeting.date(),
                    assignee, task, due);
            r.assignments().save(assignment);
            return assignment;
        });
        reindex.paragraphs(List.of(paragraphId));
        return accepted;
    }

    public Assignment edit(AssignmentId id, String assignee, String task, Due due) {
        return change(id, a -> a.edit(assignee, task, due));
    }

    /**
     * Links a later decision that extends the assignment. The new due date is read from the
     * paragraph's clauses ("tiden … förlängs till regionstyrelsens möte i september") unless given.
     */
    public Assignment extend(AssignmentId id, ParagraphId by, Due newDue) {
        Assignment extended = unitOfWork.transaction(r -> {
            Paragraph paragraph = paragraph(r, by);
            Meeting meeting = meeting(r, paragraph);
            Due due = newDue != null && newDue.isKnown() ? newDue : readExtension(r, paragraph, meeting)
                    .orElseThrow(() -> new DomainException("§ " + paragraph.number() + " säger inte till när uppdraget "
                            + "förlängs. Ange det nya datumet."));
            Assignment more = assignment(r, id).extend(new Extension(by, meeting.date(), due));
            r.assignments().save(more);
            return more;
        });
        reindex.paragraphs(List.of(by));
        return extended;
    }

    /** Links a later decision that reports back; a final report closes the assignment. */
    public Assignment reportBack(AssignmentId id, ParagraphId by, boolean concludes) {
        Assignment reported = unitOfWork.transaction(r -> {
            Paragraph paragraph = paragraph(r, by);
            Meeting meeting = meeting(r, paragraph);
            Assignment more = assignment(r, id).reportBack(new ReportBack(by, meeting.date(), concludes));
            r.assignments().save(more);
            return more;
        });
        reindex.paragraphs(List.of(by));
        return reported;
    }

    /** The §§ that gave, extended or reported back on the assignment may have no uppdrag left. */
    public void delete(AssignmentId id) {
        List<ParagraphId> linked = unitOfWork.transaction(r -> {
            List<ParagraphId> paragraphs = r.assignments().findById(id).map(ManageAssignments::paragraphsOf)
                    .orElse(List.of());
            r.assignments().delete(id);
            return paragraphs;
        });
        reindex.paragraphs(linked);
    }

    private static List<ParagraphId> paragraphsOf(Assignment a) {
        List<ParagraphId> paragraphs = new ArrayList<>(List.of(a.origin().paragraph()));
        a.extensions().forEach(e -> paragraphs.add(e.paragraph()));
        a.reports().forEach(report -> paragraphs.add(report.paragraph()));
        return paragraphs;
    }

    /** What the paragraph looks like it does to earlier assignments. */
    public enum Signal { EXTENDS, REPORTS_BACK, NONE }

    public Signal signal(ParagraphId paragraphId) {
        return unitOfWork.transaction(r -> {
            Paragraph paragraph = paragraph(r, paragraphId);
            if (readExtension(r, paragraph, meeting(r, paragraph)).isPresent()) {
                return Signal.EXTENDS;
            }
            StringBuilder text = new StringBuilder(paragraph.title());
            paragraph.sections().stream().map(MotivationSection::text).forEach(t -> text.append('\n').append(t));
            return REPORT_BACK.matcher(text).find() ? Signal.REPORTS_BACK : Signal.NONE;
        });
    }

    /**
     * Earlier open assignments the paragraph may extend or report back on: those given in a
     * paragraph about the same case first, then the rest of the board's, by due date.
     */
    public List<WatchItem> candidatesFor(ParagraphId paragraphId) {
        return unitOfWork.transaction(r -> {
            Paragraph paragraph = paragraph(r, paragraphId);
            Meeting meeting = meeting(r, paragraph);
            Set<CaseNumber> cases = new HashSet<>();
            paragraph.caseNumbers().forEach(c -> cases.add(c.caseOnly()));
            LocalDate today = today();
            List<WatchItem> items = new ArrayList<>();
            for (Assignment a : r.assignments().findAll()) {
                if (a.origin().paragraph().equals(paragraphId) || !a.status(today).isWatched()
                        || a.givenOn().isAfter(meeting.date())) {
                    continue;
                }
                items.add(item(r, a, today));
            }
            items.sort(Comparator.comparing((WatchItem w) -> !sameCase(r, w.assignment(), cases)));
            return items;
        });
    }

    /** The bevakningslista: every assignment not closed, by due date (those without one last). */
    public List<WatchItem> watchList() {
        return list(false).stream().filter(w -> w.status().isWatched()).toList();
    }

    /** Every assignment with its status today, by due date; {@code overdueOnly} keeps the overdue ones. */
    public List<WatchItem> list(boolean overdueOnly) {
        LocalDate today = today();
        return unitOfWork.transaction(r -> r.assignments().findAll().stream()
                .map(a -> item(r, a, today))
                .filter(w -> !overdueOnly || w.overdue())
                .sorted(Comparator.comparing((WatchItem w) -> w.assignment().currentDue().date(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList());
    }

    public List<WatchItem> forParagraph(ParagraphId paragraphId) {
        LocalDate today = today();
        return unitOfWork.transaction(r -> r.assignments().findByParagraph(paragraphId).stream().map(a -> item(r, a, today)).toList());
    }

    public WatchItem show(AssignmentId id) {
        return unitOfWork.transaction(r -> item(r, assignment(r, id), today()));
    }

    /** The assignment as a line of a list, with its status on {@code today}. */
    public static WatchItem item(Repositories r, Assignment a, LocalDate today) {
        String board = r.boards().findById(a.board()).map(Board::name).orElse("");
        Optional<Paragraph> paragraph = r.paragraphs().findById(a.origin().paragraph());
        String origin = paragraph.map(p -> "§ " + p.number() + ", " + a.givenOn()).orElse(a.givenOn().toString());
        return new WatchItem(a, a.status(today), board, origin, paragraph.map(Paragraph::title).orElse(""));
    }

    private static boolean sameCase(Repositories r, Assignment a, Set<CaseNumber> cases) {
        return r.paragraphs().findById(a.origin().paragraph()).stream()
                .flatMap(p -> p.caseNumbers().stream()).anyMatch(c -> cases.contains(c.caseOnly()));
    }

    private static Optional<Due> readExtension(Repositories r, Paragraph paragraph, Meeting meeting) {
        AssignmentDetector detector = new AssignmentDetector(new ArchiveCalendar(r));
        return paragraph.decision().blocks().stream().flatMap(b -> b.clauses().stream())
                .map(c -> detector.extension(c.text(), meeting.date())).flatMap(Optional::stream).findFirst();
    }

    private Assignment change(AssignmentId id, java.util.function.UnaryOperator<Assignment> change) {
        return unitOfWork.transaction(r -> {
            Assignment changed = change.apply(assignment(r, id));
            r.assignments().save(changed);
            return changed;
        });
    }

    private static Assignment assignment(Repositories r, AssignmentId id) {
        return r.assignments().findById(id).orElseThrow(() -> new DomainException(
                "Uppdraget finns inte längre i arkivet. Uppdatera bevakningslistan."));
    }

    static Paragraph paragraph(Repositories r, ParagraphId id) {
        return r.paragraphs().findById(id).orElseThrow(() -> new DomainException(
                "Paragrafen finns inte längre i arkivet. Välj en annan paragraf."));
    }

    static Meeting meeting(Repositories r, Paragraph paragraph) {
        return r.meetings().findById(paragraph.meeting()).orElseThrow(() -> new DomainException(
                "Sammanträdet finns inte längre i arkivet."));
    }
}
