package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Tables.ATTACHMENT;
import static se.paragraf.persistence.jooq.Tables.CLAUSE;
import static se.paragraf.persistence.jooq.Tables.DECISION_BLOCK;
import static se.paragraf.persistence.jooq.Tables.MOTIVATION_SECTION;
import static se.paragraf.persistence.jooq.Tables.PARAGRAPH_CASE_NUMBER;
import static se.paragraf.persistence.jooq.Tables.PREPARATION;
import static se.paragraf.persistence.jooq.Tables.RECIPIENT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.TableField;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Attachment;
import se.paragraf.domain.paragraph.Clause;
import se.paragraf.domain.paragraph.Confidentiality;
import se.paragraf.domain.paragraph.Proceedings;
import se.paragraf.domain.paragraph.StoredFile;
import se.paragraf.domain.paragraph.Decision;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.MotivationSection;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.Preparation;
import se.paragraf.domain.paragraph.Recipient;
import se.paragraf.persistence.jooq.tables.records.ParagraphRecord;

/**
 * Assembles paragraphs from their rows. Child rows are read per table for all requested
 * paragraphs at once (one query per table, not per paragraph), so a meeting of 40 §§ costs
 * a fixed number of queries (about twenty with the proceedings of V3).
 */
final class ParagraphReader {
    private final DSLContext dsl;

    ParagraphReader(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The paragraphs in the order of {@code rows}. */
    List<Paragraph> read(List<ParagraphRecord> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = rows.stream().map(ParagraphRecord::getId).collect(Collectors.toSet());
        Map<Long, List<CaseNumber>> caseNumbers = caseNumbers(ids);
        Map<Long, List<MotivationSection>> sections = children(ids, MOTIVATION_SECTION.PARAGRAPH_ID,
                MOTIVATION_SECTION.ORDINAL,
                r -> new MotivationSection(r.get(MOTIVATION_SECTION.HEADING), r.get(MOTIVATION_SECTION.BODY)));
        Map<Long, List<Attachment>> attachments = children(ids, ATTACHMENT.PARAGRAPH_ID, ATTACHMENT.ORDINAL,
                r -> new Attachment(r.get(ATTACHMENT.LABEL), r.get(ATTACHMENT.TITLE),
                        r.get(ATTACHMENT.CONTENT_HASH) == null ? null
                                : new StoredFile(r.get(ATTACHMENT.FILE_NAME), r.get(ATTACHMENT.CONTENT_HASH))));
        Map<Long, List<Preparation>> preparations = children(ids, PREPARATION.PARAGRAPH_ID, PREPARATION.ORDINAL,
                r -> new Preparation(r.get(PREPARATION.BOARD_NAME), r.get(PREPARATION.PREPARED_ON),
                        r.get(PREPARATION.PARAGRAPH_NUMBER) == null ? null : ParagraphNumbers.toNumber(
                                r.get(PREPARATION.PARAGRAPH_NUMBER), r.get(PREPARATION.PARAGRAPH_SUFFIX)),
                        r.get(PREPARATION.NOTE)));
        Map<Long, List<Recipient>> recipients = children(ids, RECIPIENT.PARAGRAPH_ID, RECIPIENT.ORDINAL,
                r -> new Recipient(r.get(RECIPIENT.NAME)));
        Map<Long, Decision> decisions = decisions(ids);
        Map<Long, Proceedings> proceedings = new ProceedingsRows(dsl).read(ids);

        List<Paragraph> paragraphs = new ArrayList<>(rows.size());
        for (ParagraphRecord row : rows) {
            long id = row.getId();
            paragraphs.add(new Paragraph(new ParagraphId(id), new MeetingId(row.getMeetingId()),
                    ParagraphNumbers.toNumber(row.getNumber(), row.getSuffix()), row.getTitle(),
                    caseNumbers.getOrDefault(id, List.of()), row.getResponsibleOfficial(), row.getCaseOfficer(),
                    sections.getOrDefault(id, List.of()), decisions.getOrDefault(id, Decision.NONE),
                    attachments.getOrDefault(id, List.of()), preparations.getOrDefault(id, List.of()),
                    recipients.getOrDefault(id, List.of()), row.getImmediateAdjustment(),
                    proceedings.getOrDefault(id, Proceedings.NONE),
                    row.getOslReference() == null ? null : new Confidentiality(row.getOslReference()),
                    row.getVersion()));
        }
        return paragraphs;
    }

    Map<Long, List<CaseNumber>> caseNumbers(Set<Long> ids) {
        return children(ids, PARAGRAPH_CASE_NUMBER.PARAGRAPH_ID, PARAGRAPH_CASE_NUMBER.ORDINAL,
                r -> CaseNumberColumns.toCaseNumber(r.get(PARAGRAPH_CASE_NUMBER.SERIES),
                        r.get(PARAGRAPH_CASE_NUMBER.YEAR), r.get(PARAGRAPH_CASE_NUMBER.NUMBER),
                        r.get(PARAGRAPH_CASE_NUMBER.SUB_NUMBER)));
    }

    private <T> Map<Long, List<T>> children(Set<Long> ids, TableField<?, Long> paragraphId,
                                            TableField<?, Integer> ordinal, Function<Record, T> mapper) {
        Map<Long, List<T>> byParagraph = new HashMap<>();
        dsl.selectFrom(paragraphId.getTable()).where(paragraphId.in(ids)).orderBy(paragraphId, ordinal)
                .forEach(r -> byParagraph.computeIfAbsent(r.get(paragraphId), k -> new ArrayList<>()).add(mapper.apply(r)));
        return byParagraph;
    }

    Map<Long, Decision> decisions(Set<Long> ids) {
        Result<Record> clauses = dsl.select().from(CLAUSE).where(CLAUSE.PARAGRAPH_ID.in(ids))
                .orderBy(CLAUSE.PARAGRAPH_ID, CLAUSE.BLOCK_ORDINAL, CLAUSE.ORDINAL).fetch();
        Map<List<Object>, List<Clause>> clausesByBlock = new HashMap<>();
        for (Record r : clauses) {
            clausesByBlock.computeIfAbsent(List.of(r.get(CLAUSE.PARAGRAPH_ID), r.get(CLAUSE.BLOCK_ORDINAL)),
                    k -> new ArrayList<>()).add(new Clause(r.get(CLAUSE.BODY)));
        }
        Map<Long, List<DecisionBlock>> blocks = children(ids, DECISION_BLOCK.PARAGRAPH_ID, DECISION_BLOCK.ORDINAL,
                r -> new DecisionBlock(r.get(DECISION_BLOCK.FORMULA), clausesByBlock.getOrDefault(
                        List.of(r.get(DECISION_BLOCK.PARAGRAPH_ID), r.get(DECISION_BLOCK.ORDINAL)), List.of())));
        Map<Long, Decision> decisions = new HashMap<>();
        blocks.forEach((id, list) -> decisions.put(id, new Decision(list)));
        return decisions;
    }
}
