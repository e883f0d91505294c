package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Tables.ATTACHMENT;
import static se.paragraf.persistence.jooq.Tables.CLAUSE;
import static se.paragraf.persistence.jooq.Tables.DECISION_BLOCK;
import static se.paragraf.persistence.jooq.Tables.MOTIVATION_SECTION;
import static se.paragraf.persistence.jooq.Tables.PARAGRAPH;
import static se.paragraf.persistence.jooq.Tables.PARAGRAPH_CASE_NUMBER;
import static se.paragraf.persistence.jooq.Tables.PREPARATION;
import static se.paragraf.persistence.jooq.Tables.RECIPIENT;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.function.ToLongFunction;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.TableRecord;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.paragraph.Attachment;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.MotivationSection;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.Preparation;
import se.paragraf.domain.paragraph.Recipient;
import se.paragraf.persistence.jooq.tables.records.AttachmentRecord;
import se.paragraf.persistence.jooq.tables.records.ClauseRecord;
import se.paragraf.persistence.jooq.tables.records.DecisionBlockRecord;
import se.paragraf.persistence.jooq.tables.records.MotivationSectionRecord;
import se.paragraf.persistence.jooq.tables.records.ParagraphCaseNumberRecord;
import se.paragraf.persistence.jooq.tables.records.ParagraphRecord;
import se.paragraf.persistence.jooq.tables.records.PreparationRecord;
import se.paragraf.persistence.jooq.tables.records.RecipientRecord;

/**
 * Writes a paragraph: a new one whole, a stored one as the difference from its stored rows
 * (ADR 0019), so that editing one att-sats of a § with forty rows writes one row, and the other
 * rows keep their identity.
 */
final class ParagraphWriter {
    private final DSLContext dsl;

    private final ProceedingsRows proceedings;

    ParagraphWriter(DSLContext dsl) {
        this.dsl = dsl;
        this.proceedings = new ProceedingsRows(dsl);
    }

    /** A new paragraph: its row and all its child rows. */
    void insert(ParagraphRecord row, Paragraph paragraph) {
        row.changed(true);
        dsl.insertInto(PARAGRAPH).set(row).execute();
        Map<Table<?>, List<TableRecord<?>>> children = byTable(childRows(paragraph));
        children.forEach(this::insertRows);
    }

    /**
     * What writing {@code paragraph} over its stored rows changes: its row's changed columns, and
     * per child table the rows to update, insert and delete, matched by primary key (the §'s id
     * and the positions). One query asks which child tables hold rows of the §, then only those
     * are read; nothing is written.
     */
    Changes changes(Paragraph paragraph, ParagraphRecord stored, ParagraphRecord row) {
        boolean rootChanged = false;
        row.changed(false);
        for (Field<?> field : PARAGRAPH.fields()) {
            if (!field.equals(PARAGRAPH.VERSION) && !Objects.equals(stored.get(field), row.get(field))) {
                row.changed(field, true);
                rootChanged = true;
            }
        }
        long id = paragraph.id().value();
        Map<Table<?>, List<TableRecord<?>>> wanted = byTable(childRows(paragraph));
        List<TableRecord<?>> inserts = new ArrayList<>();
        List<TableRecord<?>> updates = new ArrayList<>();
        List<TableRecord<?>> deletes = new ArrayList<>();
        Set<Table<?>> holding = tablesWithRows(id);
        for (Table<?> table : CHILD_ORDER) {
            List<TableRecord<?>> want = wanted.get(table);
            if (want.isEmpty() && !holding.contains(table)) {
                continue;
            }
            Map<List<Object>, TableRecord<?>> have = new HashMap<>();
            if (holding.contains(table)) {
                for (org.jooq.Record r : dsl.selectFrom(table).where(paragraphId(table).eq(id)).fetch()) {
                    have.put(key(table, r), (TableRecord<?>) r);
                }
            }
            for (TableRecord<?> next : want) {
                TableRecord<?> now = have.remove(key(table, next));
                if (now == null) {
                    inserts.add(next);
                } else if (markChanged(table, now, next)) {
                    updates.add(next);
                }
            }
            deletes.addAll(have.values());
        }
        return new Changes(row, rootChanged, inserts, updates, deletes);
    }

    /**
     * Writes {@code changes}: the paragraph's row at {@code version} (only if it is still at
     * {@code expected}; false and nothing written otherwise), then the child rows that differ.
     */
    boolean apply(Changes changes, long expected, long version) {
        ParagraphRecord row = changes.row();
        row.setVersion(version);
        int updated = dsl.update(PARAGRAPH).set(row)
                .where(PARAGRAPH.ID.eq(row.getId()).and(PARAGRAPH.VERSION.eq(expected))).execute();
        if (updated == 0) {
            return false;
        }
        // Children before their parents (a removed block takes its clauses along anyway), and
        // parents before their children for inserts.
        List<TableRecord<?>> deletes = new ArrayList<>(changes.deletes());
        deletes.sort(java.util.Comparator.comparingInt((TableRecord<?> r) -> CHILD_ORDER.indexOf(r.getTable()))
                .reversed());
        for (TableRecord<?> gone : deletes) {
            dsl.deleteFrom(gone.getTable()).where(keyCondition(gone)).execute();
        }
        for (TableRecord<?> changed : changes.updates()) {
            dsl.update(changed.getTable()).set(changed).where(keyCondition(changed)).execute();
        }
        byTable(changes.inserts()).forEach(this::insertRows);
        return true;
    }

