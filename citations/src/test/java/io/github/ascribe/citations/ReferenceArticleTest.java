package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.Article;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The reference article must give exactly what the article-analysis issue lists. */
class ReferenceArticleTest {

  static Article article;
  static String text;

  @BeforeAll
  static void analyze() throws IOException {
    Path file = Path.of(System.getProperty("ascribe.samples", "../examples/samples"), "istanbul-talks.txt");
    text = Files.readString(file, StandardCharsets.UTF_8);
    article = Ascribe.analyze(text);
  }

  private static List<String> media(int claim) {
    return article.claims().get(claim).mediaSources().stream().map(Source::id).toList();
  }

  @Test
  void nineClaimsByTheirOpeningWords() {
    assertThat(article.claims()).extracting(c -> c.text().split(" ")[0] + " " + c.text().split(" ")[1])
        .containsExactly("Russian and", "Unfortunately, despite", "Rustem Umerov", "Notable absent", "While the",
            "International reactions", "Turkish Foreign", "Although limited", "As the");
    for (Claim c : article.claims()) {
      assertThat(c.span().text(text)).isEqualTo(c.text());
      assertThat(c.text()).isEqualTo(c.text().strip());
    }
  }

  @Test
  void sourcesOfEachClaim() {
    assertThat(media(0)).containsExactly("wall-street-journal", "the-guardian", "yahoo-news");
    assertThat(media(1)).containsExactly("wall-street-journal", "the-guardian", "yahoo-news");
    assertThat(media(2)).containsExactly("reuters", "the-times", "wall-street-journal");
    assertThat(article.claims().get(2).otherSources()).extracting(Source::kind, Source::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(SourceKind.ANONYMOUS, "an official of their delegation"));
    assertThat(media(3)).containsExactly("the-guardian", "associated-press", "times-of-india", "reuters");
    assertThat(article.claims().get(3).unnamedSources()).isEqualTo(6);
    assertThat(article.claims().get(3).sourceCount()).isEqualTo(10);
    assertThat(media(4)).isEmpty();
    assertThat(media(5)).containsExactly("associated-press", "the-guardian", "reuters");
    assertThat(article.claims().get(5).otherSources()).extracting(Source::name).contains("Marco Rubio");
    assertThat(media(6)).containsExactly("associated-press", "the-guardian");
    assertThat(media(7)).containsExactly("associated-press", "the-guardian");
    assertThat(media(8)).isEmpty();
  }

  @Test
  void notationIsNeverAClaim() {
    for (Claim c : article.claims()) {
      assertThat(c.text()).doesNotContain("WSJ, The Guardian, Yahoo", "=4", "AP News + The Guardian", "To date");
    }
  }

  @Test
  void formsAndAudit() {
    assertThat(article.attributions()).extracting(a -> a.form()).contains(AttributionForm.SOURCE_LINE,
        AttributionForm.SOURCE_TAIL, AttributionForm.CORROBORATION, AttributionForm.PROSE);
    assertThat(article.summary().claims()).isEqualTo(9);
    assertThat(article.summary().attributedClaims()).isEqualTo(7);
    assertThat(article.summary().coverage()).isEqualTo(7.0 / 9);
    assertThat(article.summary().unattributedClaims()).isEqualTo(2);
    assertThat(article.summary().singleSourceClaims()).isZero();
    // WSJ, Guardian, Yahoo, Reuters, The Times, AP, TOI: Yahoo News is an aggregator
    assertThat(article.summary().distinctSources()).isEqualTo(7);
    assertThat(article.summary().independentSources()).isEqualTo(6);
    assertThat(article.diagnostics()).noneMatch(d -> d.severity() != io.github.ascribe.core.Severity.INFO);
  }

  @Test
  void theStatementAndNotationLineKeepTheirTotals() {
    var line = article.attributions().stream().filter(a -> a.declaredTotal().isPresent()).findFirst().orElseThrow();
    assertThat(line.declaredTotal().getAsInt()).isEqualTo(4);
    assertThat(line.unnamedSources()).isEqualTo(6);
    assertThat(line.span().text(text)).startsWith("The Guardian/AP News +2");
  }
}
