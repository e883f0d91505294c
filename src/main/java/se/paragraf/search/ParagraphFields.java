package se.paragraf.search;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import se.paragraf.application.search.DecisionSummary;
import se.paragraf.application.search.IndexedParagraph;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.paragraph.Confidentiality;
import se.paragraf.domain.paragraph.DecisionBlock;
import se.paragraf.domain.paragraph.MotivationSection;
import se.paragraf.domain.paragraph.Paragraph;
import se.paragraf.domain.shared.PersonalNumbers;

/** The index's fields and how a paragraph becomes a document. */
final class ParagraphFields {
    static final String ID = "id";
    static final String MEETING = "meeting";
    static final String BOARD = "board";
    static final String BOARD_NAME = "board_name";
    static final String DATE = "date";
    /** Epoch day, for sorting by date. */
    static final String DAY = "day";
    static final String YEAR = "year";
    static final String NUMBER = "number";
    static final String TITLE = "title";
    /** Title, decision and motivation in one analysed field: what is searched and highlighted. */
    static final String TEXT = "text";
    static final String SUMMARY = "summary";
    /** Case numbers without sub-number, canonical ("RS 2025/1523"), the lookup key. */
    static final String CASE = "case";
    /** Compact form ("25RS1523"), as the region prints it. */
    static final String CASE_COMPACT = "case_compact";
    /** Compact forms as words, so that "25RS1523 revisionsrapport" finds the paragraph too. */
    static final String CASE_WORDS = "case_words";
    /** As written on the paragraph, sub-number included, in order. */
    static final String CASES_STORED = "cases";
    static final String KIND = "kind";
    static final String ADJUSTED = "adjusted";
    static final String ASSIGNMENTS = "assignments";
    static final String GOAL = "goal";
    /**
     * "true" on a § whose public text differs from its text: under sekretess, or with a personnummer.
     * A public search finds such a § only by {@link #PUBLIC_TEXT} and shows {@link #PUBLIC_SUMMARY}.
     */
    static final String RESTRICTED = "restricted";
    /** What the public version shows: the masked title and, under sekretess, only its OSL reference. */
    static final String PUBLIC_TEXT = "public_text";
    static final String PUBLIC_SUMMARY = "public_summary";

    /** Offsets in the postings let the highlighter skip re-analysing the stored text. */
    private static final FieldType TEXT_WITH_OFFSETS = new FieldType(TextField.TYPE_STORED);

    static {
        TEXT_WITH_OFFSETS.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_WITH_OFFSETS.freeze();
    }

    private ParagraphFields() {
    }

    static Document document(IndexedParagraph indexed) {
        Paragraph p = indexed.paragraph();
        Document doc = new Document();
        doc.add(new StringField(ID, Long.toString(p.id().value()), Field.Store.YES));
        doc.add(new StoredField(MEETING, p.meeting().value()));
        doc.add(new StringField(BOARD, Long.toString(indexed.board().id().value()), Field.Store.YES));
        doc.add(new StoredField(BOARD_NAME, indexed.board().name()));
        doc.add(new StoredField(DATE, indexed.date().toString()));
        doc.add(new NumericDocValuesField(DAY, indexed.date().toEpochDay()));
        doc.add(new IntPoint(YEAR, indexed.date().getYear()));
        doc.add(new StoredField(NUMBER, p.number().toString()));
        doc.add(new TextField(TITLE, p.title(), Field.Store.YES));
        String text = text(p);
        String summary = DecisionSummary.of(p);
        doc.add(new Field(TEXT, text, TEXT_WITH_OFFSETS));
        doc.add(new StoredField(SUMMARY, summary));
        String publicText = p.secrecy().map(s -> PersonalNumbers.mask(p.title()) + "\n" + s.notice())
                .orElseGet(() -> PersonalNumbers.mask(text));
        if (!publicText.equals(text)) {
            doc.add(new StringField(RESTRICTED, "true", Field.Store.NO));
            doc.add(new Field(PUBLIC_TEXT, publicText, TEXT_WITH_OFFSETS));
            doc.add(new StoredField(PUBLIC_SUMMARY,
                    p.secrecy().map(Confidentiality::notice).orElseGet(() -> PersonalNumbers.mask(summary))));
        }
        for (CaseNumber c : p.caseNumbers()) {
            doc.add(new StringField(CASE, c.caseOnly().canonical(), Field.Store.NO));
            doc.add(new StringField(CASE_COMPACT, c.caseOnly().compact(), Field.Store.NO));
            doc.add(new StoredField(CASES_STORED, c.canonical()));
        }
        doc.add(new TextField(CASE_WORDS, p.caseNumbers().stream().map(c -> c.caseOnly().compact())
                .collect(Collectors.joining(" ")), Field.Store.NO));
        doc.add(new StringField(KIND, indexed.kind().name(), Field.Store.YES));
        doc.add(new StringField(ADJUSTED, Boolean.toString(indexed.adjusted()), Field.Store.NO));
        doc.add(new StringField(ASSIGNMENTS, Boolean.toString(indexed.hasAssignments()), Field.Store.NO));
        for (String goal : indexed.goals()) {
            doc.add(new StringField(GOAL, goal, Field.Store.NO));
        }
        return doc;
    }

    /** In reading order, so that a snippet reads like the protocol. */
    private static String text(Paragraph p) {
        List<String> parts = new ArrayList<>();
        parts.add(p.title());
        for (DecisionBlock block : p.decision().blocks()) {
            parts.add(block.render());
        }
        for (MotivationSection section : p.sections()) {
            parts.add(section.heading());
            if (!section.text().isEmpty()) {
                parts.add(section.text());
            }
        }
        return parts.stream().collect(Collectors.joining("\n"));
    }
}
