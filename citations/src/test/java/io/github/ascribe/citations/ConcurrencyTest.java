package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.Article;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One shared Analyzer and NotationParser used by eight threads give the same results as one thread. */
class ConcurrencyTest {

  @Test
  void eightThreadsShareOneAnalyzer() throws Exception {
    Analyzer shared = Analyzer.builder().build();
    NotationParser parser = NotationParser.builder().build();
    List<String> corpus = HostileInputTest.corpus();
    List<Article> expected = new ArrayList<>();
    List<NotationResult> expectedNotation = new ArrayList<>();
    for (String t : corpus) {
      expected.add(shared.analyze(t));
      expectedNotation.add(parser.parse(t));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Boolean>> futures = new ArrayList<>();
      for (int thread = 0; thread < 8; thread++) {
        int offset = thread;
        futures.add(pool.submit(() -> {
          boolean same = true;
          for (int round = 0; round < 20; round++) {
            int i = (round + offset) % corpus.size();
            same &= shared.analyze(corpus.get(i)).equals(expected.get(i));
            same &= parser.parse(corpus.get(i)).equals(expectedNotation.get(i));
          }
          return same;
        }));
      }
      for (Future<Boolean> f : futures) {
        assertThat(f.get(120, TimeUnit.SECONDS)).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
