package io.github.ascribe.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns a JMH CSV result ({@code -rf csv}) into the figures of {@code docs/performance.md}: MB/s per
 * reader and size, the ratios of analysis to ICU, commonmark, regex and the yardstick (and of ICU
 * to commonmark), allocation per input byte, linearity, notation MB/s and its ratio to the notation
 * yardstick. Input sizes are recomputed from the same seed, so the bytes are exact. MB is 10^6 bytes
 * of UTF-8.
 *
 * <pre>{@code java -cp benchmarks.jar io.github.ascribe.benchmarks.Report target/jmh.csv}</pre>
 */
public final class Report {

  private Report() {}

  /**
   * Prints the report.
   *
   * @param args the CSV file
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    Map<String, double[]> time = new TreeMap<>(); // "bench|size" -> ms/op, error
    Map<String, Double> alloc = new TreeMap<>();
    try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
        CSVParser rows = CSVFormat.DEFAULT.parse(in)) {
      for (CSVRecord row : rows) {
        read(row.toList(), time, alloc);
      }
    }
    int[] sizes = {10_000, 1_000_000, 10_000_000};
    Map<Integer, Long> bytes = new TreeMap<>();
    for (int s : sizes) {
      if (time.containsKey("analyze|" + s)) {
        bytes.put(s, NewsTextGenerator.utf8Bytes(Inputs.article(s)));
      }
    }
    String[][] readers = {{"analyze", "(b) Ascribe analysis"}, {"icuSentences", "(c) ICU sentence iterator"},
        {"icuClaimParagraphs", "(c2) ICU, the paragraphs with claims only"},
        {"commonmark", "(d) commonmark-java"}, {"regex", "(e) JDK regex extractor"},
        {"wordFloor", "(f) ICU + a look-up per word"}};
    StringBuilder out = new StringBuilder();
    out.append("| reader | ").append(header(bytes)).append("\n|---|").append("---|".repeat(bytes.size())).append('\n');
    for (String[] r : readers) {
      out.append("| ").append(r[1]).append(" |");
      for (int s : bytes.keySet()) {
        double[] t = time.get(r[0] + "|" + s);
        out.append(t == null ? " – |" : String.format(Locale.ROOT, " %.2f MB/s (%s ms) |", mbps(bytes.get(s), t[0]),
            fmt(t[0])));
      }
      out.append('\n');
    }
    out.append("\n| ratio (time of the first reader over the second; b/c target <= 2, b/d target < 1;"
        + " c/d or c2/d above 1: ICU alone is slower than commonmark) | ").append(header(bytes))
        .append("\n|---|").append("---|".repeat(bytes.size())).append('\n');
    for (String[] r : new String[][] {{"analyze", "icuSentences", "(b)/(c)"}, {"analyze", "commonmark", "(b)/(d)"},
        {"analyze", "regex", "(b)/(e)"}, {"analyze", "wordFloor", "(b)/(f)"}, {"wordFloor", "icuSentences", "(f)/(c)"},
        {"icuSentences", "commonmark", "(c)/(d)"}, {"icuClaimParagraphs", "commonmark", "(c2)/(d)"}}) {
      out.append("| ").append(r[2]).append(" |");
      for (int s : bytes.keySet()) {
        double[] b = time.get(r[0] + "|" + s);
        double[] x = time.get(r[1] + "|" + s);
        out.append(b == null || x == null ? " – |" : String.format(Locale.ROOT, " %.1f |", b[0] / x[0]));
      }
      out.append('\n');
    }
    out.append("\n| bytes allocated per input byte (target for analysis <= 10) | ").append(header(bytes))
        .append("\n|---|").append("---|".repeat(bytes.size())).append('\n');
    for (String[] r : readers) {
      out.append("| ").append(r[1]).append(" |");
      for (int s : bytes.keySet()) {
        Double a = alloc.get(r[0] + "|" + s);
        out.append(a == null ? " – |" : String.format(Locale.ROOT, " %.1f |", a / bytes.get(s)));
      }
      out.append('\n');
    }
    double[] small = time.get("analyze|10000");
    double[] large = time.get("analyze|10000000");
    if (small != null && large != null) {
      double ratio = (large[0] / bytes.get(10_000_000)) / (small[0] / bytes.get(10_000));
      out.append(String.format(Locale.ROOT, "%nLinearity: analysis time per byte at 10 MB / at 10 KB = %.2f"
          + " (target <= 1.3)%n", ratio));
    }
    double[] notation = time.get("parse|");
    if (notation != null) {
      long nb = Inputs.notationBytes();
      out.append(String.format(Locale.ROOT, "%nNotation.parse: %d strings, %d bytes per operation, %s ms: %.2f MB/s"
          + " (target >= 100)%n", Inputs.NOTATION_STRINGS, nb, fmt(notation[0]), mbps(nb, notation[0])));
      double[] floor = time.get("floor|");
      if (floor != null) {
        out.append(String.format(Locale.ROOT, "Notation yardstick (a0, pieces and a look-up each): %s ms: %.2f MB/s;"
            + " Notation.parse takes %.1fx its time%n", fmt(floor[0]), mbps(nb, floor[0]), notation[0] / floor[0]));
      }
    }
    System.out.print(out);
  }

  private static String header(Map<Integer, Long> bytes) {
    List<String> h = new ArrayList<>();
    for (Map.Entry<Integer, Long> e : bytes.entrySet()) {
      h.add(label(e.getKey()) + " (" + e.getValue() + " B)");
    }
    return String.join(" | ", h) + " |";
  }

  private static String label(int size) {
    return size >= 1_000_000 ? size / 1_000_000 + " MB" : size / 1_000 + " KB";
  }

  private static double mbps(long bytes, double ms) {
    return bytes / 1e6 / (ms / 1e3);
  }

  private static String fmt(double ms) {
    return ms >= 100 ? String.format(Locale.ROOT, "%.0f", ms) : String.format(Locale.ROOT, "%.3g", ms);
  }

  /** One row of JMH's CSV: {@code Benchmark, Mode, Threads, Samples, Score, Score Error, Unit, Param: size}. */
  private static void read(List<String> c, Map<String, double[]> time, Map<String, Double> alloc) {
    if (c.size() < 7 || c.get(0).equals("Benchmark")) {
      return;
    }
    String name = c.get(0).substring(c.get(0).lastIndexOf('.', c.get(0).indexOf(':') < 0 ? c.get(0).length()
        : c.get(0).indexOf(':')) + 1);
    String size = c.size() > 7 ? c.get(7) : "";
    double score = Double.parseDouble(c.get(4));
    double err = c.get(5).equals("NaN") ? 0 : Double.parseDouble(c.get(5));
    if (name.endsWith(":gc.alloc.rate.norm") || name.endsWith(":·gc.alloc.rate.norm")) {
      alloc.put(name.substring(0, name.indexOf(':')) + "|" + size, score);
    } else if (!name.contains(":") && c.get(6).equals("ms/op")) {
      time.put(name + "|" + size, new double[] {score, err});
    }
  }
}
