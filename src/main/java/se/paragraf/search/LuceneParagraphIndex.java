package se.paragraf.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.sv.SwedishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.paragraf.application.search.IndexedParagraph;
import se.paragraf.application.search.ParagraphIndex;
import se.paragraf.application.search.ParagraphKind;
import se.paragraf.application.search.SearchHit;
import se.paragraf.application.search.SearchQuery;
import se.paragraf.application.search.SearchResults;
import se.paragraf.application.search.SearchSort;
import se.paragraf.domain.board.BoardId;
import se.paragraf.domain.matter.CaseNumber;
import se.paragraf.domain.meeting.MeetingId;
import se.paragraf.domain.paragraph.ParagraphId;
import se.paragraf.domain.paragraph.ParagraphNumber;

/**
 * The paragraph index in {@code <data dir>/index}: one {@link IndexWriter} for the archive's
 * lifetime (the archive lock keeps other processes out) and near-real-time searchers from a
 * {@link SearcherManager}, so a saved paragraph is findable as soon as {@link #replace} returns.
 * An index that is missing or fails its checksums when opened is wiped and reported unusable,
 * so that the caller rebuilds it from the database.
 */
public final class LuceneParagraphIndex implements ParagraphIndex {
    private static final Logger LOG = LoggerFactory.getLogger(LuceneParagraphIndex.class);
    private static final int SNIPPET_LENGTH = 10_000;
    private static final String[] SNIPPET_FIELDS = {ParagraphFields.TEXT, ParagraphFields.PUBLIC_TEXT};
    /**
     * Kept in every commit: an index written before the public text was indexed (format 1) is
     * rebuilt, or a public search would find sekretess-§§ by their hidden words.
     */
    private static final Map<String, String> FORMAT = Map.of("format", "2");
    /** About two lines in the hit list; a snippet shows where the words stand, not the whole section. */
    private static final int SNIPPET_TARGET_CHARACTERS = 220;
    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final Sort BY_DATE = new Sort(new SortField(ParagraphFields.DAY, SortField.Type.LONG, true),
            SortField.FIELD_SCORE);

    private final Path directory;
    private final Path staleMark;
    private final Analyzer analyzer = new SwedishAnalyzer();
    private final QueryBuilder queries = new QueryBuilder(analyzer);
    private final Directory luceneDirectory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private volatile boolean usable;
    /**
     * Writes take turns: a paragraph saved while a rebuild runs would otherwise be overwritten by
     * the older copy the rebuild read before the save. Searches never wait for it.
     */
    private final Object writeTurn = new Object();

    private LuceneParagraphIndex(Path directory, Path staleMark, Directory luceneDirectory, IndexWriter writer,
                                 boolean usable) throws IOException {
        this.directory = directory;
        this.staleMark = staleMark;
        this.luceneDirectory = luceneDirectory;
        this.writer = writer;
        writer.setLiveCommitData(FORMAT.entrySet());
        this.searchers = new SearcherManager(writer, null);
        this.usable = usable;
    }

