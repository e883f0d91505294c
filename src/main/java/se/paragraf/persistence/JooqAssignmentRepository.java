package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Sequences.ASSIGNMENT_SEQ;
import static se.paragraf.persistence.jooq.Tables.ASSIGNMENT;
import static se.paragraf.persistence.jooq.Tables.ASSIGNMENT_EXTENSION;
import static se.paragraf.persistence.jooq.Tables.ASSIGNMENT_REPORT;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import se.paragraf.domain.assignment.Assignment;
import se.paragraf.domain.assignment.AssignmentId;
import se.paragraf.domain.assignment.AssignmentRepository;
import se.paragraf.domain.assignment.DecisionRef;
import se.paragraf.domain.assignment.Due;
import se.paragraf.domain.assignment.Extension;
import se.paragraf.domain.assignment.ReportBack;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.persistence.jooq.tables.records.AssignmentRecord;

final class JooqAssignmentRepository implements AssignmentRepository {
    private final DSLContext dsl;

    JooqAssignmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public AssignmentId nextId() {
        return new AssignmentId(dsl.nextval(ASSIGNMENT_SEQ));
    }

    @Override
    public void save(Assignment a) {
        AssignmentRecord row = dsl.newRecord(ASSIGNMENT);
        row.setId(a.id().value());
        row.setBoardId(a.board().value());
        row.setParagraphId(a.origin().paragraph().value());
        row.setBlockIndex(a.origin().block());
        row.setClauseIndex(a.origin().clause());
        row.setGivenOn(a.givenOn());
        row.setAssignee(a.assignee());
        row.setTask(a.task());
        row.setDueDate(a.due().date());
        row.setDueText(a.due().text());
        Upsert.byId(dsl, row, ASSIGNMENT.ID);
        long id = a.id().value();
        dsl.deleteFrom(ASSIGNMENT_EXTENSION).where(ASSIGNMENT_EXTENSION.ASSIGNMENT_ID.eq(id)).execute();
        for (int i = 0; i < a.extensions().size(); i++) {
            Extension e = a.extensions().get(i);
            dsl.insertInto(ASSIGNMENT_EXTENSION)
                    .set(ASSIGNMENT_EXTENSION.ASSIGNMENT_ID, id)
                    .set(ASSIGNMENT_EXTENSION.ORDINAL, i)
                    .set(ASSIGNMENT_EXTENSION.PARAGRAPH_ID, e.paragraph().value())
                    .set(ASSIGNMENT_EXTENSION.DECIDED_ON, e.decidedOn())
                    .set(ASSIGNMENT_EXTENSION.DUE_DATE, e.newDue().date())
                    .set(ASSIGNMENT_EXTENSION.DUE_TEXT, e.newDue().text())
                    .execute();
        }
        dsl.deleteFrom(ASSIGNMENT_REPORT).where(ASSIGNMENT_REPORT.ASSIGNMENT_ID.eq(id)).execute();
        for (int i = 0; i < a.reports().size(); i++) {
            ReportBack r = a.reports().get(i);
            dsl.insertInto(ASSIGNMENT_REPORT)
                    .set(ASSIGNMENT_REPORT.ASSIGNMENT_ID, id)
                    .set(ASSIGNMENT_REPORT.ORDINAL, i)
                    .set(ASSIGNMENT_REPORT.PARAGRAPH_ID, r.paragraph().value())
                    .set(ASSIGNMENT_REPORT.REPORTED_ON, r.reportedOn())
                    .set(ASSIGNMENT_REPORT.CONCLUDES, r.concludes())
                    .execute();
        }
    }

    @Override
    public Optional<Assignment> findById(AssignmentId id) {
        return find(ASSIGNMENT.ID.eq(id.value())).stream().findFirst();
    }

    @Override
    public List<Assignment> findAll() {
        return find(DSL.trueCondition());
    }

    @Override
    public List<Assignment> findByBoard(BoardId board) {
        return find(ASSIGNMENT.BOARD_ID.eq(board.value()));
    }

    @Override
    public List<Assignment> findByParagraph(ParagraphId paragraph) {
        long p = paragraph.value();
        return find(ASSIGNMENT.PARAGRAPH_ID.eq(p)
                .or(ASSIGNMENT.ID.in(DSL.select(ASSIGNMENT_EXTENSION.ASSIGNMENT_ID).from(ASSIGNMENT_EXTENSION)
                        .where(ASSIGNMENT_EXTENSION.PARAGRAPH_ID.eq(p))))
                .or(ASSIGNMENT.ID.in(DSL.select(ASSIGNMENT_REPORT.ASSIGNMENT_ID).from(ASSIGNMENT_REPORT)
                        .where(ASSIGNMENT_REPORT.PARAGRAPH_ID.eq(p)))));
    }

    @Override
    public void delete(AssignmentId id) {
        dsl.deleteFrom(ASSIGNMENT).where(ASSIGNMENT.ID.eq(id.value())).execute();
    }

    private List<Assignment> find(Condition condition) {
        List<AssignmentRecord> rows = dsl.selectFrom(ASSIGNMENT).where(condition)
                .orderBy(ASSIGNMENT.DUE_DATE.asc().nullsLast(), ASSIGNMENT.GIVEN_ON, ASSIGNMENT.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(AssignmentRecord::getId).toList();
        Map<Long, List<Extension>> extensions = dsl.selectFrom(ASSIGNMENT_EXTENSION)
                .where(ASSIGNMENT_EXTENSION.ASSIGNMENT_ID.in(ids)).orderBy(ASSIGNMENT_EXTENSION.ORDINAL).fetch().stream()
                .collect(Collectors.groupingBy(e -> e.getAssignmentId(), Collectors.mapping(
                        e -> new Extension(new ParagraphId(e.getParagraphId()), e.getDecidedOn(),
                                new Due(e.getDueDate(), e.getDueText())), Collectors.toList())));
        Map<Long, List<ReportBack>> reports = dsl.selectFrom(ASSIGNMENT_REPORT)
                .where(ASSIGNMENT_REPORT.ASSIGNMENT_ID.in(ids)).orderBy(ASSIGNMENT_REPORT.ORDINAL).fetch().stream()
                .collect(Collectors.groupingBy(r -> r.getAssignmentId(), Collectors.mapping(
                        r -> new ReportBack(new ParagraphId(r.getParagraphId()), r.getReportedOn(), r.getConcludes()),
                        Collectors.toList())));
        return rows.stream().map(r -> new Assignment(new AssignmentId(r.getId()), new BoardId(r.getBoardId()),
                new DecisionRef(new ParagraphId(r.getParagraphId()), r.getBlockIndex(), r.getClauseIndex()), r.getGivenOn(),
                r.getAssignee(), r.getTask(), new Due(r.getDueDate(), r.getDueText()),
                extensions.getOrDefault(r.getId(), List.of()), reports.getOrDefault(r.getId(), List.of()))).toList();
    }
}
