package se.paragraf.persistence;

import static se.paragraf.persistence.jooq.Sequences.PARAGRAPH_SEQ;
import static se.paragraf.persistence.jooq.Tables.BOARD;
import static se.paragraf.persistence.jooq.Tables.MEETING;
import static se.paragraf.persistence.jooq.Tables.PARAGRAPH;
import static se.paragraf.persistence.jooq.Tables.PARAGRAPH_CASE_NUMBER;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import se.paragraf.domain.audit.Canonical;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jooq.Record2;
import org.jooq.Record3;
import org.jooq.exception.IntegrityConstraintViolationException;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.Confidentiality;
import se.paragraf.domain.paragraph.Decision;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.paragraph.ParagraphHeading;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.domain.paragraph.ParagraphSpan;
import se.paragraf.domain.paragraph.ParagraphRepository;
import se.paragraf.domain.paragraph.ParagraphSeries;
import se.paragraf.domain.shared.DomainException;
import se.paragraf.domain.shared.StaleVersionException;
import se.paragraf.persistence.jooq.tables.records.ParagraphRecord;

final class JooqParagraphRepository implements ParagraphRepository {
    /** PostgreSQL's and H2's SQLSTATE for a unique violation. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** Larger than any § number a board reaches in a year, smaller than integer overflow. */
    private static final int OUT_OF_THE_WAY = 1_000_000;

    private final DSLContext dsl;
    private final ParagraphReader reader;
    private final ParagraphWriter writer;

    private final AuditRecorder audit;

    JooqParagraphRepository(DSLContext dsl, AuditRecorder audit) {
        this.dsl = dsl;
        this.audit = audit;
        this.reader = new ParagraphReader(dsl);
        this.writer = new ParagraphWriter(dsl);
    }

    @Override
    public ParagraphId nextId() {
        return new ParagraphId(dsl.nextval(PARAGRAPH_SEQ));
    }

    /**
     * The UNIQUE constraint, not a prior read, guards the series, so two writers cannot both win.
     * A stored § is written as the difference from its rows, at the next version, and only if
     * it is still at the version it was read at (ADR 0019); a save that changes nothing writes
     * nothing, not even to the audit trail.
     */
    @Override
    public long save(Paragraph paragraph) {
        long id = paragraph.id().value();
        ParagraphRecord stored = dsl.selectFrom(PARAGRAPH).where(PARAGRAPH.ID.eq(id)).fetchOne();
        if (stored != null && stored.getVersion() != paragraph.version()) {
            throw stale(paragraph, stored.getVersion());
        }
        long boardId;
        int seriesYear;
        if (stored != null && stored.getMeetingId() == paragraph.meeting().value()) {
            // Kept equal to the meeting's by the composite foreign key (V1).
            boardId = stored.getBoardId();
            seriesYear = stored.getSeriesYear();
        } else {
            Record2<Long, Integer> meeting = dsl.select(MEETING.BOARD_ID, MEETING.SERIES_YEAR).from(MEETING)
                    .where(MEETING.ID.eq(paragraph.meeting().value()))
                    .fetchOptional()
                    .orElseThrow(() -> new DomainException("Sammanträdet som § " + paragraph.number()
                            + " hör till finns inte i arkivet. Spara sammanträdet först."));
            boardId = meeting.value1();
            seriesYear = meeting.value2();
        }
        // Read before writing: after a failed statement PostgreSQL answers nothing more in the transaction.
        String board = stored != null && stored.getNumber() == paragraph.number().number()
                && stored.getSuffix().equals(ParagraphNumbers.suffixColumn(paragraph.number()))
                && stored.getMeetingId() == paragraph.meeting().value() ? null
                : dsl.select(BOARD.NAME).from(BOARD).where(BOARD.ID.eq(boardId)).fetchOne(BOARD.NAME);
        try {
            ParagraphRecord row = writer.row(paragraph, boardId, seriesYear);
            if (stored == null) {
                recordSaved(paragraph);
                writer.insert(row, paragraph);
                return paragraph.version();
            }
            ParagraphWriter.Changes changes = writer.changes(paragraph, stored, row);
            if (changes.isEmpty()) {
                return stored.getVersion();
            }
            recordSaved(paragraph);
            long next = stored.getVersion() + 1;
            if (!writer.apply(changes, stored.getVersion(), next)) {
                throw stale(paragraph, versionOf(paragraph.id()).orElse(next));
            }
            return next;
        } catch (IntegrityConstraintViolationException e) {
            if (UNIQUE_VIOLATION.equals(e.sqlState())) {
                throw new DomainException("§ " + paragraph.number() + " finns redan i " + board
                        + "s paragrafserie för " + seriesYear + ". Välj ett annat paragrafnummer.");
            }
            throw e;
        }
    }