    /** Opens the index in {@code directory}, starting it afresh (and unusable) when it is missing or damaged. */
    public static LuceneParagraphIndex open(Path directory) {
        Path dir = directory.toAbsolutePath().normalize();
        Path staleMark = dir.resolveSibling(dir.getFileName() + ".stale");
        try {
            Files.createDirectories(dir);
            boolean usable = !Files.exists(staleMark);
            if (!usable) {
                LOG.info("Sökindexet i {} är markerat som inaktuellt", dir);
            }
            FSDirectory fs = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(fs)) {
                LOG.info("Sökindexet i {} saknas", dir);
                return fresh(dir, staleMark, fs, false);
            }
            try {
                boolean current = verify(fs);
                LuceneParagraphIndex index = new LuceneParagraphIndex(dir, staleMark, fs,
                        new IndexWriter(fs, config(false)), usable && current);
                if (!current) {
                    // Marked on disk too: a save before the rebuild must not make the old documents look current.
                    LOG.info("Sökindexet i {} har ett äldre format och byggs om", dir);
                    index.markStale();
                }
                return index;
            } catch (IOException | RuntimeException e) {
                // CorruptIndexException, IndexFormatTooOld/NewException, a lost segment file, …
                LOG.warn("Sökindexet i {} är skadat eller från en annan version och byggs om", dir, e);
                fs.close();
                wipe(dir);
                return fresh(dir, staleMark, FSDirectory.open(dir), false);
            }
        } catch (IOException e) {
            throw new SearchIndexException("Sökindexet i " + dir + " kunde inte öppnas. Kontrollera att mappen "
                    + "är skrivbar och att disken inte är full, och försök igen.", e);
        }
    }

    private static LuceneParagraphIndex fresh(Path dir, Path staleMark, FSDirectory fs, boolean usable)
            throws IOException {
        IndexWriter writer = new IndexWriter(fs, config(true));
        writer.commit();
        return new LuceneParagraphIndex(dir, staleMark, fs, writer, usable);
    }

    private static IndexWriterConfig config(boolean create) {
        return new IndexWriterConfig(new SwedishAnalyzer())
                .setOpenMode(create ? IndexWriterConfig.OpenMode.CREATE : IndexWriterConfig.OpenMode.APPEND)
                .setRAMBufferSizeMB(48)
                .setCommitOnClose(true);
    }

    /**
     * Reads every file's checksum: a damaged segment fails here instead of in the middle of a search.
     * Whether the index is of the current {@link #FORMAT}.
     */
    private static boolean verify(Directory dir) throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(dir)) {
            for (LeafReaderContext leaf : reader.leaves()) {
                leaf.reader().checkIntegrity();
            }
            Map<String, String> userData = reader.getIndexCommit().getUserData();
            return FORMAT.entrySet().stream().allMatch(e -> e.getValue().equals(userData.get(e.getKey())));
        }
    }

    private static void wipe(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir)) {
                    Files.delete(p);
                }
            }
        }
    }

    @Override
    public void replace(Collection<IndexedParagraph> paragraphs) {
        synchronized (writeTurn) {
            replaceInTurn(paragraphs);
        }
    }

    private void replaceInTurn(Collection<IndexedParagraph> paragraphs) {
        try {
            for (IndexedParagraph p : paragraphs) {
                writer.updateDocument(idTerm(p.paragraph().id()), ParagraphFields.document(p));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void remove(ParagraphId paragraph) {
        synchronized (writeTurn) {
            removeInTurn(paragraph);
        }
    }

    private void removeInTurn(ParagraphId paragraph) {
        try {
            writer.deleteDocuments(idTerm(paragraph));
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reading the archive and analysing text take about as long each, so they run side by side:
     * the caller's thread reads, an indexing thread analyses, a short queue between them.
     */
    @Override
    public void rebuild(Consumer<Consumer<IndexedParagraph>> source) {
        synchronized (writeTurn) {
            rebuildInTurn(source);
        }
    }

    private void rebuildInTurn(Consumer<Consumer<IndexedParagraph>> source) {
        BlockingQueue<List<IndexedParagraph>> queue = new ArrayBlockingQueue<>(8);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread indexer = new Thread(() -> {
            try {
                for (List<IndexedParagraph> batch = queue.take(); !batch.isEmpty(); batch = queue.take()) {
                    for (IndexedParagraph p : batch) {
                        writer.addDocument(ParagraphFields.document(p));
                    }
                }
            } catch (IOException | RuntimeException | InterruptedException e) {
                failure.set(e);
            }
        }, "paragraf-index-rebuild");
        try {
            writer.deleteAll();
            indexer.start();
            List<IndexedParagraph> batch = new ArrayList<>(BATCH);
            source.accept(p -> {
                batch.add(p);
                if (batch.size() == BATCH) {
                    hand(queue, List.copyOf(batch), failure);
                    batch.clear();
                }
            });
            if (!batch.isEmpty()) {
                hand(queue, List.copyOf(batch), failure);
            }
            hand(queue, List.of(), failure);
            indexer.join();
            if (failure.get() != null) {
                throw new UncheckedIOException(new IOException("Sökindexet kunde inte byggas", failure.get()));
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
            Files.deleteIfExists(staleMark);
            usable = true;
        } catch (IOException e) {
            markStale();
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            markStale();
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("Ombyggnaden av sökindexet avbröts", e));
        } catch (RuntimeException e) {
            markStale();
            throw e;
        } finally {
            indexer.interrupt();
        }
    }

    private static final int BATCH = 256;

    /** Waits for room in the queue, but gives up once the indexing thread has failed. */
    private static void hand(BlockingQueue<List<IndexedParagraph>> queue, List<IndexedParagraph> batch,
                             AtomicReference<Throwable> failure) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (failure.get() != null) {
                    throw new UncheckedIOException(new IOException("Sökindexet kunde inte byggas", failure.get()));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("Ombyggnaden av sökindexet avbröts", e));
        }
    }

    @Override
    public boolean isUsable() {
        return usable;
    }

    @Override
    public void markStale() {
        usable = false;
        try {
            if (!Files.exists(staleMark)) {
                Files.createFile(staleMark);
            }
        } catch (IOException e) {
            LOG.warn("Sökindexet kunde inte markeras som inaktuellt ({}); det jämförs med arkivet vid nästa start",
                    staleMark, e);
        }
    }

    @Override
    public long documentCount() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public long sizeInBytes() {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public SearchResults search(SearchQuery query) {
        Query words = query.internal() ? queries.words(query.text()) : queries.publicWords(query.text());
        Query full = queries.full(query, words);
        if (full == null) {
            return new SearchResults(query.text(), null, List.of(), 0, query.internal());
        }
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = query.sort() == SearchSort.DATE
                        ? searcher.search(full, query.limit(), BY_DATE, true)
                        : searcher.search(full, query.limit());
                Map<String, String[]> snippets = words == null ? Map.of()
                        : highlighter(searcher).highlightFields(SNIPPET_FIELDS, words, top, new int[] {1, 1});
                StoredFields stored = searcher.storedFields();
                List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
                for (int i = 0; i < top.scoreDocs.length; i++) {
                    ScoreDoc sd = top.scoreDocs[i];
                    hits.add(hit(stored.document(sd.doc), snippets, i, sd.score, query.internal()));
                }
                return new SearchResults(query.text(), null, hits, top.totalHits.value, query.internal());
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private UnifiedHighlighter highlighter(IndexSearcher searcher) {
        return UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter(SearchHit.MARK_START, SearchHit.MARK_END, " … ", false))
                .withMaxLength(SNIPPET_LENGTH)
                // Protocol lists (Delgivningar, Beslutsunderlag) have no sentence ends: without a length
                // goal a whole section became one "sentence" and one snippet of many lines.
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getWordInstance(SWEDISH), SNIPPET_TARGET_CHARACTERS, 0.4f))
                .build();
    }

    /**
     * The internal answer shows the §'s text; the public one, for a § whose public text differs
     * (sekretess, personnummer), that public text and its public summary.
     */
    private static SearchHit hit(Document doc, Map<String, String[]> snippets, int i, float score, boolean internal) {
        List<CaseNumber> cases = Arrays.stream(doc.getValues(ParagraphFields.CASES_STORED))
                .map(CaseNumber::parse).toList();
        boolean restricted = !internal && doc.get(ParagraphFields.PUBLIC_SUMMARY) != null;
        String[] field = snippets.get(restricted ? ParagraphFields.PUBLIC_TEXT : ParagraphFields.TEXT);
        String snippet = field == null ? null : field[i];
        String shown = snippet != null ? snippet.strip()
                : doc.get(restricted ? ParagraphFields.PUBLIC_SUMMARY : ParagraphFields.SUMMARY);
        return new SearchHit(new ParagraphId(Long.parseLong(doc.get(ParagraphFields.ID))),
                new MeetingId(doc.getField(ParagraphFields.MEETING).numericValue().longValue()),
                new BoardId(Long.parseLong(doc.get(ParagraphFields.BOARD))), doc.get(ParagraphFields.BOARD_NAME),
                LocalDate.parse(doc.get(ParagraphFields.DATE)), ParagraphNumber.parse(doc.get(ParagraphFields.NUMBER)),
                doc.get(ParagraphFields.TITLE), cases, ParagraphKind.valueOf(doc.get(ParagraphFields.KIND)), shown,
                Float.isNaN(score) ? 0f : score);
    }

    private static Term idTerm(ParagraphId id) {
        return new Term(ParagraphFields.ID, Long.toString(id.value()));
    }

    @Override
    public void close() {
        try {
            searchers.close();
            writer.close();
            luceneDirectory.close();
        } catch (IOException e) {
            LOG.warn("Sökindexet stängdes inte rent; det kontrolleras vid nästa start", e);
        }
    }
}
