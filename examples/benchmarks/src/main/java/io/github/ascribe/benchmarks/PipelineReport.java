package io.github.ascribe.benchmarks;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns the JMH CSV of {@link PipelineBenchmark} ({@code -prof gc -rf csv}) into the ratios of the
 * pipeline's targets: analysis over ICU's sentence iterator on the same text, bytes allocated per
 * input byte, the growth of time per byte from 400 KB to 4 MB, and {@code Notation.parse} in MB/s.
 *
 * <pre>{@code java -cp benchmarks.jar io.github.ascribe.benchmarks.PipelineReport target/pipeline.csv}</pre>
 */
public final class PipelineReport {

  private PipelineReport() {}

  /**
   * Prints the report.
   *
   * @param args the CSV file
   * @throws IOException if it cannot be read
   */
  public static void main(String[] args) throws IOException {
    Map<String, Double> score = new TreeMap<>(); // "benchmark|size" or "benchmark:metric|size" -> score
    try (Reader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8);
        CSVParser rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
      for (CSVRecord row : rows) {
        String name = row.get("Benchmark");
        String bench = name.substring(name.lastIndexOf('.', name.contains(":") ? name.indexOf(':') : name.length()) + 1);
        score.put(bench.replace("·", "") + "|" + row.get("Param: size"), Double.parseDouble(row.get("Score")));
      }
    }
    System.out.print(report(score));
  }

  /** The report of the scores by {@code benchmark|size}. */
  static String report(Map<String, Double> score) {
    StringBuilder out = new StringBuilder("| size | analysis ms | ICU ms | analysis / ICU (target <= 6) "
        + "| allocated B per input byte (target <= 10) |\n|---|---|---|---|---|\n");
    double[] perByte = new double[2];
    int k = 0;
    for (int size : new int[] {400_000, 4_000_000}) {
      Double analyze = score.get("analyze|" + size);
      Double icu = score.get("icuSentences|" + size);
      Double alloc = score.get("analyze:gc.alloc.rate.norm|" + size);
      if (analyze == null || icu == null) {
        continue;
      }
      long bytes = NewsTextGenerator.utf8Bytes(PipelineBenchmark.repeated(PipelineBenchmark.sample(), size));
      perByte[k++] = analyze / bytes;
      out.append(String.format(Locale.ROOT, "| %,d B | %.1f | %.2f | %.2f | %s |%n", bytes, analyze, icu, analyze / icu,
          alloc == null ? "-" : String.format(Locale.ROOT, "%.2f", alloc / bytes)));
    }
    if (k == 2) {
      out.append(String.format(Locale.ROOT, "%nLinearity (time per byte at 4 MB over 400 KB, target <= 1.3): %.2f%n",
          perByte[1] / perByte[0]));
    }
    Double notation = score.get("notation|4000000");
    if (notation != null) {
      out.append(String.format(Locale.ROOT, "Notation.parse: %.2f ms for the corpus, %.2f MB/s%n", notation,
          Inputs.notationBytes() / 1e6 / (notation / 1e3)));
    }
    return out.toString();
  }
}
