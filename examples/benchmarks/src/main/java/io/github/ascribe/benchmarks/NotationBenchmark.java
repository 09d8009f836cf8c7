package io.github.ascribe.benchmarks;

import io.github.ascribe.citations.Notation;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * (a) {@link Notation#parse(String)} over a corpus of typical chip and source-list strings
 * ({@link NewsTextGenerator#notationCorpus(int)}); one operation parses the whole corpus. (a0) The
 * notation yardstick {@link NotationFloor} over the same corpus.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 6, time = 2)
@Measurement(iterations = 3, time = 3)
public class NotationBenchmark {

  private List<String> corpus;
  private NotationFloor floor;

  /** Generates the corpus. */
  @Setup(Level.Trial)
  public void setUp() {
    corpus = Inputs.notation();
    floor = NotationFloor.ofRegistry(io.github.ascribe.core.registry.SourceRegistry.bundled());
  }

  /**
   * Parses every string of the corpus.
   *
   * @param bh the blackhole
   */
  @Benchmark
  public void parse(Blackhole bh) {
    for (String s : corpus) {
      bh.consume(Notation.parse(s));
    }
  }

  /**
   * Reads every string of the corpus with the yardstick: pieces and a look-up per piece.
   *
   * @return the names found
   */
  @Benchmark
  public int floor() {
    int found = 0;
    for (String s : corpus) {
      found += floor.read(s);
    }
    return found;
  }
}
