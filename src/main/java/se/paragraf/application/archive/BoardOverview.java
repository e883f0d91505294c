package se.paragraf.application.archive;

import java.util.List;
import se.paragraf.domain.board.Board;

/** A board and its meetings, newest first: one branch of the Sammanträden view. */
public record BoardOverview(Board board, List<MeetingOverview> meetings) {
    public BoardOverview {
        meetings = List.copyOf(meetings);
    }
}
