package se.paragraf.application.search;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.paragraph.ParagraphHeading;

/**
 * Use case: the timeline of a case, every paragraph with its diarienummer across all boards and
 * years. Read from the database, not the index, so that it is exact even while the index is
 * being rebuilt.
 */
public final class LookupCase {
    private final UnitOfWork unitOfWork;

    public LookupCase(UnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    public CaseTimeline lookup(CaseNumber caseNumber) {
        return unitOfWork.transaction(r -> {
            List<ParagraphHeading> headings = r.paragraphs().headingsByCaseNumber(caseNumber);
            Map<BoardId, Board> boards = new HashMap<>();
            for (ParagraphHeading h : headings) {
                boards.computeIfAbsent(h.board(), id -> r.boards().findById(id).orElseThrow());
            }
            List<CaseTimelineEntry> entries = headings.stream().map(h -> {
                Board board = boards.get(h.board());
                return new CaseTimelineEntry(h.id(), h.meeting(), board.id(), board.name(), board.kind(), h.date(),
                        h.number(), h.title(), h.caseNumbers(), ParagraphKind.of(h.title(), h.decision()),
                        DecisionSummary.of(h.decision()),
                        ParagraphStandings.adjusted(r, h.id(), h.meeting()), h.confidentiality());
            }).sorted(ORDER).toList();
            return new CaseTimeline(caseNumber.caseOnly(), entries);
        });
    }

    /** A case goes up the line: on one day the utskott comes before the styrelse, the styrelse before fullmäktige. */
    private static final Comparator<CaseTimelineEntry> ORDER = Comparator
            .comparing(CaseTimelineEntry::date)
            .thenComparingInt(e -> rank(e.boardKind()))
            .thenComparing(CaseTimelineEntry::boardName)
            .thenComparing(CaseTimelineEntry::number);

    private static int rank(BoardKind kind) {
        return switch (kind) {
            case COMMITTEE -> 0;
            case BOARD -> 1;
            case EXECUTIVE_BOARD -> 2;
            case COUNCIL -> 3;
        };
    }
}
