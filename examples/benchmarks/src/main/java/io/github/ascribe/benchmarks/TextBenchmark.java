package io.github.ascribe.benchmarks;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
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
 * The same generated article read seven ways, so that the figures compare: (b) Ascribe's full
 * analysis, (c) ICU4J's sentence break iterator alone (the floor: analysis must segment anyway), (c2)
 * the same iterator over only the paragraphs that hold claims, one at a time, (d)
 * commonmark-java parsing the text as markdown, (e) a hand-written JDK regex extractor, (f) {@link
 * WordFloor}: ICU per paragraph plus one dictionary look-up per word, the least any analyser of this
 * shape does. Time per article; {@code Report} turns it into MB/s and ratios. (a), notation parsing, is {@link
 * NotationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 3, time = 3)
public class TextBenchmark {

  /** Target article size in UTF-8 bytes: 10 KB, 1 MB, 10 MB. */
  @Param({"10000", "1000000", "10000000"})
  public int size;

  private String text;
  private List<String> claimParagraphs;
  private Parser markdown;
  private WordFloor floor;

  /** ICU iterators are not thread-safe; each benchmark thread has its own. */
  @State(Scope.Thread)
  public static class Segmenter {
    BreakIterator sentences;

    /** Creates the iterator the analyser uses: English with abbreviation suppression. */
    @Setup(Level.Trial)
    public void setUp() {
      sentences = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
    }
  }

  /**
   * Warms the analyser's code up before JMH's own warm-up: the analyser is a lot of code, and the
   * JIT keeps making it faster for about 10 MB of text (measured: 1 MB slices of one article ran
   * at 1.4, 1.0, ..., 2.1 MB/s one after the other). Analyses other generated text (seed 1), 500
   * KB at a time, for 20 seconds, once per fork; only {@link #analyze} uses it.
   */
  @State(Scope.Benchmark)
  public static class WarmAnalyzer {
    Analyzer analyzer;

    /** Builds the analyser and runs it for 20 seconds. */
    @Setup(Level.Trial)
    public void setUp() {
      analyzer = Analyzer.builder().build();
      NewsTextGenerator g = new NewsTextGenerator(1);
      String text = g.article(500_000);
      long end = System.nanoTime() + 20_000_000_000L;
      while (System.nanoTime() < end) {
        analyzer.analyze(text);
      }
    }
  }

  /** Generates the article (seed {@link Inputs#SEED}) and builds the readers. */
  @Setup(Level.Trial)
  public void setUp() {
    text = Inputs.article(size);
    claimParagraphs = claimParagraphs(text);
    markdown = Parser.builder().build();
    floor = WordFloor.ofRegistry(io.github.ascribe.core.registry.SourceRegistry.bundled());
  }

  /**
   * The paragraphs of {@code text} that hold at least one claim of its analysis, in order.
   *
   * @param text an article
   * @return copies of those paragraphs
   */
  static List<String> claimParagraphs(String text) {
    Article a = Analyzer.builder().build().analyze(text);
    boolean[] withClaims = new boolean[a.paragraphs().size()];
    for (Claim c : a.claims()) {
      withClaims[c.paragraph()] = true;
    }
    List<String> out = new ArrayList<>();
    for (Paragraph p : a.paragraphs()) {
      if (withClaims[p.index()]) {
        out.add(text.substring(p.span().start(), p.span().end()));
      }
    }
    return out;
  }

  /**
   * (b) Full analysis: paragraphs, sentences, claims, every attribution form, audit.
   *
   * @param warm the warmed-up analyser
   * @return the article, for the blackhole
   */
  @Benchmark
  public Article analyze(WarmAnalyzer warm) {
    return warm.analyzer.analyze(text);
  }

  /**
   * (c) ICU sentence segmentation alone, as the analyser configures it.
   *
   * @param seg the thread's iterator
   * @return the number of sentences
   */
  @Benchmark
  public int icuSentences(Segmenter seg) {
    return sentences(seg.sentences, text);
  }

  /**
   * The sentences of {@code text} by {@code it}: the whole of what the ICU yardsticks do.
   *
   * @param it a sentence iterator
   * @param text the text
   * @return how many sentence ends it found
   */
  static int sentences(BreakIterator it, String text) {
    it.setText(text);
    int n = 0;
    while (it.next() != BreakIterator.DONE) {
      n++;
    }
    return n;
  }

  /**
   * (c2) ICU sentence segmentation of only the paragraphs in which analysis finds claims, each set
   * as a text of its own, as the analyser segments them: the least ICU work an analysis that finds
   * those claims does. The paragraphs are copied once, in the set-up, so no copy is timed.
   *
   * @param seg the thread's iterator
   * @return the number of sentences
   */
  @Benchmark
  public int icuClaimParagraphs(Segmenter seg) {
    BreakIterator it = seg.sentences;
    int n = 0;
    for (String p : claimParagraphs) {
      it.setText(p);
      while (it.next() != BreakIterator.DONE) {
        n++;
      }
    }
    return n;
  }

  /**
   * (d) commonmark-java parsing the same text.
   *
   * @return the document node
   */
  @Benchmark
  public Node commonmark() {
    return markdown.parse(text);
  }

  /**
   * (e) The hand-written JDK regex extractor.
   *
   * @return the matches
   */
  @Benchmark
  public List<RegexExtractor.Hit> regex() {
    return RegexExtractor.extract(text);
  }

  /**
   * (f) The yardstick: paragraphs, ICU sentences, and one look-up per word ({@link WordFloor}).
   *
   * @param seg the thread's iterator
   * @return how many words were found
   */
  @Benchmark
  public int wordFloor(Segmenter seg) {
    return floor.read(text, seg.sentences);
  }
}
