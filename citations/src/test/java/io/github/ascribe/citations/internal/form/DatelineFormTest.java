package io.github.ascribe.citations.internal.form;

import static io.github.ascribe.citations.internal.form.FormTestSupport.analyze;
import static io.github.ascribe.citations.internal.form.FormTestSupport.claims;
import static io.github.ascribe.citations.internal.form.FormTestSupport.hit;
import static io.github.ascribe.citations.internal.form.FormTestSupport.media;
import static io.github.ascribe.citations.internal.form.FormTestSupport.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.AttributionForm;
import org.junit.jupiter.api.Test;

/** {@link DatelineForm}: {@code PLACE[, date] (Outlet) -} opening a paragraph, covering the story. */
class DatelineFormTest {

  @Test
  void isTriedAtParagraphStartsHoldingABracket() {
    DatelineForm f = new DatelineForm();
    assertThat(f.form()).isEqualTo(AttributionForm.DATELINE);
    assertThat(f.anchor()).isEqualTo(Anchor.PARAGRAPH_START);
    assertThat(f.triggers()).containsExactly(LexKind.OPEN);
  }

  @Test
  void reutersDatelineCoversEverySentenceAndIsCutFromTheFirst() {
    Article a = analyze("BRUSSELS (Reuters) - EU ministers agreed on new sanctions. They take effect in May.");
    assertThat(hit(a, "dateline")).isEqualTo("DATELINE dateline ⟦BRUSSELS (Reuters) -⟧ [reuters] claims [0, 1]");
    assertThat(claims(a)).containsExactly("EU ministers agreed on new sanctions.", "They take effect in May.");
  }

  @Test
  void aDateAfterTheCommaMayHoldLowercaseLetters() {
    Article a = analyze("LAGOS, March 2 (Reuters) - Fuel queues returned to the city.");
    assertThat(hit(a, "dateline")).isEqualTo("DATELINE dateline ⟦LAGOS, March 2 (Reuters) -⟧ [reuters] claims [0]");
    assertThat(claims(a)).containsExactly("Fuel queues returned to the city.");
  }

  @Test
  void apDatelineWithAnEmDash() {
    Article a = analyze("WASHINGTON (AP) — The Senate passed the bill. It now goes to the House.");
    assertThat(hit(a, "dateline")).isEqualTo("DATELINE dateline ⟦WASHINGTON (AP) —⟧ [associated-press] claims [0, 1]");
    assertThat(claims(a)).first().isEqualTo("The Senate passed the bill.");
  }

  @Test
  void twoHyphensAndAnAgencyAlias() {
    Article a = analyze("BEIJING, Jan 5 (Xinhua) -- China's exports rose 7 percent in December.");
    assertThat(hit(a, "dateline"))
        .isEqualTo("DATELINE dateline ⟦BEIJING, Jan 5 (Xinhua) --⟧ [xinhua] claims [0]");
    assertThat(claims(a)).containsExactly("China's exports rose 7 percent in December.");
  }

  @Test
  void theStoryRunsToTheNextHeading() {
    Article a = analyze("TOKYO (Kyodo) - The central bank held rates.\nThe yen weakened.\n\n# Sport\nThe team won.");
    assertThat(hit(a, "dateline")).isEqualTo("DATELINE dateline ⟦TOKYO (Kyodo) -⟧ [kyodo] claims [0, 1]");
    assertThat(media(a, 2)).isEmpty();
  }

  @Test
  void aBracketThatNamesNoOutletIsNoDateline() {
    Article a = analyze("WASHINGTON (the capital) - Lawmakers returned from recess.");
    assertThat(rules(a)).doesNotContain("dateline");
    assertThat(claims(a)).containsExactly("WASHINGTON (the capital) - Lawmakers returned from recess.");
  }

  @Test
  void anOrganisationInBracketsIsNoDateline() {
    Article a = analyze("NATO (North Atlantic Treaty Organization) - Allies met in Vilnius.");
    assertThat(rules(a)).doesNotContain("dateline");
  }

  @Test
  void anOutletWithoutADashIsNoDateline() {
    assertThat(rules(analyze("BRUSSELS (Reuters) EU ministers agreed on sanctions."))).doesNotContain("dateline");
  }

  @Test
  void aSentenceOpeningWithLowercaseWordsIsNoDateline() {
    Article a = analyze("The summit in Brussels (Reuters) - a long night - ended without a deal.");
    assertThat(rules(a)).doesNotContain("dateline");
  }

  @Test
  void aDatelineInsideAParagraphIsNoDateline() {
    Article a = analyze("Ministers met. BRUSSELS (Reuters) - they agreed on sanctions.");
    assertThat(rules(a)).doesNotContain("dateline");
  }
}
