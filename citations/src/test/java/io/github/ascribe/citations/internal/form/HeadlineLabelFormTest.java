package io.github.ascribe.citations.internal.form;

import static io.github.ascribe.citations.internal.form.FormTestSupport.analyze;
import static io.github.ascribe.citations.internal.form.FormTestSupport.claims;
import static io.github.ascribe.citations.internal.form.FormTestSupport.hit;
import static io.github.ascribe.citations.internal.form.FormTestSupport.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.AttributionForm;
import org.junit.jupiter.api.Test;

/** {@link HeadlineLabelForm}: a paragraph ending in a dash and exactly an outlet's name. */
class HeadlineLabelFormTest {

  @Test
  void isALabelTriedAtParagraphEnds() {
    HeadlineLabelForm f = new HeadlineLabelForm();
    assertThat(f.form()).isEqualTo(AttributionForm.LABEL);
    assertThat(f.anchor()).isEqualTo(Anchor.PARAGRAPH_END);
  }

  @Test
  void anEmDashAndAnOutlet() {
    Article a = analyze("Markets slide as rates rise — Financial Times");
    assertThat(hit(a, "label-headline"))
        .isEqualTo("LABEL label-headline ⟦— Financial Times⟧ [financial-times] claims [0]");
    assertThat(claims(a)).containsExactly("Markets slide as rates rise");
  }

  @Test
  void aDashGluedToBothWords() {
    Article a = analyze("Ceasefire talks stall in Doha—Al Jazeera");
    assertThat(hit(a, "label-headline")).isEqualTo("LABEL label-headline ⟦—Al Jazeera⟧ [al-jazeera] claims [0]");
    assertThat(claims(a)).containsExactly("Ceasefire talks stall in Doha");
  }

  @Test
  void aHyphenBetweenSpacesAndAnEnDash() {
    assertThat(hit(analyze("Fed holds rates steady - CNBC"), "label-headline"))
        .isEqualTo("LABEL label-headline ⟦- CNBC⟧ [cnbc] claims [0]");
    assertThat(hit(analyze("Oil climbs as supply tightens – Bloomberg"), "label-headline"))
        .isEqualTo("LABEL label-headline ⟦– Bloomberg⟧ [bloomberg] claims [0]");
  }

  @Test
  void itCoversEveryClaimOfItsParagraph() {
    Article a = analyze("Stocks fell on Monday. Bonds rallied — Reuters\nThe dollar was flat.");
    assertThat(hit(a, "label-headline")).isEqualTo("LABEL label-headline ⟦— Reuters⟧ [reuters] claims [0, 1]");
    assertThat(claims(a)).containsExactly("Stocks fell on Monday.", "Bonds rallied", "The dollar was flat.");
  }

  @Test
  void aDashBeforeAnOrdinaryWordIsNoLabel() {
    Article a = analyze("Prices rose in May - sharply");
    assertThat(rules(a)).doesNotContain("label-headline");
    assertThat(claims(a)).containsExactly("Prices rose in May - sharply");
  }

  @Test
  void aScoreWithAHyphenIsNoLabel() {
    assertThat(rules(analyze("The vote was 52-48"))).doesNotContain("label-headline");
  }

  @Test
  void aPlaceAfterTheDashIsNoLabel() {
    assertThat(rules(analyze("Talks moved to the capital – Paris"))).doesNotContain("label-headline");
  }

  @Test
  void anOutletFollowedByMoreWordsIsNoLabel() {
    assertThat(rules(analyze("Shares fell - Reuters says so"))).doesNotContain("label-headline");
  }
}
