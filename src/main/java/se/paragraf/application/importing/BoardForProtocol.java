package se.paragraf.application.importing;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.paragraf.application.Repositories;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardKind;

/**
 * Finds the protocol's board by name, or creates it with the kind its name suggests:
 * "…fullmäktige" a council, "…utskottet" a committee under the archive's only styrelse,
 * "…styrelsen" an executive board, anything else a nämnd.
 */
final class BoardForProtocol {
    private BoardForProtocol() {
    }

    /** {@code created}: the board is new with this import, so its settings may follow the protocol. */
    record Found(Board board, boolean created) {
    }

    static Found findOrCreate(Repositories r, String name, List<String> warnings) {
        Optional<Board> known = r.boards().findByName(name);
        if (known.isPresent()) {
            return new Found(known.get(), false);
        }
        Optional<Board> sameIgnoringCase = r.boards().findAll().stream()
                .filter(b -> b.name().equalsIgnoreCase(name)).findFirst();
        if (sameIgnoringCase.isPresent()) {
            return new Found(sameIgnoringCase.get(), false);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        Board board;
        if (lower.contains("fullmäktige")) {
            board = Board.of(r.boards().nextId(), name, BoardKind.COUNCIL);
        } else if (lower.contains("utskott")) {
            List<Board> executive = r.boards().findAll().stream()
                    .filter(b -> b.kind() == BoardKind.EXECUTIVE_BOARD).toList();
            if (executive.size() == 1) {
                board = new Board(r.boards().nextId(), name, BoardKind.COMMITTEE, executive.get(0).id(), 1);
            } else {
                board = Board.of(r.boards().nextId(), name, BoardKind.BOARD);
                warnings.add(name + " skapades som nämnd eftersom arkivet inte har exakt en styrelse att lägga "
                        + "utskottet under – ändra organets typ om det behövs.");
            }
        } else if (lower.contains("styrelse")) {
            board = Board.of(r.boards().nextId(), name, BoardKind.EXECUTIVE_BOARD);
        } else {
            board = Board.of(r.boards().nextId(), name, BoardKind.BOARD);
            if (!lower.contains("nämnd")) {
                warnings.add(name + " skapades som nämnd – ändra organets typ om det behövs.");
            }
        }
        r.boards().save(board);
        return new Found(board, true);
    }
}
