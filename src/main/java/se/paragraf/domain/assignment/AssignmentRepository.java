package se.paragraf.domain.assignment;

import java.util.List;
import java.util.Optional;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.paragraph.ParagraphId;

public interface AssignmentRepository {
    AssignmentId nextId();

    /** Inserts or replaces the assignment with its extensions and report-backs. */
    void save(Assignment assignment);

    Optional<Assignment> findById(AssignmentId id);

    /** Every assignment, by due date (those without a date last). */
    List<Assignment> findAll();

    List<Assignment> findByBoard(BoardId board);

    /** Assignments given by, extended by or reported back on by the paragraph. */
    List<Assignment> findByParagraph(ParagraphId paragraph);

    void delete(AssignmentId id);
}