    private void recordSaved(Paragraph paragraph) {
        audit.record(paragraph.meeting().value(), AuditRecorder.SAVED, "paragraph",
                "§ " + paragraph.number() + " (id " + paragraph.id().value() + ")", Canonical.sha256(paragraph));
    }

    private static StaleVersionException stale(Paragraph paragraph, long stored) {
        return new StaleVersionException("§ " + paragraph.number(), stored, paragraph.version());
    }

    @Override
    public OptionalLong versionOf(ParagraphId id) {
        Long version = dsl.select(PARAGRAPH.VERSION).from(PARAGRAPH).where(PARAGRAPH.ID.eq(id.value()))
                .fetchOne(PARAGRAPH.VERSION);
        return version == null ? OptionalLong.empty() : OptionalLong.of(version);
    }

    @Override
    public void insertAll(List<Paragraph> paragraphs) {
        if (paragraphs.isEmpty()) {
            return;
        }
        Map<Long, Record3<Long, Long, Integer>> meetings = dsl
                .select(MEETING.ID, MEETING.BOARD_ID, MEETING.SERIES_YEAR).from(MEETING)
                .where(MEETING.ID.in(paragraphs.stream().map(p -> p.meeting().value()).distinct().toList()))
                .fetchMap(MEETING.ID);
        for (Paragraph p : paragraphs) {
            if (!meetings.containsKey(p.meeting().value())) {
                throw new DomainException("Sammanträdet som § " + p.number()
                        + " hör till finns inte i arkivet. Spara sammanträdet först.");
            }
        }
        try {
            writer.insertAll(paragraphs, p -> meetings.get(p.meeting().value()).value2(),
                    p -> meetings.get(p.meeting().value()).value3());
        } catch (IntegrityConstraintViolationException e) {
            if (UNIQUE_VIOLATION.equals(e.sqlState())) {
                throw new DomainException("Några av paragraferna finns redan, eller deras paragrafnummer är "
                        + "upptagna i organets serie. Inget av dem sparades.");
            }
            throw e;
        }
    }

    @Override
    public Optional<Paragraph> findById(ParagraphId id) {
        return reader.read(dsl.selectFrom(PARAGRAPH).where(PARAGRAPH.ID.eq(id.value())).fetch())
                .stream().findFirst();
    }

    @Override
    public List<Paragraph> findByMeeting(MeetingId meeting) {
        return reader.read(dsl.selectFrom(PARAGRAPH).where(PARAGRAPH.MEETING_ID.eq(meeting.value())).fetch())
                .stream().sorted(Comparator.comparing(Paragraph::number)).toList();
    }

    @Override
    public List<ParagraphNumber> numbersOf(MeetingId meeting) {
        return dsl.select(PARAGRAPH.NUMBER, PARAGRAPH.SUFFIX).from(PARAGRAPH)
                .where(PARAGRAPH.MEETING_ID.eq(meeting.value()))
                .fetch(r -> ParagraphNumbers.toNumber(r.value1(), r.value2()))
                .stream().sorted().toList();
    }

