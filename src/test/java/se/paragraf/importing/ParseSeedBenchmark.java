package se.paragraf.importing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Warm median time to read the seed protocol. Run by hand; excluded from surefire by its name. */
public final class ParseSeedBenchmark {
    private ParseSeedBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        String text = Files.readString(Path.of("..", "shared", "seeds", "003_e2d92784432a1afb.txt"));
        TextProtocolReader reader = new TextProtocolReader();
        for (int i = 0; i < 50; i++) {
            reader.read(text);
        }
        double[] ms = new double[101];
        for (int i = 0; i < ms.length; i++) {
            long start = System.nanoTime();
            reader.read(text);
            ms[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(ms);
        System.out.printf(java.util.Locale.ROOT, "BENCH parse_seed_median %.2f ms%n", ms[ms.length / 2]);
    }
}
