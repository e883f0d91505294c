package se.paragraf.application.plan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.application.search.ReindexParagraphs;
import se.paragraf.domain.assignment.DecisionRef;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.MotivationSection;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.plan.GoalId;
import se.paragraf.domain.plan.GoalLink;
import se.paragraf.domain.plan.GoalNode;
import se.paragraf.domain.plan.GoalSuggester;
import se.paragraf.domain.plan.OperationalPlan;
import se.paragraf.domain.shared.DomainException;

/**
 * Use case: which goals a decision serves. Suggests goals from the paragraph's text, links a
 * decision or one clause to goals, and gives a goal's page with every linked decision over time.
 */
public final class LinkGoals {
    private final UnitOfWork unitOfWork;
    private final ReindexParagraphs reindex;

    public LinkGoals(UnitOfWork unitOfWork, ReindexParagraphs reindex) {
        this.unitOfWork = unitOfWork;
        this.reindex = reindex;
    }

    /**
     * The goals the paragraph can be linked to: those of the plans of its board (or, for an
     * utskott, of the board above) covering the meeting's year; every plan when none does.
     */
    public List<OperationalPlan> plansFor(ParagraphId paragraphId) {
        return unitOfWork.transaction(r -> plans(r, paragraph(r, paragraphId)));
    }

    /** The likeliest goals for the paragraph, strongest first, each with the words that matched. */
    public List<RankedGoal> suggest(ParagraphId paragraphId, int limit) {
        return unitOfWork.transaction(r -> {
            Paragraph paragraph = paragraph(r, paragraphId);
            List<OperationalPlan> plans = plans(r, paragraph);
            List<GoalNode> nodes = plans.stream().flatMap(p -> p.nodes().stream()).toList();
            List<GoalId> linked = r.goalLinks().findByParagraph(paragraphId).stream().map(GoalLink::goal).toList();
            return new GoalSuggester(nodes).suggest(text(paragraph), limit + linked.size()).stream()
                    .filter(s -> !linked.contains(s.goal().id()))
                    .limit(limit)
                    .map(s -> new RankedGoal(s.goal(), planOf(plans, s.goal().id()), s.score(), s.matchedWords()))
                    .toList();
        });
    }

    public void link(GoalId goal, DecisionRef decision) {
        unitOfWork.run(r -> {
            r.plans().findByGoal(goal).orElseThrow(() -> new DomainException("Målet finns inte längre i någon plan."));
            paragraph(r, decision.paragraph());
            r.goalLinks().link(new GoalLink(goal, decision));
        });
        reindex.paragraphs(List.of(decision.paragraph()));
    }

    public void unlink(GoalId goal, DecisionRef decision) {
        unitOfWork.run(r -> r.goalLinks().unlink(new GoalLink(goal, decision)));
        reindex.paragraphs(List.of(decision.paragraph()));
    }

    /** The goals the paragraph (or any of its clauses) is linked to. */
    public List<PlannedGoalLink> linksOf(ParagraphId paragraphId) {
        return unitOfWork.transaction(r -> r.goalLinks().findByParagraph(paragraphId).stream()
                .flatMap(link -> r.plans().findByGoal(link.goal()).flatMap(p -> p.node(link.goal())
                        .map(n -> new PlannedGoalLink(link, new PlannedGoal(n, p)))).stream())
                .toList());
    }

    public GoalPage page(GoalId goal) {
        return unitOfWork.transaction(r -> {
            OperationalPlan plan = r.plans().findByGoal(goal)
                    .orElseThrow(() -> new DomainException("Målet finns inte längre i någon plan."));
            GoalNode node = plan.node(goal).orElseThrow();
            List<LinkedDecision> decisions = new ArrayList<>();
            for (GoalLink link : r.goalLinks().findByGoal(goal)) {
                decision(r, link.decision()).ifPresent(decisions::add);
            }
            decisions.sort(Comparator.comparing(LinkedDecision::date).thenComparing(LinkedDecision::paragraphLabel));
            return new GoalPage(node, plan.title(), decisions);
        });
    }

    static Optional<LinkedDecision> decision(Repositories r, DecisionRef ref) {
        return r.paragraphs().findById(ref.paragraph()).flatMap(p -> r.meetings().findById(p.meeting()).map(m -> {
            String board = r.boards().findById(m.board()).map(Board::name).orElse("");
            return new LinkedDecision(ref, m.date(), board, "§ " + p.number(), p.title(),
                    p.caseNumbers().stream().map(Object::toString).toList(), decisionText(p, ref));
        }));
    }

    private static String decisionText(Paragraph p, DecisionRef ref) {
        if (!ref.isWholeDecision() && ref.block() < p.decision().blocks().size()) {
            DecisionBlock block = p.decision().blocks().get(ref.block());
            if (ref.clause() < block.clauses().size()) {
                return "att " + block.clauses().get(ref.clause()).text();
            }
        }
        // The clauses say what was decided; the formula ("Regionstyrelsen beslutar …") is the same everywhere.
        List<String> clauses = p.decision().blocks().stream().flatMap(b -> b.renderedClauses().stream()).toList();
        return clauses.isEmpty() ? p.decision().render() : String.join("\n", clauses);
    }

    /** Title, decision and motivation: what the paragraph is about, in its own words. */
    static String text(Paragraph paragraph) {
        StringBuilder text = new StringBuilder(paragraph.title()).append('\n').append(paragraph.decision().render());
        paragraph.sections().stream().map(MotivationSection::text).forEach(t -> text.append('\n').append(t));
        return text.toString();
    }

    private static List<OperationalPlan> plans(Repositories r, Paragraph paragraph) {
        Meeting meeting = r.meetings().findById(paragraph.meeting())
                .orElseThrow(() -> new DomainException("Sammanträdet finns inte längre i arkivet."));
        List<BoardId> boards = new ArrayList<>(List.of(meeting.board()));
        r.boards().findById(meeting.board()).flatMap(Board::parentBoard).ifPresent(boards::add);
        List<OperationalPlan> current = boards.stream().flatMap(b -> r.plans().findByBoard(b).stream())
                .filter(p -> p.period().contains(meeting.date().getYear())).toList();
        return current.isEmpty() ? r.plans().findAll() : current;
    }

    private static String planOf(List<OperationalPlan> plans, GoalId goal) {
        return plans.stream().filter(p -> p.node(goal).isPresent()).map(OperationalPlan::title).findFirst().orElse("");
    }

    private static Paragraph paragraph(Repositories r, ParagraphId id) {
        return r.paragraphs().findById(id).orElseThrow(() -> new DomainException(
                "Paragrafen finns inte längre i arkivet. Välj en annan paragraf."));
    }
}
