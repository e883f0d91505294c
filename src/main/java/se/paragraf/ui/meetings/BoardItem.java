package se.paragraf.ui.meetings;

import java.util.List;
import java.util.Optional;
import se.paragraf.application.archive.BoardMeetings;
import se.paragraf.application.archive.BoardOverview;
import se.paragraf.domain.board.BoardId;

/**
 * A board's row and its meetings' rows, newest meeting first as the use case returns them;
 * {@code parent} places an utskott under its styrelse or nämnd.
 */
public record BoardItem(BoardId id, BoardId parent, MeetingsRow board, List<MeetingsRow> meetings) {
    public BoardItem {
        meetings = List.copyOf(meetings);
    }

    static BoardItem of(BoardOverview overview) {
        return new BoardItem(overview.board().id(), overview.board().parent(), MeetingsRow.of(overview.board()),
                overview.meetings().stream().map(MeetingsRow::of).toList());
    }

    /** The board before its §§ are counted: every meeting's count reads "…". */
    static BoardItem counting(BoardMeetings board) {
        return new BoardItem(board.board().id(), board.board().parent(), MeetingsRow.of(board.board()),
                board.meetings().stream().map(MeetingsRow::counting).toList());
    }

    public Optional<BoardId> parentBoard() {
        return Optional.ofNullable(parent);
    }
}
