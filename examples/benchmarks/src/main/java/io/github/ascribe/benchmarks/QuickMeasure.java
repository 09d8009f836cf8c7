package io.github.ascribe.benchmarks;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.citations.Notation;
import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;

/**
 * A quick in-process measurement for performance work between JMH runs: throughput by the thread's
 * CPU time (so other processes on a shared machine count less) and bytes allocated per input byte
 * (from the JVM's per-thread allocation counter), for analysis of the 1 MB benchmark article and for
 * notation parsing of the benchmark corpus. Not a substitute for the JMH figures in {@code
 * docs/performance.md}; use it to compare two builds of the library on one machine.
 *
 * <pre>{@code java -cp examples/benchmarks/target/benchmarks.jar io.github.ascribe.benchmarks.QuickMeasure [seconds]}</pre>
 */
public final class QuickMeasure {

  private QuickMeasure() {}

  /**
   * Warms up, then measures each workload for the given number of seconds of CPU time.
   *
   * @param args optional: seconds per measurement (default 10), then {@code analysis}, {@code
   *     notation} or {@code floor} to run only one; {@code floor} measures ICU on its own and
   *     {@link WordFloor} on the same article; {@code notation} also measures {@link NotationFloor};
   *     {@code reference} measures analysis and ICU on the reference article repeated to 4 MB;
   *     {@code retained} measures what the results themselves
   *     hold (see {@link #retained})
   */
  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    String only = args.length > 1 ? args[1] : "";
    if (only.equals("retained")) {
      retained();
      return;
    }
    if (only.equals("reference")) {
      reference(seconds);
      return;
    }
    if (only.equals("floor")) {
      String text = Inputs.article(1_000_000);
      long bytes = NewsTextGenerator.utf8Bytes(text);
      com.ibm.icu.text.BreakIterator sentences =
          com.ibm.icu.text.BreakIterator.getSentenceInstance(new com.ibm.icu.util.ULocale("en@ss=standard"));
      WordFloor floor = WordFloor.ofRegistry(io.github.ascribe.core.registry.SourceRegistry.bundled());
      Runnable icu = () -> TextBenchmark.sentences(sentences, text);
      measure("ICU, warm-up", icu, bytes, seconds);
      measure("ICU", icu, bytes, seconds);
      Runnable words = () -> floor.read(text, sentences);
      measure("floor, warm-up", words, bytes, seconds);
      measure("floor", words, bytes, seconds);
      return;
    }
    if (!only.equals("notation")) {
      String text = Inputs.article(1_000_000);
      long bytes = NewsTextGenerator.utf8Bytes(text);
      Analyzer analyzer = Analyzer.builder().build();
      Runnable op = () -> analyzer.analyze(text);
      measure("analysis, warm-up", op, bytes, seconds);
      measure("analysis", op, bytes, seconds);
    }
    if (!only.equals("analysis")) {
      List<String> corpus = Inputs.notation();
      long bytes = Inputs.notationBytes();
      Runnable op = () -> {
        for (String s : corpus) {
          Notation.parse(s);
        }
      };
      measure("notation, warm-up", op, bytes, seconds);
      measure("notation", op, bytes, seconds);
      if (only.equals("notation")) {
        NotationFloor floor = NotationFloor.ofRegistry(io.github.ascribe.core.registry.SourceRegistry.bundled());
        Runnable pieces = () -> {
          for (String s : corpus) {
            floor.read(s);
          }
        };
        measure("notation floor, w-u", pieces, bytes, seconds);
        measure("notation floor", pieces, bytes, seconds);
      }
    }
  }

  /**
   * The heap that the results hold, per input byte: the {@code Article} of the 1 MB article and the
   * {@code NotationResult}s of the notation corpus, kept alive in several copies and measured as the
   * growth of the heap in use after full collections. The input text is shared and not counted. No
   * analysis can allocate less than the result it returns, so this is the part of the allocation
   * target that the model's own shape takes.
   */
  /**
   * The pipeline's target by CPU time: analysis of the reference article repeated to 4 MB, and ICU's
   * sentence iterator over the same text, one after the other in the same JVM.
   */
  private static void reference(double seconds) {
    String text = PipelineBenchmark.repeated(PipelineBenchmark.sample(), 4_000_000);
    long bytes = NewsTextGenerator.utf8Bytes(text);
    Analyzer analyzer = Analyzer.builder().build();
    com.ibm.icu.text.BreakIterator sentences =
        com.ibm.icu.text.BreakIterator.getSentenceInstance(new com.ibm.icu.util.ULocale("en@ss=standard"));
    Runnable icu = () -> TextBenchmark.sentences(sentences, text);
    measure("reference analysis, w-u", () -> analyzer.analyze(text), bytes, seconds);
    measure("reference analysis", () -> analyzer.analyze(text), bytes, seconds);
    measure("reference ICU, w-u", icu, bytes, seconds);
    measure("reference ICU", icu, bytes, seconds);
  }

  private static void retained() {
    String text = Inputs.article(1_000_000);
    long bytes = NewsTextGenerator.utf8Bytes(text);
    Analyzer analyzer = Analyzer.builder().build();
    List<String> corpus = Inputs.notation();
    for (int i = 0; i < 5; i++) {
      analyzer.analyze(text).claims().forEach(c -> c.attributions()); // lazily built parts included
      corpus.forEach(Notation::parse);
    }
    int copies = 8;
    Object[] kept = new Object[copies];
    long before = heapInUse();
    for (int i = 0; i < copies; i++) {
      io.github.ascribe.core.Article a = analyzer.analyze(text);
      a.claims().forEach(c -> c.attributions());
      kept[i] = a;
    }
    long after = heapInUse();
    System.out.printf(Locale.ROOT, "analysis result    %7.2f B retained per input byte (%d claims)%n",
        (after - before) / (double) copies / bytes, ((io.github.ascribe.core.Article) kept[0]).claims().size());
    java.util.Arrays.fill(kept, null);
    before = heapInUse();
    for (int i = 0; i < copies; i++) {
      kept[i] = corpus.stream().map(Notation::parse).toList();
    }
    after = heapInUse();
    System.out.printf(Locale.ROOT, "notation results   %7.2f B retained per input byte (%d strings)%n",
        (after - before) / (double) copies / Inputs.notationBytes(), corpus.size());
    if (kept.length == 0) {
      System.out.println(); // keeps the results reachable until here
    }
  }

  private static long heapInUse() {
    var memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 4; i++) {
      System.gc();
    }
    return memory.getHeapMemoryUsage().getUsed();
  }

  private static void measure(String name, Runnable op, long bytes, double seconds) {
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    long cpu0 = threads.getCurrentThreadCpuTime();
    long alloc0 = threads.getThreadAllocatedBytes(id);
    long ops = 0;
    long cpu;
    do {
      op.run();
      ops++;
      cpu = threads.getCurrentThreadCpuTime() - cpu0;
    } while (cpu < seconds * 1e9);
    long alloc = threads.getThreadAllocatedBytes(id) - alloc0;
    double mbs = bytes * ops / 1e6 / (cpu / 1e9);
    System.out.printf(Locale.ROOT, "%-18s %8.2f MB/s (CPU time)  %8.1f ms/op  %7.1f B allocated per input byte  (%d ops)%n",
        name, mbs, cpu / 1e6 / ops, (double) alloc / ops / bytes, ops);
  }
}
