package io.github.ascribe.citations.internal.form;

import static io.github.ascribe.citations.internal.form.FormTestSupport.analyze;
import static io.github.ascribe.citations.internal.form.FormTestSupport.claims;
import static io.github.ascribe.citations.internal.form.FormTestSupport.hit;
import static io.github.ascribe.citations.internal.form.FormTestSupport.hits;
import static io.github.ascribe.citations.internal.form.FormTestSupport.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.AttributionForm;
import org.junit.jupiter.api.Test;

/** {@link SentenceTailForm}: a sentence that is only outlets covers the claims before it. */
class SentenceTailFormTest {

  @Test
  void isTriedOnWholeSentences() {
    SentenceTailForm f = new SentenceTailForm();
    assertThat(f.form()).isEqualTo(AttributionForm.SOURCE_TAIL);
    assertThat(f.anchor()).isEqualTo(Anchor.SENTENCE);
  }

  @Test
  void plusSeparatedOutletsCoverEveryEarlierClaim() {
    Article a = analyze("Oil prices fell for a third day. Demand stayed weak. Reuters + Bloomberg + CNBC.");
    assertThat(hit(a, "sentence-tail")).isEqualTo(
        "SOURCE_TAIL sentence-tail ⟦Reuters + Bloomberg + CNBC.⟧ [reuters, bloomberg, cnbc] claims [0, 1]");
    assertThat(claims(a)).containsExactly("Oil prices fell for a third day.", "Demand stayed weak.");
  }

  @Test
  void aCommaAndAnAlias() {
    Article a = analyze("The ceasefire held overnight. Reuters, AP.");
    assertThat(hit(a, "sentence-tail"))
        .isEqualTo("SOURCE_TAIL sentence-tail ⟦Reuters, AP.⟧ [reuters, associated-press] claims [0]");
  }

  @Test
  void namesOfSeveralWords() {
    Article a = analyze("Turnout reached 70 percent. The Guardian + BBC News.");
    assertThat(hit(a, "sentence-tail"))
        .isEqualTo("SOURCE_TAIL sentence-tail ⟦The Guardian + BBC News.⟧ [the-guardian, bbc] claims [0]");
  }

  @Test
  void japaneseOutlets() {
    Article a = analyze("Toyota raised its annual profit forecast. Nikkei, Kyodo.");
    assertThat(hit(a, "sentence-tail"))
        .isEqualTo("SOURCE_TAIL sentence-tail ⟦Nikkei, Kyodo.⟧ [nikkei, kyodo] claims [0]");
  }

  @Test
  void aSecondTailCoversOnlyWhatTheFirstDoesNot() {
    Article a = analyze("Gold rose. Reuters. Silver fell. AFP.");
    assertThat(hits(a)).containsExactly("SOURCE_TAIL sentence-tail ⟦Reuters.⟧ [reuters] claims [0]",
        "SOURCE_TAIL sentence-tail ⟦AFP.⟧ [agence-france-presse] claims [1]");
    assertThat(claims(a)).containsExactly("Gold rose.", "Silver fell.");
  }

  @Test
  void aSentenceAboutAnOutletIsNoTail() {
    Article a = analyze("Oil fell. Reuters reported the drop on Monday.");
    assertThat(rules(a)).doesNotContain("sentence-tail");
    assertThat(claims(a)).hasSize(2);
  }

  @Test
  void aListOfCommonNounsIsNoTail() {
    Article a = analyze("Fruit got cheaper. Apples, pears, plums.");
    assertThat(rules(a)).doesNotContain("sentence-tail");
  }

  @Test
  void aListOfTradersIsNoTail() {
    assertThat(rules(analyze("Shares fell. Analysts, traders and funds sold."))).doesNotContain("sentence-tail");
  }
}
