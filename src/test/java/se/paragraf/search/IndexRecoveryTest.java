package se.paragraf.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.paragraf.app.Composition;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.search.SearchQuery;
import se.paragraf.domain.meeting.Meeting;
import se.paragraf.domain.paragraph.Paragraph;

/** The index is never the truth: whatever happens to it, opening the archive brings it back. */
class IndexRecoveryTest {
    @TempDir
    Path dataDir;

    private Path indexDir() {
        return dataDir.resolve(Composition.INDEX_DIRECTORY);
    }

    private void createArchive() {
        SearchFixture.withArchive(dataDir).close();
    }

    private static long hits(OpenArchive archive, String text) {
        return archive.services().searchParagraphs().search(SearchQuery.of(text)).hits().size();
    }

    @Test
    void aDeletedIndexIsRebuiltWhenTheArchiveOpens() throws IOException {
        createArchive();
        deleteRecursively(indexDir());

        try (OpenArchive archive = new Composition().open(dataDir)) {
            assertThat(hits(archive, "revisionsrapporten")).isEqualTo(4);
        }
        assertThat(indexDir()).isDirectoryContaining(p -> p.getFileName().toString().startsWith("segments_"));
    }

    /** An index from before the public text was indexed would let a public search find sekretess-§§. */
    @Test
    void anIndexOfAnEarlierFormatIsRebuilt() throws IOException {
        createArchive();
        try (org.apache.lucene.store.FSDirectory dir = org.apache.lucene.store.FSDirectory.open(indexDir());
             org.apache.lucene.index.IndexWriter writer = new org.apache.lucene.index.IndexWriter(dir,
                     new org.apache.lucene.index.IndexWriterConfig())) {
            writer.setLiveCommitData(java.util.Map.of("format", "1").entrySet());
            writer.commit();
        }
        LuceneParagraphIndex index = LuceneParagraphIndex.open(indexDir());
        try {
            assertThat(index.isUsable()).as("format 1 is out of date").isFalse();
        } finally {
            index.close();
        }

        try (OpenArchive archive = new Composition().open(dataDir)) {
            assertThat(hits(archive, "revisionsrapporten")).isEqualTo(4);
        }
        LuceneParagraphIndex rebuilt = LuceneParagraphIndex.open(indexDir());
        try {
            assertThat(rebuilt.isUsable()).isTrue();
        } finally {
            rebuilt.close();
        }
    }

    @Test
    void aCorruptSegmentFileIsWipedAndRebuilt() throws IOException {
        createArchive();
        Path largest;
        try (Stream<Path> files = Files.list(indexDir())) {
            largest = files.filter(p -> !p.getFileName().toString().equals("write.lock"))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
        try (RandomAccessFile file = new RandomAccessFile(largest.toFile(), "rw")) {
            file.seek(file.length() / 2);
            file.write(new byte[] {0x13, 0x37, 0x13, 0x37, 0x13, 0x37, 0x13, 0x37});
        }

        try (OpenArchive archive = new Composition().open(dataDir)) {
            assertThat(hits(archive, "revisionsrapporten")).isEqualTo(4);
            assertThat(hits(archive, "vårdval")).isEqualTo(1);
        }
    }

    @Test
    void aLostSegmentsFileIsRebuilt() throws IOException {
        createArchive();
        try (Stream<Path> files = Files.list(indexDir())) {
            for (Path p : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.delete(p);
            }
        }

        try (OpenArchive archive = new Composition().open(dataDir)) {
            assertThat(hits(archive, "revisionsrapporten")).isEqualTo(4);
        }
    }

    @Test
    void aStaleMarkCausesARebuildAndIsCleared() {
        SearchFixture fixture = SearchFixture.withArchive(dataDir);
        fixture.index.markStale();
        fixture.close();
        assertThat(dataDir.resolve("index.stale")).exists();

        try (OpenArchive archive = new Composition().open(dataDir)) {
            assertThat(hits(archive, "revisionsrapporten")).isEqualTo(4);
        }
        assertThat(dataDir.resolve("index.stale")).doesNotExist();
    }

    @Test
    void aParagraphTheIndexMissedIsFoundAfterReopening() {
        SearchFixture fixture = SearchFixture.withArchive(dataDir);
        Meeting meeting = fixture.meeting(fixture.namnden, LocalDate.of(2025, 10, 1));
        // Written past the use case, as if the process had died between the database and the index.
        fixture.unitOfWork().run(r -> r.paragraphs().save(Paragraph.draft(r.paragraphs().nextId(), meeting.id(),
                se.paragraf.domain.paragraph.ParagraphNumber.of(90), "Glasögonbidrag för barn")));
        fixture.close();

        try (OpenArchive archive = new Composition().open(dataDir)) {
            assertThat(hits(archive, "glasögonbidrag")).isEqualTo(1);
        }
    }

    @Test
    void whenTheIndexFailsTheSaveStandsAndTheIndexIsMarkedStale() {
        SearchFixture fixture = SearchFixture.withArchive(dataDir);
        Meeting meeting = fixture.meeting(fixture.namnden, LocalDate.of(2025, 10, 1));
        fixture.index.close();

        fixture.save(fixture.decided(meeting, 91, "Glasögonbidrag för barn", "25HSN400",
                "Hälso- och sjukvårdsnämnden beslutar", "införa glasögonbidrag för barn"));

        long saved = fixture.unitOfWork().transaction(r -> r.paragraphs().count());
        assertThat(saved).isEqualTo(10);
        assertThat(dataDir.resolve("index.stale")).exists();
        fixture.database.close();
        try (OpenArchive archive = new Composition().open(dataDir)) {
            assertThat(hits(archive, "glasögonbidrag")).isEqualTo(1);
        }
    }

    @Test
    void rebuildOnDemandKeepsEveryParagraph() {
        try (SearchFixture fixture = SearchFixture.withArchive(dataDir)) {
            long count = fixture.services.rebuildIndex().rebuild();

            assertThat(count).isEqualTo(fixture.unitOfWork().transaction(r -> r.paragraphs().count()));
            assertThat(fixture.services.searchParagraphs().search(SearchQuery.of("vårdval")).hits()).hasSize(1);
            assertThat(fixture.index.isUsable()).isTrue();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
