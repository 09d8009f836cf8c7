package io.github.ascribe.benchmarks;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.nlp.NlpProseForm;
import java.util.EnumSet;
import java.util.Locale;
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
 * The two prose paths on the reference article repeated to {@code size} characters, in the style of
 * {@link PipelineBenchmark}: {@code fast} (the analyser as built by default) and {@code nlp} (the
 * built-in prose recogniser replaced by {@code ascribe-nlp}'s {@link NlpProseForm} for English),
 * each as a ratio against ICU's sentence iterator over the same text in the same run ({@code
 * icuSentences}). Each analysis of the NLP path makes its own OpenNLP tagger (a few milliseconds) and
 * tags every claim; the model is read once, in the set-up, and is not measured.
 *
 * <pre>{@code
 * java -jar examples/benchmarks/target/benchmarks.jar ProsePathBenchmark -prof gc
 * }</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class ProsePathBenchmark {

  /** Characters of text: the reference article (2.3 KB) once, and repeated to 400 KB. */
  @Param({"3000", "400000"})
  public int size;

  private String text;
  private Analyzer fast;
  private Analyzer nlp;

  @Setup(Level.Trial)
  public void setUp() {
    text = PipelineBenchmark.repeated(PipelineBenchmark.sample(), size);
    int max = Math.max(size, Analyzer.DEFAULT_MAX_INPUT);
    fast = Analyzer.builder().maxInput(max).build();
    nlp = Analyzer.builder().maxInput(max).disableForms(EnumSet.of(AttributionForm.PROSE))
        .form(NlpProseForm.of(Locale.ENGLISH)).build();
  }

  @Benchmark
  public Article fast() {
    return fast.analyze(text);
  }

  @Benchmark
  public Article nlp() {
    return nlp.analyze(text);
  }

  @Benchmark
  public int icuSentences(TextBenchmark.Segmenter seg) {
    return TextBenchmark.sentences(seg.sentences, text);
  }
}
