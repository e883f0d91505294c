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
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Paragraph;

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
            List<Paragraph> paragraphs = r.paragraphs().findByCaseNumber(caseNumber);
            Map<MeetingId, Meeting> meetings = new HashMap<>();
            Map<BoardId, Board> boards = new HashMap<>();
            for (Paragraph p : paragraphs) {
                Meeting meeting = meetings.computeIfAbsent(p.meeting(), id -> r.meetings().findById(id).orElseThrow());
                boards.computeIfAbsent(meeting.board(), id -> r.boards().findById(id).orElseThrow());
            }
            List<CaseTimelineEntry> entries = paragraphs.stream().map(p -> {
                Meeting meeting = meetings.get(p.meeting());
                Board board = boards.get(meeting.board());
                return new CaseTimelineEntry(p.id(), meeting.id(), board.id(), board.name(), board.kind(),
                        meeting.date(), p.number(), p.title(), p.caseNumbers(), ParagraphKind.of(p),
                        DecisionSummary.of(p), false);
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
