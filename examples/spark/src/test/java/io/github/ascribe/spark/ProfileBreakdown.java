package io.github.ascribe.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where the CPU goes in a {@link ScaleBenchmark} run recorded with Java Flight Recorder: execution
 * samples by side (the library's threads against Spark's) and by what the stack is doing (analysis,
 * JSON parsing, building rows, reading lines, Spark's generated code, the rest of Spark), plus garbage
 * collection pauses. Prints a Markdown table.
 *
 * <pre>{@code
 * ScaleBenchmark throughput 4000 3 1  (with -XX:StartFlightRecording=filename=scale.jfr,settings=profile)
 * ProfileBreakdown scale.jfr
 * }</pre>
 *
 * <p>A sample counts for the first category, in the order of {@link #CATEGORIES}, that any frame of
 * its stack belongs to, so that the library's own work is counted as such wherever it is called from.
 */
public final class ProfileBreakdown {

  /** Category names and the class name prefixes (or method names, after {@code #}) that mark them. */
  private static final Map<String, List<String>> CATEGORIES = new LinkedHashMap<>();

  static {
    CATEGORIES.put("analysis (Analyzer.analyze)", List.of("io.github.ascribe.citations.Analyzer#analyze"));
    CATEGORIES.put("JSON and UTF-8 (DocumentReader)", List.of("io.github.ascribe.corpus.DocumentReader",
        "io.github.ascribe.corpus.JsonLine"));
    CATEGORIES.put("result rows (ArticleRows)", List.of("io.github.ascribe.spark.ArticleRows"));
    CATEGORIES.put("reading lines", List.of("io.github.ascribe.corpus.JsonLinesSource",
        "org.apache.spark.sql.execution.datasources.HadoopFileLinesReader", "org.apache.hadoop.util.LineReader",
        "org.apache.hadoop.mapreduce.lib.input.LineRecordReader"));
    CATEGORIES.put("Spark row encoding (generated code, encoders)", List.of(
        "org.apache.spark.sql.catalyst.expressions.GeneratedClass", "org.apache.spark.sql.catalyst.encoders",
        "org.apache.spark.sql.catalyst.expressions.UnsafeRow", "org.apache.spark.unsafe"));
    CATEGORIES.put("Spark shuffle and storage", List.of("org.apache.spark.shuffle", "org.apache.spark.storage",
        "org.apache.spark.io", "org.apache.spark.serializer"));
    CATEGORIES.put("Spark planning and scheduling", List.of("org.apache.spark", "scala."));
    CATEGORIES.put("other", List.of(""));
  }

  private ProfileBreakdown() {}

  /**
   * Prints the breakdown of a recording.
   *
   * @param args the recording file
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    Map<String, Map<String, Long>> samples = new TreeMap<>();
    Duration gc = Duration.ZERO;
    long total = 0;
    try (RecordingFile file = new RecordingFile(Path.of(args[0]))) {
      while (file.hasMoreEvents()) {
        RecordedEvent e = file.readEvent();
        String type = e.getEventType().getName();
        if (type.equals("jdk.GCPhasePause")) {
          gc = gc.plus(e.getDuration());
        } else if (type.equals("jdk.ExecutionSample") && e.getStackTrace() != null) {
          RecordedThread t = e.getThread("sampledThread");
          samples.computeIfAbsent(side(t == null ? "" : t.getJavaName()), k -> new LinkedHashMap<>())
              .merge(category(e.getStackTrace().getFrames()), 1L, Long::sum);
          total++;
        }
      }
    }
    System.out.println("| side | what | samples | share of all samples |");
    System.out.println("|---|---|---|---|");
    for (Map.Entry<String, Map<String, Long>> side : samples.entrySet()) {
      for (String category : CATEGORIES.keySet()) {
        long n = side.getValue().getOrDefault(category, 0L);
        if (n > 0) {
          System.out.printf(Locale.ROOT, "| %s | %s | %d | %.1f %% |%n", side.getKey(), category, n, 100.0 * n / total);
        }
      }
    }
    System.out.printf(Locale.ROOT, "%ngarbage collection pauses: %.2f s in all%n", gc.toMillis() / 1000.0);
  }

  private static String side(String thread) {
    if (thread.startsWith("ascribe-corpus-")) {
      return "library workers";
    }
    if (thread.startsWith("Executor task launch worker")) {
      return "Spark tasks";
    }
    return thread.equals("main") ? "main thread (library's reader, Spark's driver)" : "other threads";
  }

  private static String category(List<RecordedFrame> frames) {
    for (Map.Entry<String, List<String>> c : CATEGORIES.entrySet()) {
      for (RecordedFrame f : frames) {
        String cls = f.getMethod().getType().getName();
        String method = cls + "#" + f.getMethod().getName();
        for (String mark : c.getValue()) {
          if (mark.contains("#") ? method.equals(mark) : cls.startsWith(mark)) {
            return c.getKey();
          }
        }
      }
    }
    return "other";
  }
}
