package se.paragraf.document;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import se.paragraf.application.Services;
import se.paragraf.application.document.ExtractCertification;
import se.paragraf.application.document.MinutesOptions;
import se.paragraf.application.document.Signer;
import se.paragraf.domain.paragraph.ParagraphNumber;
import se.paragraf.ui.TestArchive;

/**
 * How fast the protocol of a seed-sized meeting renders: the demo archive's imported seed
 * protocol (40 §§, §§ 96–135) filled in by {@link MinutesFixture} (cover, an open vote, a
 * confidential §, justerat) and rendered with three signers, about 57 A4 pages.
 *
 * <p>Measured in-process, to a byte array, so disk speed is not part of it: each figure is the
 * median of 30 renders after 10 warm-up renders, from the database read (the whole meeting via
 * {@code ExportMeeting}) to the last byte of the PDF; {@code minutes_render_cold} is the first
 * render in a fresh JVM. Each {@code *_median} has a {@code *_cpu_median} twin: the CPU time of
 * the rendering thread, which a machine shared with other builds inflates far less. {@code cli_pdf_process} is the wall-clock time of
 * {@code java -cp <this classpath> se.paragraf.app.Launcher pdf --data-dir … --meeting … --out …}
 * as a separate process, from start to exit (JVM start, Flyway check, render, write), median of
 * 5 runs ({@code --in-process} leaves it out). The load average is printed too: on a shared
 * machine wall-clock figures grow with it. Run by hand (excluded from surefire by its name), see README "Benchmarks":
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) se.paragraf.document.MinutesRenderBenchmark}.
 */
public final class MinutesRenderBenchmark {
    private static final int WARM_UP = 10;
    private static final int RUNS = 30;
    /** CPU time of the rendering thread: on a busy machine it says more than the wall clock. */
    private static final java.lang.management.ThreadMXBean THREADS = java.lang.management.ManagementFactory.getThreadMXBean();

    private MinutesRenderBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("paragraf-minutes-bench");
        long meeting;
        try (TestArchive archive = TestArchive.openIn(dir).withDemo()) {
            Services s = archive.services();
            MinutesFixture fixture = MinutesFixture.enrich(s);
            fixture.adjust();
            meeting = fixture.meeting.value();
            MinutesOptions options = MinutesOptions.FULL.signedBy(List.of(new Signer("Ordförande", "Sara Nylund"),
                    new Signer("Justerare", "Lina Lindman"), new Signer("Sekreterare", "Maria Ström")));
            long start = System.nanoTime();
            ByteArrayOutputStream first = new ByteArrayOutputStream();
            s.renderMinutes().minutes(fixture.meeting, options, first);
            print("minutes_render_cold", (System.nanoTime() - start) / 1e6, "ms");
            print("minutes_bytes", first.size() / 1024.0, "KiB");
            median("minutes_render_warm_median", () -> s.renderMinutes().minutes(fixture.meeting, options,
                    new ByteArrayOutputStream()));
            median("minutes_public_render_warm_median", () -> s.renderMinutes().minutes(fixture.meeting,
                    MinutesOptions.PUBLIC, new ByteArrayOutputStream()));
            median("extract_two_paragraphs_warm_median", () -> s.renderMinutes().extract(fixture.meeting,
                    List.of(ParagraphNumber.of(98), ParagraphNumber.of(104)),
                    new ExtractCertification("Maria Ström", LocalDate.now()), false, new ByteArrayOutputStream()));
            median("meeting_load_warm_median", () -> s.exportMeeting().export(fixture.meeting));
        }
        if (!List.of(args).contains("--in-process")) {
            cliProcess(dir, meeting);
        }
    }

    private static void cliProcess(Path dir, long meeting) throws Exception {
        print("system_load_average", java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage(), "");
        double[] ms = new double[5];
        Path out = dir.resolve("protokoll.pdf");
        for (int i = 0; i < ms.length; i++) {
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "se.paragraf.app.Launcher", "pdf",
                    "--data-dir", dir.toString(), "--meeting", Long.toString(meeting), "--out", out.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            long start = System.nanoTime();
            if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
                throw new IllegalStateException("paragraf pdf failed: exit " + process.exitValue());
            }
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(ms);
        print("cli_pdf_process_median", ms[ms.length / 2], "ms");
        try (var pdf = new com.itextpdf.kernel.pdf.PdfDocument(new com.itextpdf.kernel.pdf.PdfReader(out.toFile()))) {
            print("minutes_pages", pdf.getNumberOfPages(), "pages");
        }
    }

    private static void median(String name, Runnable work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        double[] ms = new double[RUNS];
        double[] cpu = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            long startCpu = THREADS.getCurrentThreadCpuTime();
            work.run();
            ms[i] = (System.nanoTime() - start) / 1e6;
            cpu[i] = (THREADS.getCurrentThreadCpuTime() - startCpu) / 1e6;
        }
        Arrays.sort(ms);
        Arrays.sort(cpu);
        print(name, ms[RUNS / 2], "ms");
        print(name.replace("_median", "_cpu_median"), cpu[RUNS / 2], "ms");
    }

    private static void print(String name, double value, String unit) {
        System.out.printf(Locale.ROOT, "BENCH %s %.1f %s%n", name, value, unit);
    }
}
