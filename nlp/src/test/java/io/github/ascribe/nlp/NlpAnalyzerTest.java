package io.github.ascribe.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.citations.Ascribe;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.AttributionForm;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The NLP recogniser end to end, through {@code Analyzer.builder()}: in place of the built-in prose
 * recogniser it reports the prose attributions of an article with their relations, covers the claims
 * they attribute, leaves the other forms alone, and gives the same article on many threads at once.
 */
class NlpAnalyzerTest {

  private static final String ARTICLE = """
      BRUSSELS (Reuters) - Ministers failed to agree on a new budget on Tuesday.

      "We are not there yet," said Elena Marsh, the Irish finance minister.
      The Commission, which drafted the plan, said talks would resume next week.
      According to two diplomats familiar with the talks, the main dispute is over farm subsidies.
      The weather was cold.
      """;

  @Test
  void replacesTheFastProseRecogniser() {
    Analyzer nlp = NlpProseFormTest.EN;
    assertThat(nlp.forms()).contains(NlpProseFormTest.ENGLISH);
    Article a = nlp.analyze(ARTICLE);
    List<Attribution> prose = a.attributions().stream().filter(x -> x.form() == AttributionForm.PROSE).toList();
    assertThat(prose).extracting(Attribution::rule).allMatch(r -> r.startsWith("nlp-"));
    assertThat(prose).extracting(x -> x.mentions().get(0).text())
        .containsExactly("Elena Marsh", "The Commission", "two diplomats familiar with the talks");
    // the dateline is still read by the built-in form
    assertThat(a.attributions()).extracting(Attribution::form).contains(AttributionForm.DATELINE);
    // each prose attribution covers the claim it is in; the weather claim has none of them
    for (Attribution at : prose) {
      assertThat(at.claims()).isNotEmpty();
      assertThat(at.prose()).isPresent();
    }
    int weather = a.claims().stream().filter(c -> c.text().contains("weather")).findFirst().orElseThrow().index();
    assertThat(prose).noneMatch(at -> at.claims().contains(weather));
  }

  @Test
  void findsWhatTheFastPathFindsOnPlainCases() {
    String text = "The minister said the talks would resume.";
    Article fast = Ascribe.analyze(text);
    Article nlp = NlpProseFormTest.EN.analyze(text);
    assertThat(nlp.attributions()).extracting(a -> a.span().text(text))
        .isEqualTo(fast.attributions().stream().map(a -> a.span().text(text)).toList());
    assertThat(nlp.claims()).extracting(c -> c.span()).isEqualTo(fast.claims().stream().map(c -> c.span()).toList());
    assertThat(nlp.attributions().get(0).claims()).isEqualTo(fast.attributions().get(0).claims());
  }

  @Test
  void manyThreadsGiveTheSameArticle() throws Exception {
    Analyzer nlp = Analyzer.builder().locale(Locale.ENGLISH).disableForms(EnumSet.of(AttributionForm.PROSE))
        .form(NlpProseFormTest.ENGLISH).build();
    Article expected = nlp.analyze(ARTICLE);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Article>> results = new ArrayList<>();
      for (int i = 0; i < 32; i++) {
        results.add(pool.submit(() -> nlp.analyze(ARTICLE)));
      }
      for (Future<Article> f : results) {
        assertThat(f.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
