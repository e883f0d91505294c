package se.paragraf.ui.meetings;

import java.util.List;
import se.paragraf.application.archive.BoardOverview;

/** A board's row and its meetings' rows, newest meeting first as the use case returns them. */
public record BoardItem(MeetingsRow board, List<MeetingsRow> meetings) {
    public BoardItem {
        meetings = List.copyOf(meetings);
    }

    static BoardItem of(BoardOverview overview) {
        return new BoardItem(MeetingsRow.of(overview), overview.meetings().stream().map(MeetingsRow::of).toList());
    }
}
