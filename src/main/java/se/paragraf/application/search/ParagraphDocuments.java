package se.paragraf.application.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import se.paragraf.application.Repositories;
import se.paragraf.application.UnitOfWork;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.shared.DomainException;

/** Reads paragraphs from the archive together with their meeting and board, as the index wants them. */
final class ParagraphDocuments {
    /** Large enough to keep the queries per paragraph low, small enough for a 512 MB heap. */
    private static final int PAGE = 1000;

    private ParagraphDocuments() {
    }

    static IndexedParagraph of(Repositories r, Paragraph paragraph) {
        Meeting meeting = r.meetings().findById(paragraph.meeting()).orElseThrow(() -> missing(paragraph));
        Board board = r.boards().findById(meeting.board()).orElseThrow(() -> missing(paragraph));
        return IndexedParagraph.of(paragraph, meeting, board, ParagraphStandings.of(r, paragraph).of(paragraph));
    }

    /** Every paragraph of the archive, one page per transaction so that no transaction grows large. */
    static void all(UnitOfWork unitOfWork, Consumer<IndexedParagraph> sink) {
        Map<BoardId, Board> boards = new HashMap<>();
        Map<MeetingId, Meeting> meetings = new HashMap<>();
        ParagraphStandings standings = unitOfWork.transaction(r -> {
            r.boards().findAll().forEach(board -> {
                boards.put(board.id(), board);
                r.meetings().findByBoard(board.id()).forEach(m -> meetings.put(m.id(), m));
            });
            return ParagraphStandings.all(r);
        });
        ParagraphId after = null;
        while (true) {
            ParagraphId from = after;
            List<Paragraph> page = unitOfWork.transaction(r -> r.paragraphs().findAfter(from, PAGE));
            for (Paragraph paragraph : page) {
                Meeting meeting = meetings.get(paragraph.meeting());
                if (meeting == null) {
                    // Written after the meetings were read: look it up instead of missing it.
                    sink.accept(unitOfWork.transaction(r -> of(r, paragraph)));
                } else {
                    sink.accept(IndexedParagraph.of(paragraph, meeting, boards.get(meeting.board()),
                            standings.of(paragraph)));
                }
            }
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).id();
        }
    }

    private static DomainException missing(Paragraph paragraph) {
        return new DomainException("Sammanträdet som § " + paragraph.number() + " hör till finns inte i arkivet.");
    }
}