    /** The rows one save writes; {@link #isEmpty()} when the paragraph is as stored. */
    record Changes(ParagraphRecord row, boolean rootChanged, List<TableRecord<?>> inserts,
                   List<TableRecord<?>> updates, List<TableRecord<?>> deletes) {
        boolean isEmpty() {
            return !rootChanged && inserts.isEmpty() && updates.isEmpty() && deletes.isEmpty();
        }
    }

    /** The child tables that hold rows of the §, in one query (most §§ leave most tables empty). */
    private Set<Table<?>> tablesWithRows(long id) {
        List<Field<Boolean>> exists = new ArrayList<>(CHILD_ORDER.size());
        for (Table<?> table : CHILD_ORDER) {
            exists.add(org.jooq.impl.DSL.field(org.jooq.impl.DSL.exists(
                    dsl.selectOne().from(table).where(paragraphId(table).eq(id)))));
        }
        org.jooq.Record flags = dsl.select(exists).fetchOne();
        Set<Table<?>> tables = new HashSet<>();
        for (int i = 0; i < CHILD_ORDER.size(); i++) {
            if (Boolean.TRUE.equals(flags.get(i))) {
                tables.add(CHILD_ORDER.get(i));
            }
        }
        return tables;
    }

    @SuppressWarnings("unchecked")
    private static Field<Long> paragraphId(Table<?> table) {
        return (Field<Long>) table.field("paragraph_id");
    }

