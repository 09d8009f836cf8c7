package io.github.ascribe.citations.internal.form;

import static io.github.ascribe.citations.internal.form.FormTestSupport.analyze;
import static io.github.ascribe.citations.internal.form.FormTestSupport.claims;
import static io.github.ascribe.citations.internal.form.FormTestSupport.hit;
import static io.github.ascribe.citations.internal.form.FormTestSupport.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.SourceMention;
import org.junit.jupiter.api.Test;

/** {@link TrailingLabelForm}: exactly an outlet's name in parentheses ending a sentence. */
class TrailingLabelFormTest {

  @Test
  void isALabelTriedAtSentenceEnds() {
    TrailingLabelForm f = new TrailingLabelForm();
    assertThat(f.form()).isEqualTo(AttributionForm.LABEL);
    assertThat(f.anchor()).isEqualTo(Anchor.SENTENCE_END);
  }

  @Test
  void aWireLabelBeforeTheStop() {
    Article a = analyze("Factory orders rose 2% in April (dpa).");
    assertThat(hit(a, "label-trailing")).isEqualTo("LABEL label-trailing ⟦(dpa).⟧ [dpa] claims [0]");
    assertThat(claims(a)).containsExactly("Factory orders rose 2% in April");
  }

  @Test
  void anAgencyAlias() {
    Article a = analyze("Japan's exports climbed for a fifth month (Kyodo).");
    assertThat(hit(a, "label-trailing")).isEqualTo("LABEL label-trailing ⟦(Kyodo).⟧ [kyodo] claims [0]");
  }

  @Test
  void aNameOfTwoWords() {
    Article a = analyze("The ceasefire took effect at noon (Al Jazeera). Aid trucks crossed later.");
    assertThat(hit(a, "label-trailing"))
        .isEqualTo("LABEL label-trailing ⟦(Al Jazeera).⟧ [al-jazeera] claims [0]");
    assertThat(claims(a)).containsExactly("The ceasefire took effect at noon", "Aid trucks crossed later.");
  }

  @Test
  void withoutAStop() {
    Article a = analyze("Parliament approved the budget (ANSA)");
    assertThat(hit(a, "label-trailing")).isEqualTo("LABEL label-trailing ⟦(ANSA)⟧ [ansa] claims [0]");
    assertThat(claims(a)).containsExactly("Parliament approved the budget");
  }

  @Test
  void theMentionIsTheNameInsideTheParentheses() {
    Article a = analyze("Factory orders rose 2% in April (dpa).");
    SourceMention m = a.attributions().get(0).mentions().get(0);
    assertThat(m.text()).isEqualTo("dpa");
    assertThat(m.span().text(a.text())).isEqualTo("dpa");
  }

  @Test
  void aVoteCountIsNoLabel() {
    Article a = analyze("The bill passed (52 to 48).");
    assertThat(rules(a)).isEmpty();
    assertThat(claims(a)).containsExactly("The bill passed (52 to 48).");
  }

  @Test
  void anAsideIsNoLabel() {
    assertThat(rules(analyze("He met the prime minister (again)."))).isEmpty();
  }

  @Test
  void aPlaceIsNoLabel() {
    assertThat(rules(analyze("The talks were held in the capital (Washington)."))).isEmpty();
  }

  @Test
  void anOutletInParenthesesInsideTheSentenceIsNoTrailingLabel() {
    assertThat(rules(analyze("The agency (Reuters) declined to comment on the report."))).doesNotContain("label-trailing");
  }
}