    /**
     * Orders §§ in SQL as the domain does: number * 100 plus the suffix's place in the Swedish
     * alphabet (0 for none), since collations disagree on å, ä, ö. One row per meeting comes back.
     */
    @Override
    public Map<MeetingId, ParagraphSpan> spansByMeeting() {
        // Narrow rows folded in Java: H2 took over a second to group 100,000 rows by a computed § key.
        Map<Long, ParagraphNumber[]> firstAndLast = new HashMap<>();
        Map<Long, Integer> counts = new HashMap<>();
        try (var rows = dsl.select(PARAGRAPH.MEETING_ID, PARAGRAPH.NUMBER, PARAGRAPH.SUFFIX).from(PARAGRAPH).fetchLazy()) {
            for (var row : rows) {
                ParagraphNumber number = ParagraphNumbers.toNumber(row.value2(), row.value3());
                counts.merge(row.value1(), 1, Integer::sum);
                firstAndLast.merge(row.value1(), new ParagraphNumber[] {number, number}, (span, one) -> {
                    if (one[0].compareTo(span[0]) < 0) {
                        span[0] = one[0];
                    }
                    if (one[1].compareTo(span[1]) > 0) {
                        span[1] = one[1];
                    }
                    return span;
                });
            }
        }
        Map<MeetingId, ParagraphSpan> spans = new HashMap<>();
        firstAndLast.forEach((meeting, span) ->
                spans.put(new MeetingId(meeting), new ParagraphSpan(counts.get(meeting), span[0], span[1])));
        return spans;
    }

    /** Sorted in Java by the domain's § order: SQL collations disagree on å, ä, ö suffixes. */
    @Override
    public List<Paragraph> findByCaseNumber(CaseNumber caseNumber) {
        List<ParagraphRecord> rows = dsl.selectFrom(PARAGRAPH)
                .where(PARAGRAPH.ID.in(dsl.select(PARAGRAPH_CASE_NUMBER.PARAGRAPH_ID).from(PARAGRAPH_CASE_NUMBER)
                        .where(PARAGRAPH_CASE_NUMBER.CANONICAL_CASE.eq(CaseNumberColumns.key(caseNumber)))))
                .fetch();
        Map<Long, LocalDate> meetingDates = dsl.select(MEETING.ID, MEETING.MEETING_DATE).from(MEETING)
                .where(MEETING.ID.in(rows.stream().map(ParagraphRecord::getMeetingId).toList()))
                .fetchMap(MEETING.ID, MEETING.MEETING_DATE);
        Comparator<Paragraph> order = Comparator
                .<Paragraph, LocalDate>comparing(p -> meetingDates.get(p.meeting().value()))
                .thenComparingLong(p -> p.meeting().value())
                .thenComparing(Paragraph::number);
        return reader.read(rows).stream().sorted(order).toList();
    }

    /** One join for the rows, then case numbers and decisions for all of them at once: four queries in all. */
    @Override
    public List<ParagraphHeading> headingsByCaseNumber(CaseNumber caseNumber) {
        var rows = dsl.select(PARAGRAPH.ID, PARAGRAPH.MEETING_ID, PARAGRAPH.BOARD_ID, MEETING.MEETING_DATE,
                        PARAGRAPH.NUMBER, PARAGRAPH.SUFFIX, PARAGRAPH.TITLE, PARAGRAPH.OSL_REFERENCE)
                .from(PARAGRAPH_CASE_NUMBER)
                .join(PARAGRAPH).on(PARAGRAPH.ID.eq(PARAGRAPH_CASE_NUMBER.PARAGRAPH_ID))
                .join(MEETING).on(MEETING.ID.eq(PARAGRAPH.MEETING_ID))
                .where(PARAGRAPH_CASE_NUMBER.CANONICAL_CASE.eq(CaseNumberColumns.key(caseNumber)))
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        Set<Long> ids = rows.stream().map(r -> r.get(PARAGRAPH.ID)).collect(Collectors.toSet());
        Map<Long, List<CaseNumber>> caseNumbers = reader.caseNumbers(ids);
        Map<Long, Decision> decisions = reader.decisions(ids);
        return rows.stream().map(r -> new ParagraphHeading(new ParagraphId(r.get(PARAGRAPH.ID)),
                new MeetingId(r.get(PARAGRAPH.MEETING_ID)), new BoardId(r.get(PARAGRAPH.BOARD_ID)),
                r.get(MEETING.MEETING_DATE), ParagraphNumbers.toNumber(r.get(PARAGRAPH.NUMBER), r.get(PARAGRAPH.SUFFIX)),
                r.get(PARAGRAPH.TITLE), caseNumbers.getOrDefault(r.get(PARAGRAPH.ID), List.of()),
                decisions.getOrDefault(r.get(PARAGRAPH.ID), Decision.NONE),
                r.get(PARAGRAPH.OSL_REFERENCE) == null ? null : new Confidentiality(r.get(PARAGRAPH.OSL_REFERENCE))))
                .toList();
    }

