package se.paragraf.ui.boards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardKind;

/** A board in the list, with its kind; an utskott comes right after its board, indented. */
public record BoardRow(Board board, boolean nested) {
    /** Fullmäktige, styrelser, nämnder in that order, each by name, each followed by its utskott. */
    static List<BoardRow> ordered(List<Board> boards) {
        Comparator<Board> order = Comparator.comparing(Board::kind).thenComparing(Board::name);
        List<BoardRow> rows = new ArrayList<>();
        boards.stream().filter(b -> b.kind() != BoardKind.COMMITTEE).sorted(order).forEach(parent -> {
            rows.add(new BoardRow(parent, false));
            boards.stream().filter(b -> parent.id().equals(b.parent())).sorted(order)
                    .forEach(committee -> rows.add(new BoardRow(committee, true)));
        });
        return rows;
    }

    @Override
    public String toString() {
        return board.name();
    }
}
