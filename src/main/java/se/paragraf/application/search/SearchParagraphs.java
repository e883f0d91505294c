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
 * applied); anything else is a full-text search of the index. Safe to call from several threads,
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

    public SearchResults search(SearchQuery query) {
        Optional<CaseNumber> caseNumber = CaseNumber.tryParse(query.text());
        if (caseNumber.isPresent()) {
            CaseTimeline timeline = lookupCase.lookup(caseNumber.get());
            return new SearchResults(query.text(), timeline, timeline.entries().stream().map(e -> new SearchHit(
                    e.paragraph(), e.meeting(), e.board(), e.boardName(), e.date(), e.number(), e.title(),
                    e.caseNumbers(), e.kind(), e.decisionSummary(), 1f)).toList(), timeline.entries().size());
        }
        return index.search(query);
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
