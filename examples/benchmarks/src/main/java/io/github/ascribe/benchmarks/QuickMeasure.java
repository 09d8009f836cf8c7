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
   *     {@link WordFloor} on the same article
   */
  public static void main(String[] args) {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 10;
    String only = args.length > 1 ? args[1] : "";
    if (only.equals("floor")) {
      String text = Inputs.article(1_000_000);
      long bytes = NewsTextGenerator.utf8Bytes(text);
      com.ibm.icu.text.BreakIterator sentences =
          com.ibm.icu.text.BreakIterator.getSentenceInstance(new com.ibm.icu.util.ULocale("en@ss=standard"));
      WordFloor floor = WordFloor.ofRegistry(io.github.ascribe.core.registry.SourceRegistry.bundled());
      Runnable icu = () -> {
        sentences.setText(text);
        while (sentences.next() != com.ibm.icu.text.BreakIterator.DONE) {
          // count nothing: the segmentation is the work
        }
      };
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
    }
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
