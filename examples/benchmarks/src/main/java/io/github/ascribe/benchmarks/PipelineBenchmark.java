package io.github.ascribe.benchmarks;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.citations.Notation;
import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.core.Article;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pipeline's speed targets, each a ratio against a yardstick measured in the same run: full
 * analysis of the reference article repeated to {@code size} characters against ICU's sentence
 * iterator over the same text ({@code analyze / icuSentences}, target at most 6), allocation per
 * input byte ({@code -prof gc}, target at most 10), linearity (the ratio at 4 MB against 400 KB), and
 * {@code Notation.parse} over the benchmarks' notation strings.
 *
 * <pre>{@code
 * java -jar examples/benchmarks/target/benchmarks.jar PipelineBenchmark -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class PipelineBenchmark {

  /** The reference article, from the repository root (where the benchmarks run) or from this module. */
  static final Path SAMPLE = Files.exists(Path.of("examples/samples/istanbul-talks.txt"))
      ? Path.of("examples/samples/istanbul-talks.txt") : Path.of("../samples/istanbul-talks.txt");

  /** Characters of text: the reference article repeated, paragraphs apart. */
  @Param({"400000", "4000000"})
  public int size;

  private String text;
  private List<String> notation;
  private Analyzer analyzer;

  @Setup(Level.Trial)
  public void setUp() {
    text = repeated(sample(), size);
    notation = Inputs.notation();
    analyzer = Analyzer.builder().maxInput(Math.max(size, Analyzer.DEFAULT_MAX_INPUT)).build();
  }

  /** The reference article as the repository holds it. */
  static String sample() {
    try {
      return Files.readString(SAMPLE, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("run the benchmarks from the repository root: " + SAMPLE, e);
    }
  }

  /** {@code article} repeated, a blank line between copies, cut at a line end to at most {@code size} characters. */
  static String repeated(String article, int size) {
    StringBuilder sb = new StringBuilder(size + article.length());
    while (sb.length() + article.length() + 2 <= size) {
      sb.append(article.strip()).append("\n\n");
    }
    return sb.length() == 0 ? article.substring(0, Math.min(size, article.length())) : sb.toString();
  }

  @Benchmark
  public Article analyze() {
    return analyzer.analyze(text);
  }

  @Benchmark
  public int icuSentences(TextBenchmark.Segmenter seg) {
    return TextBenchmark.sentences(seg.sentences, text);
  }

  @Benchmark
  public int notation() {
    int n = 0;
    for (String s : notation) {
      NotationResult r = Notation.parse(s);
      n += r.entries().size();
    }
    return n;
  }
}
