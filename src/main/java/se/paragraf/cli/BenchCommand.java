package se.paragraf.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import se.paragraf.application.OpenArchive;
import se.paragraf.application.Services;
import se.paragraf.application.bench.BenchQueries;
import se.paragraf.application.bench.SyntheticArchive;
import se.paragraf.application.search.SearchQuery;
import se.paragraf.domain.matter.CaseNumber;

@Command(name = "bench", description = "Mät Paragrafs prestanda på ett syntetiskt arkiv.", mixinStandardHelpOptions = true,
        subcommands = BenchCommand.Search.class)
final class BenchCommand {

    @Command(name = "search", mixinStandardHelpOptions = true, sortOptions = false,
            description = {"Bygg ett syntetiskt arkiv (20 år, sex organ) i en tillfällig katalog och mät sökningen.",
                "Skriver en rad per mått: BENCH <namn> <värde> <enhet>. Kör med -Xmx512m."})
    static final class Search implements Callable<Integer> {
        @Option(names = "--paragraphs", paramLabel = "ANTAL", description = "Antal paragrafer (standard ${DEFAULT-VALUE}).")
        int paragraphs = 100_000;

        @Option(names = "--queries", paramLabel = "ANTAL", description = "Mätta frågor per sort (standard ${DEFAULT-VALUE}).")
        int queries = 200;

        @Option(names = "--seed", description = "Slumpfrö; samma frö ger samma arkiv och frågor (standard ${DEFAULT-VALUE}).")
        long seed = 20_251_123L;

        @Option(names = "--keep", paramLabel = "KATALOG", description = "Bygg arkivet här och behåll det (katalogen ska vara tom).")
        Path keep;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            Path dir = keep != null ? keep : Files.createTempDirectory("paragraf-bench");
            ParagrafCommand root = (ParagrafCommand) spec.root().userObject();
            try {
                long started = System.nanoTime();
                try (OpenArchive archive = root.openArchive(dir)) {
                    Services services = archive.services();
                    SyntheticArchive.Built built = services.syntheticArchive().build(paragraphs, seed);
                    double buildSeconds = (System.nanoTime() - started) / 1e9;
                    print(out, "paragraphs", built.paragraphs(), "count");
                    print(out, "meetings", built.meetings(), "count");
                    print(out, "build_seconds", buildSeconds, "s");
                    print(out, "build_db_seconds", built.writeMillis() / 1000.0, "s");
                    print(out, "build_index_seconds", built.indexMillis() / 1000.0, "s");
                    print(out, "index_size_mb", services.searchParagraphs().indexSizeBytes() / 1048576.0, "MB");

                    Random random = new Random(seed);
                    List<CaseNumber> cases = built.caseNumbers();
                    String[] forms = new String[Math.max(queries, 200) + 100];
                    for (int i = 0; i < forms.length; i++) {
                        forms[i] = writtenForm(cases.get(random.nextInt(cases.size())), i);
                    }
                    double[] lookups = new double[forms.length - 100];
                    for (int i = 0; i < forms.length; i++) {
                        long t = System.nanoTime();
                        int found = services.searchParagraphs().search(SearchQuery.of(forms[i])).hits().size();
                        if (found == 0) {
                            throw new IllegalStateException("Diarienumret " + forms[i] + " gav inga träffar.");
                        }
                        if (i >= 100) {
                            lookups[i - 100] = (System.nanoTime() - t) / 1e6;
                        }
                    }
                    print(out, "casenumber_lookup_p50_ms", percentile(lookups, 50), "ms");
                    print(out, "casenumber_lookup_p95_ms", percentile(lookups, 95), "ms");

                    List<BenchQueries.Labelled> warmUp = BenchQueries.mix(seed + 1, 60, built.boards());
                    warmUp.forEach(q -> services.searchParagraphs().search(q.query()));
                    List<BenchQueries.Labelled> mix = BenchQueries.mix(seed, queries, built.boards());
                    double[] all = new double[mix.size()];
                    Map<String, double[]> byKind = new TreeMap<>();
                    Map<String, Integer> filled = new TreeMap<>();
                    long hits = 0;
                    for (int i = 0; i < mix.size(); i++) {
                        long t = System.nanoTime();
                        hits += services.searchParagraphs().search(mix.get(i).query()).hits().size();
                        all[i] = (System.nanoTime() - t) / 1e6;
                        String kind = mix.get(i).kind();
                        int n = filled.merge(kind, 1, Integer::sum);
                        byKind.computeIfAbsent(kind, k -> new double[queries])[n - 1] = all[i];
                    }
                    print(out, "fulltext_queries", mix.size(), "count");
                    print(out, "fulltext_mean_hits", (double) hits / mix.size(), "hits");
                    print(out, "fulltext_p50_ms", percentile(all, 50), "ms");
                    print(out, "fulltext_p95_ms", percentile(all, 95), "ms");
                    byKind.forEach((kind, times) -> print(out, "fulltext_" + kind + "_p95_ms", percentile(times, 95), "ms"));
                    print(out, "heap_used_mb", peakHeap() / 1048576.0, "MB");
                    print(out, "heap_max_mb", Runtime.getRuntime().maxMemory() / 1048576.0, "MB");
                }
            } finally {
                if (keep == null) {
                    delete(dir);
                }
            }
            return 0;
        }

        /** The four ways people write one diarienummer, in turn. */
        private static String writtenForm(CaseNumber c, int i) {
            return switch (i % 4) {
                case 0 -> c.compact();
                case 1 -> c.canonical();
                case 2 -> (c.series() + "-" + c.year() + "-" + c.number()).toLowerCase(Locale.ROOT);
                default -> "Dnr " + String.format(Locale.ROOT, "%02d", c.year() % 100) + " " + c.series() + " " + c.number();
            };
        }

        private static double percentile(double[] values, int p) {
            double[] sorted = values.clone();
            Arrays.sort(sorted);
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
        }

        /** The most the heap held at any time, summed over its pools' peaks: an upper bound. */
        private static long peakHeap() {
            return ManagementFactory.getMemoryPoolMXBeans().stream()
                    .filter(p -> p.getType() == MemoryType.HEAP)
                    .map(MemoryPoolMXBean::getPeakUsage)
                    .mapToLong(u -> u == null ? 0 : u.getUsed())
                    .sum();
        }

        private static void print(PrintWriter out, String name, double value, String unit) {
            out.printf(Locale.ROOT, "BENCH %s %.2f %s%n", name, value, unit);
            out.flush();
        }

        private static void print(PrintWriter out, String name, long value, String unit) {
            out.printf(Locale.ROOT, "BENCH %s %d %s%n", name, value, unit);
            out.flush();
        }

        private static void delete(Path dir) throws IOException {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
