package se.paragraf.application.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.plan.GoalNode;

/**
 * Use case: what the search field does. A query that is a diarienummer in any written form
 * answers with the case's timeline (from the database, all boards and years, filters not
 * applied); anything else is a full-text search of the index. The answer is public by default:
 * a sekretess-§ is found and shown by its title only, personnummer are masked. Safe to call from several threads,
 * so the window may start a new search per keystroke and drop the answers it no longer wants.
 */
public final class SearchParagraphs {
    private final UnitOfWork unitOfWork;
    private final LookupCase lookupCase;
    private final ParagraphIndex index;

    public SearchParagraphs(UnitOfWork unitOfWork, LookupCase lookupCase, ParagraphIndex index) {
        this.unitOfWork = unitOfWork;
        this.lookupCase = lookupCase;
        this.index = index;
    }

    /** The public answer unless {@code query} asks for the internal one ({@link SearchResults#publicView}). */
    public SearchResults search(SearchQuery query) {
        Optional<CaseNumber> caseNumber = CaseNumber.tryParse(query.text());
        SearchResults results = caseNumber.isPresent()
                ? SearchResults.ofTimeline(query.text(), lookupCase.lookup(caseNumber.get()), true)
                : index.search(query);
        return query.internal() ? results : results.publicView();
    }

    /** The boards the board filter offers, in Swedish alphabetical order. */
    public List<Board> boards() {
        return unitOfWork.transaction(r -> r.boards().findAll());
    }

    /**
     * The goals the goal filter offers: every goal area, goal and sub-goal of every plan, in plan
     * order. The filter matches a goal by its title, so a title that recurs (a plan copied to the
     * next period) is offered once.
     */
    public List<GoalNode> goals() {
        Map<String, GoalNode> byTitle = new LinkedHashMap<>();
        unitOfWork.transaction(r -> r.plans().findAll()).stream().flatMap(plan -> plan.nodes().stream())
                .forEach(node -> byTitle.putIfAbsent(node.title(), node));
        return List.copyOf(byTitle.values());
    }

    /** The index's size on disk, for the benchmark and the settings view. */
    public long indexSizeBytes() {
        return index.sizeInBytes();
    }
}
