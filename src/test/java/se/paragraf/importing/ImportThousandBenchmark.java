package se.paragraf.importing;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import se.paragraf.app.Composition;
import se.paragraf.application.Services;
import se.paragraf.application.importing.ImportProgress;
import se.paragraf.application.importing.ImportSummary;
import se.paragraf.persistence.Database;
import se.paragraf.search.LuceneParagraphIndex;

/**
 * Time to import 1,000 protocols into an empty archive with {@code ImportFolder}, as a secretary's
 * history would be: variants of the seed protocol for ten boards over 25 years, four meetings per
 * board and year with § numbers continuing the year's series, case numbers varied; each import
 * updates the search index as in the app. Run by hand;
 * excluded from surefire by its name.
 */
public final class ImportThousandBenchmark {
    private static final int PROTOCOLS = 1000;
    private static final int PARAGRAPHS_PER_PROTOCOL = 40;
    private static final int FIRST_SEED_PARAGRAPH = 96;
    private static final List<String> BOARDS = List.of("Regionstyrelsen", "Kommunstyrelsen", "Socialnämnden",
            "Barn- och utbildningsnämnden", "Byggnadsnämnden", "Miljönämnden", "Kulturnämnden", "Tekniska nämnden",
            "Kommunfullmäktige", "Regionfullmäktige");
    private static final Pattern SEED_PARAGRAPH = Pattern.compile("§(\\s*)(\\d{2,3})\\b");
    private static final Pattern SEED_CASE = Pattern.compile("\\b25RS(\\d{1,5})\\b");

    private ImportThousandBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String seed = Files.readString(Path.of("..", "shared", "seeds", "003_e2d92784432a1afb.txt"));
        Path work = Files.createTempDirectory("paragraf-import-bench");
        try {
            Path folder = Files.createDirectories(work.resolve("protokoll"));
            for (int i = 0; i < PROTOCOLS; i++) {
                Files.writeString(folder.resolve(String.format(Locale.ROOT, "protokoll-%04d.txt", i)), variant(seed, i),
                        StandardCharsets.UTF_8);
            }
            Path archive = work.resolve("arkiv");
            try (Database database = Database.openH2(archive);
                 LuceneParagraphIndex index = LuceneParagraphIndex.open(archive.resolve(Composition.INDEX_DIRECTORY))) {
                Services services = Composition.services(database, index);
                long start = System.nanoTime();
                ImportSummary summary = services.importFolder().importFolder(folder, ImportProgress.NONE);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (summary.imported().size() != PROTOCOLS) {
                    throw new IllegalStateException("Only " + summary.imported().size() + " imported: "
                            + summary.failed().stream().limit(3).toList());
                }
                long paragraphs = services.describeArchive().describe().paragraphs();
                System.out.printf(Locale.ROOT, "protocols %d, paragraphs %d, indexed %d, warnings %d%n", PROTOCOLS,
                        paragraphs, index.documentCount(), summary.warnings());
                System.out.printf(Locale.ROOT, "BENCH import_1000_seconds %.1f s%n", seconds);
                System.out.printf(Locale.ROOT, "BENCH import_per_protocol_ms %.1f ms%n", seconds * 1000 / PROTOCOLS);
            }
        } finally {
            try (Stream<Path> files = Files.walk(work)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Protocol i: board i % 10, year 2000 + (i / 10) % 25, meeting (i / 250) of that board's year. */
    static String variant(String seed, int i) {
        String board = BOARDS.get(i % BOARDS.size());
        int year = 2000 + (i / BOARDS.size()) % 25;
        int meetingOfYear = i / (BOARDS.size() * 25);
        LocalDate date = LocalDate.of(year, 2 + 3 * meetingOfYear, 1 + i % 28);
        int shift = meetingOfYear * PARAGRAPHS_PER_PROTOCOL - (FIRST_SEED_PARAGRAPH - 1);
        String text = seed.replace("Regionstyrelsen", board)
                .replace("REGIONSTYRELSEN", board.toUpperCase(Locale.ROOT))
                .replace("regionstyrelsen", board.toLowerCase(Locale.ROOT))
                .replace("2025-05-20", date.toString());
        text = replaceAll(SEED_PARAGRAPH, text, m -> {
            int n = Integer.parseInt(m.group(2));
            boolean ownParagraph = n >= FIRST_SEED_PARAGRAPH && n < FIRST_SEED_PARAGRAPH + PARAGRAPHS_PER_PROTOCOL;
            return "§" + m.group(1) + (ownParagraph ? n + shift : n);
        });
        return replaceAll(SEED_CASE, text, m -> String.format(Locale.ROOT, "%02dRS%d", year % 100,
                Integer.parseInt(m.group(1)) + 2000 * (i % 40)));
    }

    private static String replaceAll(Pattern pattern, String text, java.util.function.Function<Matcher, String> with) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(with.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
