package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Sequences.BOARD_SEQ;
import static se.paragraf.persistence.jooq.Tables.BOARD;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import se.paragraf.domain.board.Board;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.board.BoardKind;
import se.paragraf.domain.board.BoardRepository;
import se.paragraf.persistence.jooq.tables.records.BoardRecord;

final class JooqBoardRepository implements BoardRepository {
    private final DSLContext dsl;

    JooqBoardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public BoardId nextId() {
        return new BoardId(dsl.nextval(BOARD_SEQ));
    }

    @Override
    public void save(Board board) {
        BoardRecord row = dsl.newRecord(BOARD);
        row.setId(board.id().value());
        row.setName(board.name());
        row.setKind(board.kind().name());
        row.setParentId(board.parentBoard().map(BoardId::value).orElse(null));
        row.setAdjusterCount(board.adjusterCount());
        Upsert.byId(dsl, row, BOARD.ID);
    }

    @Override
    public Optional<Board> findById(BoardId id) {
        return dsl.selectFrom(BOARD).where(BOARD.ID.eq(id.value())).fetchOptional(JooqBoardRepository::toBoard);
    }

    @Override
    public Optional<Board> findByName(String name) {
        return dsl.selectFrom(BOARD).where(BOARD.NAME.eq(name.strip())).fetchOptional(JooqBoardRepository::toBoard);
    }

    @Override
    public List<Board> findAll() {
        Comparator<Board> order = SwedishOrder.<Board>by(Board::name).thenComparingLong(b -> b.id().value());
        return dsl.selectFrom(BOARD).fetch(JooqBoardRepository::toBoard).stream().sorted(order).toList();
    }

    @Override
    public long count() {
        return dsl.fetchCount(BOARD);
    }

    private static Board toBoard(BoardRecord row) {
        return new Board(new BoardId(row.getId()), row.getName(), BoardKind.valueOf(row.getKind()),
                row.getParentId() == null ? null : new BoardId(row.getParentId()), row.getAdjusterCount());
    }
}
