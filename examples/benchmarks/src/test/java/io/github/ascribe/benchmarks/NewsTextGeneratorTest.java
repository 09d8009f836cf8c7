package io.github.ascribe.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.Ascribe;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.AttributionForm;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The generator is deterministic, sized as asked, and its text carries every attribution form. */
class NewsTextGeneratorTest {

  @Test
  void theSameSeedGivesTheSameText() {
    assertThat(new NewsTextGenerator(7).article(20_000)).isEqualTo(new NewsTextGenerator(7).article(20_000));
    assertThat(new NewsTextGenerator(7).notationCorpus(50)).isEqualTo(new NewsTextGenerator(7).notationCorpus(50));
    assertThat(new NewsTextGenerator(7).article(20_000)).isNotEqualTo(new NewsTextGenerator(8).article(20_000));
    assertThat(new NewsTextGenerator(3).articles(1_000, 5_000).limit(5).toList())
        .isEqualTo(new NewsTextGenerator(3).articles(1_000, 5_000).limit(5).toList());
  }

  @Test
  void articlesReachTheirSizeAndStopAtAParagraph() {
    for (int size : new int[] {1_000, 10_000, 100_000}) {
      String text = new NewsTextGenerator(size).article(size);
      long bytes = NewsTextGenerator.utf8Bytes(text);
      assertThat(bytes).isGreaterThanOrEqualTo(size).isLessThan(size + 5_000L);
      assertThat(text).endsWith("\n");
    }
  }

  @Test
  void everyFormIsWrittenAndTheAnalyserFindsEveryAttributionForm() {
    NewsTextGenerator g = new NewsTextGenerator(42);
    String text = g.article(60_000);
    assertThat(g.formsWritten()).containsExactlyInAnyOrder(NewsTextGenerator.Form.values());
    Article a = Ascribe.analyze(text);
    Set<AttributionForm> found = EnumSet.noneOf(AttributionForm.class);
    for (Attribution at : a.attributions()) {
      found.add(at.form());
    }
    assertThat(found).containsExactlyInAnyOrder(AttributionForm.values());
    assertThat(a.claims().size()).isGreaterThan(200);
    assertThat(text).contains("U.S.", "Mr.", "Jan.", "“", "$", "%", "](https://", "## ");
  }

  @Test
  void theNotationCorpusIsMostlyNotation() {
    List<String> corpus = new NewsTextGenerator(5).notationCorpus(300);
    long notation = corpus.stream().filter(s -> Ascribe.notation(s).isNotation()).count();
    assertThat(notation).isGreaterThan(240);
    assertThat(String.join("\n", corpus)).contains("+", "](https://", "Sources:", "=");
  }
}
