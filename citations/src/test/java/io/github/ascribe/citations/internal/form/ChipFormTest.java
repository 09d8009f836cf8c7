package io.github.ascribe.citations.internal.form;

import static io.github.ascribe.citations.internal.form.FormTestSupport.analyze;
import static io.github.ascribe.citations.internal.form.FormTestSupport.claims;
import static io.github.ascribe.citations.internal.form.FormTestSupport.hit;
import static io.github.ascribe.citations.internal.form.FormTestSupport.hits;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.AttributionForm;
import org.junit.jupiter.api.Test;

/** {@link ChipForm}: Copilot-style chips ({@code Reuters +2}) after a sentence's stop. */
class ChipFormTest {

  @Test
  void isTriedAtSentenceEnds() {
    ChipForm f = new ChipForm();
    assertThat(f.form()).isEqualTo(AttributionForm.CHIP);
    assertThat(f.anchor()).isEqualTo(Anchor.SENTENCE_END);
  }

  @Test
  void aChipGluedAfterTheStop() {
    Article a = analyze("The company cut 2,000 jobs in Europe.Reuters +2");
    assertThat(hit(a, "chip-trailing")).isEqualTo("CHIP chip-trailing ⟦Reuters +2⟧ [reuters] +2 claims [0]");
    assertThat(claims(a)).containsExactly("The company cut 2,000 jobs in Europe.");
  }

  @Test
  void twoGluedChipsBeforeTheNextSentence() {
    Article a = analyze("Inflation eased to 3.1% in May.Fortune+1Quartz +2 Gold fell on the news.");
    assertThat(hit(a, "chip-trailing"))
        .isEqualTo("CHIP chip-trailing ⟦Fortune+1Quartz +2⟧ [fortune, quartz] +3 claims [0]");
    assertThat(claims(a)).containsExactly("Inflation eased to 3.1% in May.", "Gold fell on the news.");
  }

  @Test
  void aNameWithAnAbbreviation() {
    Article a = analyze("The index fell 2% this week.Wall St. Journal+3");
    assertThat(hit(a, "chip-trailing"))
        .isEqualTo("CHIP chip-trailing ⟦Wall St. Journal+3⟧ [wall-street-journal] +3 claims [0]");
    assertThat(claims(a)).containsExactly("The index fell 2% this week.");
  }

  @Test
  void aDomainChip() {
    Article a = analyze("Home sales rose in March.apnews.com+3");
    assertThat(hit(a, "chip-domain"))
        .isEqualTo("CHIP chip-domain ⟦apnews.com+3⟧ [associated-press] +3 claims [0]");
    assertThat(claims(a)).containsExactly("Home sales rose in March.");
  }

  @Test
  void twoOutletsInOneChip() {
    Article a = analyze("The central bank cut rates.The Guardian/AP News +2");
    assertThat(hit(a, "chip-trailing"))
        .isEqualTo("CHIP chip-trailing ⟦The Guardian/AP News +2⟧ [the-guardian, associated-press] +2 claims [0]");
  }

  @Test
  void aPlusInsideASentenceIsNoChip() {
    Article a = analyze("Shipping cost $5 +2 for insurance.");
    assertThat(hits(a)).isEmpty();
    assertThat(claims(a)).containsExactly("Shipping cost $5 +2 for insurance.");
  }

  @Test
  void aVersionNumberIsNoChip() {
    Article a = analyze("Version 2.0+1 was released on Friday.");
    assertThat(hits(a)).isEmpty();
  }

  @Test
  void aTemperatureChangeIsNoChip() {
    assertThat(hits(analyze("It was cold on Monday. Temperatures +2 by Friday."))).isEmpty();
  }
}
