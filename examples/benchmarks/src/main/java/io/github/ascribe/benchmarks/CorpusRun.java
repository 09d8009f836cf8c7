package io.github.ascribe.benchmarks;

import io.github.ascribe.corpus.Corpus;
import java.io.BufferedWriter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The measured corpus runs of {@code docs/performance.md}, outside JMH: writes a JSON Lines file of
 * generated articles (1 KB to 1 MB each, log-uniform) if it is not there, warms the analyser up for
 * 20 seconds on one thread and, if a run uses more, 20 seconds more on the most threads any run
 * uses, then analyses it with {@link Corpus#ofJsonLines}, printing progress, throughput and the most
 * heap that was live after a garbage collection.
 *
 * <pre>{@code
 * java -Xmx256m -cp benchmarks.jar io.github.ascribe.benchmarks.CorpusRun target/corpus-1g.jsonl 1000000000 2
 * java -Xms2g -Xmx2g -cp benchmarks.jar io.github.ascribe.benchmarks.CorpusRun target/corpus-60m.jsonl 60000000 1,2,1,2,1,2,1
 * }</pre>
 *
 * <p>Arguments: the file, its size in bytes (when it must be generated), the thread counts to run
 * one after the other, and optionally the window per thread (default: {@link Corpus}'s default
 * window). Each run's speed-up is printed against the first run; when runs on one thread and on more
 * alternate, each run on more threads is also compared with the mean of the one-thread runs just
 * before and just after it, and the median of those speed-ups is printed: the figure the thread
 * target is checked with, since a neighbour on each side cancels what the JIT and the heap still
 * change from run to run.
 */
public final class CorpusRun {

  private static int windowPerThread;

  private CorpusRun() {}

  /**
   * Runs.
   *
   * @param args file, bytes, threads (comma-separated), window per thread (optional)
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    long bytes = Long.parseLong(args[1]);
    String[] threads = (args.length > 2 ? args[2] : "2").split(",");
    windowPerThread = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    if (!Files.exists(file) || Files.size(file) < bytes) {
      generate(file, bytes);
    }
    long size = Files.size(file);
    System.out.printf(Locale.ROOT, "file %s: %d bytes; max heap %d MB; %d processors%n", file, size,
        Runtime.getRuntime().maxMemory() >> 20, Runtime.getRuntime().availableProcessors());
    int[] counts = new int[threads.length];
    int most = 1;
    for (int i = 0; i < threads.length; i++) {
      counts[i] = Integer.parseInt(threads[i].strip());
      most = Math.max(most, counts[i]);
    }
    warmUp(file, 1);
    if (most > 1) {
      warmUp(file, most);
    }
    double[] times = new double[counts.length];
    for (int i = 0; i < counts.length; i++) {
      times[i] = run(file, size, counts[i]);
      System.out.printf(Locale.ROOT, "threads=%d: %.2f s, %.2f MB/s, speed-up over %d thread(s): %.2fx%n", counts[i],
          times[i], size / 1e6 / times[i], counts[0], times[0] / times[i]);
    }
    double[] speedUps = neighbourSpeedUps(counts, times);
    if (speedUps.length > 0) {
      String each = java.util.Arrays.stream(speedUps).mapToObj(x -> String.format(Locale.ROOT, "%.2fx", x))
          .collect(java.util.stream.Collectors.joining(", "));
      System.out.printf(Locale.ROOT, "speed-up against the mean of the neighbouring 1-thread runs: %s; median %.2fx%n",
          each, median(speedUps));
    }
  }

  /**
   * The median: the middle value, or the mean of the two middle values of an even count.
   *
   * @param values at least one value
   * @return their median
   */
  static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int k = sorted.length;
    return k % 2 == 1 ? sorted[k / 2] : (sorted[k / 2 - 1] + sorted[k / 2]) / 2;
  }

  /**
   * For each run on more than one thread with a one-thread run just before and just after it, the
   * mean time of those two over its time.
   *
   * @param counts the thread count of each run, in order
   * @param times the time of each run
   * @return the speed-ups, in run order
   */
  static double[] neighbourSpeedUps(int[] counts, double[] times) {
    double[] out = new double[counts.length];
    int n = 0;
    for (int i = 1; i + 1 < counts.length; i++) {
      if (counts[i] > 1 && counts[i - 1] == 1 && counts[i + 1] == 1) {
        out[n++] = (times[i - 1] + times[i + 1]) / 2 / times[i];
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static double run(Path file, long size, int threads) {
    AtomicLong articles = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    AtomicLong claims = new AtomicLong();
    AtomicLong chars = new AtomicLong();
    long start = System.nanoTime();
    long[] lastReport = {start};
    resetPeaks();
    Corpus corpus = Corpus.ofJsonLines(file).threads(threads);
    if (windowPerThread > 0) {
      corpus = corpus.window(windowPerThread * threads);
    }
    corpus.forEachOrdered(r -> {
      articles.incrementAndGet();
      sample();
      if (r instanceof Corpus.Result a) {
        claims.addAndGet(a.article().claims().size());
        chars.addAndGet(a.article().text().length());
      } else {
        failed.incrementAndGet();
      }
      long now = System.nanoTime();
      if (now - lastReport[0] > 30_000_000_000L) {
        lastReport[0] = now;
        System.out.printf(Locale.ROOT, "  %.0f s: %d articles, %.1f M chars, %.2f M chars/s, live heap after GC at most %d MB%n",
            (now - start) / 1e9, articles.get(), chars.get() / 1e6, chars.get() / 1e3 / ((now - start) / 1e6),
            peakHeap() >> 20);
      }
    });
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "  done: %d articles (%d failed), %d claims, %.1f M chars, live heap after GC at most %d MB%n",
        articles.get(), failed.get(), claims.get(), chars.get() / 1e6, peakHeap() >> 20);
    return seconds;
  }

  /**
   * Runs the analyser over the start of the file for 20 seconds first: the JIT keeps speeding
   * analysis up for about 10 MB of text, and a cold first run would make the runs after it look
   * faster than they are.
   */
  /** Analyses the file for 20 seconds, from the top again as often as it ends before then. */
  private static void warmUp(Path file, int threads) {
    long end = System.nanoTime() + 20_000_000_000L;
    long n = 0;
    while (System.nanoTime() < end) {
      try (var results = Corpus.ofJsonLines(file).threads(threads).window(2 * threads).stream()) {
        n += results.takeWhile(r -> System.nanoTime() < end).count();
      }
    }
    System.out.printf(Locale.ROOT, "warm-up on %d thread(s): %d articles in 20 s%n", threads, n);
  }

  private static void resetPeaks() {
    System.gc();
    maxAfterGc = 0;
  }

  /**
   * The most heap that was live after a collection since the last reset: the largest of the heap
   * pools' usage right after a GC, summed over pools (an upper bound of what the run retained; the
   * sum of the pools' plain peaks would count garbage and peaks at different times).
   */
  private static long peakHeap() {
    sample();
    return maxAfterGc;
  }

  private static long maxAfterGc;

  /** Samples the live heap after collections; called for every result. */
  private static void sample() {
    long sum = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP && p.getCollectionUsage() != null) {
        sum += p.getCollectionUsage().getUsed();
      }
    }
    maxAfterGc = Math.max(maxAfterGc, sum);
  }

  private static void generate(Path file, long bytes) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    long written = 0;
    long id = 0;
    Iterator<String> articles = new NewsTextGenerator(Inputs.SEED).articles(1_000, 1_000_000).iterator();
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      while (written < bytes) {
        String text = articles.next();
        StringBuilder line = new StringBuilder(text.length() + 64);
        line.append("{\"id\": \"a").append(++id).append("\", \"text\": \"");
        escape(text, line);
        line.append("\"}\n");
        w.write(line.toString());
        written += NewsTextGenerator.utf8Bytes(line.toString());
      }
    }
    System.out.printf(Locale.ROOT, "generated %s: %d articles, %d bytes%n", file, id, written);
  }

  private static void escape(String s, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
  }
}
