package io.github.ascribe.citations.internal.form;

import static io.github.ascribe.citations.internal.form.FormTestSupport.analyze;
import static io.github.ascribe.citations.internal.form.FormTestSupport.claims;
import static io.github.ascribe.citations.internal.form.FormTestSupport.hit;
import static io.github.ascribe.citations.internal.form.FormTestSupport.hits;
import static io.github.ascribe.citations.internal.form.FormTestSupport.media;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.AttributionForm;
import org.junit.jupiter.api.Test;

/** {@link SourceLineForm}: a paragraph that is a list of outlets covers the paragraph above. */
class SourceLineFormTest {

  @Test
  void isTriedOnWholeParagraphs() {
    SourceLineForm f = new SourceLineForm();
    assertThat(f.form()).isEqualTo(AttributionForm.SOURCE_LINE);
    assertThat(f.anchor()).isEqualTo(Anchor.PARAGRAPH);
    assertThat(f.triggers()).isEmpty();
  }

  @Test
  void commaSeparatedOutletsUnderAClaim() {
    Article a = analyze("Shipping rates through the canal doubled in March.\nReuters, Bloomberg");
    assertThat(hit(a, "source-line"))
        .isEqualTo("SOURCE_LINE source-line ⟦Reuters, Bloomberg⟧ [reuters, bloomberg] claims [0]");
    assertThat(claims(a)).containsExactly("Shipping rates through the canal doubled in March.");
  }

  @Test
  void googleStyleDotsAfterABlankLine() {
    Article a = analyze("Rates were held at 4.5 percent. Markets had expected it.\n\nFinancial Times · The Economist");
    assertThat(hit(a, "source-line")).isEqualTo(
        "SOURCE_LINE source-line ⟦Financial Times · The Economist⟧ [financial-times, the-economist] claims [0, 1]");
  }

  @Test
  void aSourcesLeadIn() {
    Article a = analyze("# Markets\nCopper hit a record on Tuesday.\nSources: Reuters, Bloomberg");
    assertThat(hit(a, "source-line")).isEqualTo(
        "SOURCE_LINE source-line ⟦Sources: Reuters, Bloomberg⟧ [reuters, bloomberg] claims [0]");
  }

  @Test
  void pipesBetweenTechOutlets() {
    Article a = analyze("Apple unveiled a new laptop chip.\nThe Verge | TechCrunch | Wired");
    assertThat(hit(a, "source-line")).isEqualTo(
        "SOURCE_LINE source-line ⟦The Verge | TechCrunch | Wired⟧ [the-verge, techcrunch, wired] claims [0]");
  }

  @Test
  void onlyTheParagraphAboveIsCovered() {
    Article a = analyze("Prices rose.\nReuters\nWages fell.");
    assertThat(hit(a, "source-line")).isEqualTo("SOURCE_LINE source-line ⟦Reuters⟧ [reuters] claims [0]");
    assertThat(media(a, 1)).isEmpty();
  }

  @Test
  void aLeadInAndOneAddressIsALabel() {
    Article a = analyze("The mayor resigned after the vote.\n**Source:** https://apnews.com/article/mayor");
    assertThat(hits(a)).containsExactly("LABEL label-source-url ⟦**Source:** https://apnews.com/article/mayor⟧ "
        + "[associated-press] claims [0]");
  }

  @Test
  void proseWithCommasIsNoSourceLine() {
    Article a = analyze("Poland, Hungary and Slovakia voted against the plan.");
    assertThat(hits(a)).isEmpty();
    assertThat(claims(a)).hasSize(1);
  }

  @Test
  void aListOfCitiesIsNoSourceLine() {
    Article a = analyze("The tour starts in May.\nOslo, Helsinki, Tallinn");
    assertThat(hits(a)).isEmpty();
  }

  @Test
  void aSentenceAboutAnOutletIsNoSourceLine() {
    Article a = analyze("Prices rose.\nReuters is a news agency based in London.");
    assertThat(hits(a)).isEmpty();
    assertThat(claims(a)).hasSize(2);
  }

  @Test
  void aShoppingListIsNoSourceLine() {
    assertThat(hits(analyze("Fruit got cheaper.\nApples, pears, plums"))).isEmpty();
  }
}
