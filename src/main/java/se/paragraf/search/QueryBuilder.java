package se.paragraf.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import se.paragraf.application.search.ParagraphKind;
import se.paragraf.application.search.SearchQuery;
import se.paragraf.domain.board.BoardId;

/** Turns a {@link SearchQuery} into Lucene queries: the words, and the words plus filters. */
final class QueryBuilder {
    /** A hit in the title says more than one in the motivation. */
    private static final Map<String, Float> BOOSTS = Map.of(ParagraphFields.TITLE, 2f, ParagraphFields.TEXT, 1f,
            ParagraphFields.CASE_WORDS, 1f);

    private final Analyzer analyzer;

    QueryBuilder(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The words as a query, or null for none. Text that is not valid query syntax is searched as plain words. */
    Query words(String text) {
        return parse(text, ALL_TEXT);
    }

    /**
     * The words as the public may search: a § whose public text differs from its text (sekretess,
     * personnummer) matches only in that public text, so that no hidden word finds it.
     */
    Query publicWords(String text) {
        Query all = parse(text, ALL_TEXT);
        Query shown = parse(text, PUBLIC_ONLY);
        if (all == null || shown == null) {
            return null;
        }
        return new BooleanQuery.Builder()
                .add(new BooleanQuery.Builder().add(all, Occur.MUST)
                        .add(new TermQuery(new Term(ParagraphFields.RESTRICTED, "true")), Occur.MUST_NOT).build(),
                        Occur.SHOULD)
                .add(shown, Occur.SHOULD)
                .build();
    }

    private static final String[] ALL_TEXT = {ParagraphFields.TITLE, ParagraphFields.TEXT, ParagraphFields.CASE_WORDS};
    private static final String[] PUBLIC_ONLY = {ParagraphFields.PUBLIC_TEXT, ParagraphFields.CASE_WORDS};

    private Query parse(String text, String[] fields) {
        if (text.isBlank()) {
            return null;
        }
        try {
            return parser(fields).parse(text);
        } catch (ParseException | IllegalArgumentException e) {
            try {
                return parser(fields).parse(QueryParser.escape(text));
            } catch (ParseException | IllegalArgumentException again) {
                return null;
            }
        }
    }

    /** A parser per query: QueryParser is not thread-safe, and building one is cheap. */
    private MultiFieldQueryParser parser(String[] fields) {
        MultiFieldQueryParser parser = new MultiFieldQueryParser(fields, analyzer, BOOSTS);
        // As people type in a search field: every word must be there.
        parser.setDefaultOperator(QueryParser.Operator.AND);
        parser.setSplitOnWhitespace(true);
        return parser;
    }

    /** Words and filters together; null when there is nothing to search for. */
    Query full(SearchQuery query, Query words) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        boolean filtered = false;
        if (!query.boards().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (BoardId board : query.boards()) {
                any.add(new TermQuery(new Term(ParagraphFields.BOARD, Long.toString(board.value()))), Occur.SHOULD);
            }
            b.add(any.build(), Occur.FILTER);
            filtered = true;
        }
        if (query.fromYear() != null || query.toYear() != null) {
            b.add(IntPoint.newRangeQuery(ParagraphFields.YEAR,
                    query.fromYear() == null ? Integer.MIN_VALUE : query.fromYear(),
                    query.toYear() == null ? Integer.MAX_VALUE : query.toYear()), Occur.FILTER);
            filtered = true;
        }
        if (!query.kinds().isEmpty()) {
            BooleanQuery.Builder any = new BooleanQuery.Builder();
            for (ParagraphKind kind : query.kinds()) {
                any.add(new TermQuery(new Term(ParagraphFields.KIND, kind.name())), Occur.SHOULD);
            }
            b.add(any.build(), Occur.FILTER);
            filtered = true;
        }
        if (query.adjusted() != null) {
            b.add(flag(ParagraphFields.ADJUSTED, query.adjusted()), Occur.FILTER);
            filtered = true;
        }
        if (query.hasAssignments() != null) {
            b.add(flag(ParagraphFields.ASSIGNMENTS, query.hasAssignments()), Occur.FILTER);
            filtered = true;
        }
        if (query.goal() != null) {
            b.add(new TermQuery(new Term(ParagraphFields.GOAL, query.goal())), Occur.FILTER);
            filtered = true;
        }
        if (words != null) {
            b.add(words, Occur.MUST);
        } else if (filtered) {
            b.add(new MatchAllDocsQuery(), Occur.MUST);
        } else {
            return null;
        }
        return b.build();
    }

    private static Query flag(String field, boolean value) {
        return new TermQuery(new Term(field, Boolean.toString(value)));
    }
}