    @Override
    public ParagraphSeries seriesOf(BoardId board, int year) {
        List<ParagraphNumber> taken = dsl.select(PARAGRAPH.NUMBER, PARAGRAPH.SUFFIX).from(PARAGRAPH)
                .where(PARAGRAPH.BOARD_ID.eq(board.value()).and(PARAGRAPH.SERIES_YEAR.eq(year)))
                .fetch(r -> ParagraphNumbers.toNumber(r.value1(), r.value2()));
        return new ParagraphSeries(board, year, taken);
    }

    @Override
    public List<Paragraph> findAfter(ParagraphId after, int limit) {
        return reader.read(dsl.selectFrom(PARAGRAPH)
                .where(after == null ? PARAGRAPH.ID.isNotNull() : PARAGRAPH.ID.gt(after.value()))
                .orderBy(PARAGRAPH.ID).limit(limit).fetch());
    }

    @Override
    public long count() {
        return dsl.fetchCount(PARAGRAPH);
    }

    @Override
    public void delete(ParagraphId id) {
        findById(id).ifPresent(p -> audit.record(p.meeting().value(), AuditRecorder.DELETED, "paragraph",
                "§ " + p.number() + " (id " + id.value() + ")", Canonical.sha256(p)));
        dsl.deleteFrom(PARAGRAPH).where(PARAGRAPH.ID.eq(id.value())).execute();
    }

    /** Two steps: first out of the way (above any real number), then to the final numbers. */
    @Override
    public void renumber(Map<ParagraphId, ParagraphNumber> numbers) {
        for (ParagraphId id : numbers.keySet()) {
            dsl.update(PARAGRAPH).set(PARAGRAPH.NUMBER, PARAGRAPH.NUMBER.plus(OUT_OF_THE_WAY))
                    .where(PARAGRAPH.ID.eq(id.value())).execute();
        }
        try {
            numbers.forEach((id, number) -> dsl.update(PARAGRAPH).set(PARAGRAPH.NUMBER, number.number())
                    .set(PARAGRAPH.SUFFIX, ParagraphNumbers.suffixColumn(number))
                    .set(PARAGRAPH.VERSION, DSL.when(PARAGRAPH.NUMBER.eq(number.number() + OUT_OF_THE_WAY)
                                    .and(PARAGRAPH.SUFFIX.eq(ParagraphNumbers.suffixColumn(number))), PARAGRAPH.VERSION)
                            .otherwise(PARAGRAPH.VERSION.plus(1)))
                    .where(PARAGRAPH.ID.eq(id.value())).execute());
        } catch (IntegrityConstraintViolationException e) {
            if (UNIQUE_VIOLATION.equals(e.sqlState())) {
                throw new DomainException("Paragraferna kan inte numreras om: numren är redan upptagna av ett annat "
                        + "sammanträde samma år. Kontrollera organets paragrafserie.");
            }
            throw e;
        }
    }
}