    private static List<Object> key(Table<?> table, org.jooq.Record row) {
        List<Object> key = new ArrayList<>(3);
        for (Field<?> field : table.getPrimaryKey().getFields()) {
            key.add(row.get(field));
        }
        return key;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static org.jooq.Condition keyCondition(TableRecord<?> row) {
        org.jooq.Condition condition = org.jooq.impl.DSL.noCondition();
        for (Field field : row.getTable().getPrimaryKey().getFields()) {
            condition = condition.and(field.eq(row.get(field)));
        }
        return condition;
    }

    /** Marks the columns of {@code next} that differ from {@code now}; true if any does. */
    private static boolean markChanged(Table<?> table, org.jooq.Record now, TableRecord<?> next) {
        next.changed(false);
        boolean any = false;
        List<? extends Field<?>> keyFields = table.getPrimaryKey().getFields();
        for (Field<?> field : table.fields()) {
            if (!keyFields.contains(field) && !Objects.equals(now.get(field), next.get(field))) {
                next.changed(field, true);
                any = true;
            }
        }
        return any;
    }

    private static Map<Table<?>, List<TableRecord<?>>> byTable(List<TableRecord<?>> rows) {
        Map<Table<?>, List<TableRecord<?>>> children = new LinkedHashMap<>();
        CHILD_ORDER.forEach(table -> children.put(table, new ArrayList<>()));
        for (TableRecord<?> child : rows) {
            children.get(child.getTable()).add(child);
        }
        return children;
    }

    /**
     * New paragraphs only: multi-row INSERTs per table, parents before children. jOOQ's
     * batchInsert renders the SQL once per record, which dominates at 100,000 paragraphs.
     */
    void insertAll(List<Paragraph> paragraphs, ToLongFunction<Paragraph> boardId, ToIntFunction<Paragraph> seriesYear) {
        List<ParagraphRecord> roots = new ArrayList<>(paragraphs.size());
        Map<Table<?>, List<TableRecord<?>>> children = new LinkedHashMap<>();
        CHILD_ORDER.forEach(table -> children.put(table, new ArrayList<>()));
        for (Paragraph paragraph : paragraphs) {
            roots.add(row(paragraph, boardId.applyAsLong(paragraph), seriesYear.applyAsInt(paragraph)));
            for (TableRecord<?> child : childRows(paragraph)) {
                children.get(child.getTable()).add(child);
            }
        }
        insertRows(PARAGRAPH, roots);
        children.forEach(this::insertRows);
    }

    /** Blocks before their clauses: the foreign key needs them first. */
    private static final List<Table<?>> CHILD_ORDER = java.util.stream.Stream.concat(
            java.util.stream.Stream.of(PARAGRAPH_CASE_NUMBER, MOTIVATION_SECTION, DECISION_BLOCK, CLAUSE, ATTACHMENT,
                    PREPARATION, RECIPIENT), ProceedingsRows.TABLES.stream()).toList();
    private static final int ROWS_PER_INSERT = 500;

    private void insertRows(Table<?> table, List<? extends TableRecord<?>> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            List<? extends TableRecord<?>> chunk = rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT));
            dsl.insertInto(table).columns(table.fields()).valuesOfRecords(chunk).execute();
        }
    }

    ParagraphRecord row(Paragraph paragraph, long boardId, int seriesYear) {
        ParagraphRecord row = dsl.newRecord(PARAGRAPH);
        row.setId(paragraph.id().value());
        row.setMeetingId(paragraph.meeting().value());
        row.setBoardId(boardId);
        row.setSeriesYear(seriesYear);
        row.setNumber(paragraph.number().number());
        row.setSuffix(ParagraphNumbers.suffixColumn(paragraph.number()));
        row.setTitle(paragraph.title());
        row.setResponsibleOfficial(paragraph.responsibleOfficial());
        row.setCaseOfficer(paragraph.caseOfficer());
        row.setImmediateAdjustment(paragraph.immediateAdjustment());
        row.setOslReference(paragraph.confidentiality() == null ? null : paragraph.confidentiality().oslReference());
        row.setVersion(paragraph.version());
        return row;
    }

    private List<TableRecord<?>> childRows(Paragraph paragraph) {
        long id = paragraph.id().value();
        List<TableRecord<?>> rows = new ArrayList<>();
        for (int i = 0; i < paragraph.caseNumbers().size(); i++) {
            rows.add(caseNumber(id, i, paragraph.caseNumbers().get(i)));
        }
        for (int i = 0; i < paragraph.sections().size(); i++) {
            rows.add(section(id, i, paragraph.sections().get(i)));
        }
        List<DecisionBlock> blocks = paragraph.decision().blocks();
        for (int b = 0; b < blocks.size(); b++) {
            rows.add(block(id, b, blocks.get(b)));
        }
        // Clauses after all blocks: a batch keeps statement order, and a clause needs its block.
        for (int b = 0; b < blocks.size(); b++) {
            for (int c = 0; c < blocks.get(b).clauses().size(); c++) {
                rows.add(clause(id, b, c, blocks.get(b).clauses().get(c).text()));
            }
        }
        for (int i = 0; i < paragraph.attachments().size(); i++) {
            rows.add(attachment(id, i, paragraph.attachments().get(i)));
        }
        for (int i = 0; i < paragraph.preparations().size(); i++) {
            rows.add(preparation(id, i, paragraph.preparations().get(i)));
        }
        for (int i = 0; i < paragraph.recipients().size(); i++) {
            rows.add(recipient(id, i, paragraph.recipients().get(i)));
        }
        rows.addAll(proceedings.rows(id, paragraph.proceedings()));
        return rows;
    }

    private ParagraphCaseNumberRecord caseNumber(long id, int ordinal, CaseNumber caseNumber) {
        ParagraphCaseNumberRecord row = dsl.newRecord(PARAGRAPH_CASE_NUMBER);
        row.setParagraphId(id);
        row.setOrdinal(ordinal);
        row.setSeries(caseNumber.series());
        row.setYear(caseNumber.year());
        row.setNumber(caseNumber.number());
        row.setSubNumber(caseNumber.subNumber());
        row.setCanonicalCase(CaseNumberColumns.key(caseNumber));
        return row;
    }

    private MotivationSectionRecord section(long id, int ordinal, MotivationSection section) {
        MotivationSectionRecord row = dsl.newRecord(MOTIVATION_SECTION);
        row.setParagraphId(id);
        row.setOrdinal(ordinal);
        row.setHeading(section.heading());
        row.setBody(section.text());
        return row;
    }

    private DecisionBlockRecord block(long id, int ordinal, DecisionBlock block) {
        DecisionBlockRecord row = dsl.newRecord(DECISION_BLOCK);
        row.setParagraphId(id);
        row.setOrdinal(ordinal);
        row.setFormula(block.formula());
        return row;
    }

    private ClauseRecord clause(long id, int blockOrdinal, int ordinal, String text) {
        ClauseRecord row = dsl.newRecord(CLAUSE);
        row.setParagraphId(id);
        row.setBlockOrdinal(blockOrdinal);
        row.setOrdinal(ordinal);
        row.setBody(text);
        return row;
    }

    private AttachmentRecord attachment(long id, int ordinal, Attachment attachment) {
        AttachmentRecord row = dsl.newRecord(ATTACHMENT);
        row.setParagraphId(id);
        row.setOrdinal(ordinal);
        row.setLabel(attachment.label());
        row.setTitle(attachment.title());
        attachment.storedFile().ifPresent(file -> {
            row.setFileName(file.fileName());
            row.setContentHash(file.contentHash());
        });
        return row;
    }

    private PreparationRecord preparation(long id, int ordinal, Preparation preparation) {
        PreparationRecord row = dsl.newRecord(PREPARATION);
        row.setParagraphId(id);
        row.setOrdinal(ordinal);
        row.setBoardName(preparation.boardName());
        row.setPreparedOn(preparation.date());
        if (preparation.paragraph() != null) {
            row.setParagraphNumber(preparation.paragraph().number());
            row.setParagraphSuffix(preparation.paragraph().suffix());
        }
        row.setNote(preparation.note());
        return row;
    }

    private RecipientRecord recipient(long id, int ordinal, Recipient recipient) {
        RecipientRecord row = dsl.newRecord(RECIPIENT);
        row.setParagraphId(id);
        row.setOrdinal(ordinal);
        row.setName(recipient.name());
        return row;
    }
}
