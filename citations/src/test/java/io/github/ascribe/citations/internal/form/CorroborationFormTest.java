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

/** {@link CorroborationForm}: "X and Y both reported this" backs the claims before it. */
class CorroborationFormTest {

  @Test
  void isTriedOnWholeSentences() {
    CorroborationForm f = FormTestSupport.builtIn(CorroborationForm.class);
    assertThat(f.form()).isEqualTo(AttributionForm.CORROBORATION);
    assertThat(f.anchor()).isEqualTo(Anchor.SENTENCE);
  }

  @Test
  void threeOutletsAllReport() {
    Article a = analyze("The minister will step down next week. "
        + "Reuters, The Times, and WSJ all report this news item as accurate.");
    assertThat(hit(a, "corroboration")).isEqualTo("CORROBORATION corroboration "
        + "⟦Reuters, The Times, and WSJ all report this news item as accurate.⟧ "
        + "[reuters, the-times, wall-street-journal] claims [0]");
    assertThat(claims(a)).containsExactly("The minister will step down next week.");
  }

  @Test
  void onItsOwnLineItBacksTheParagraphAbove() {
    Article a = analyze("Exports to China fell 12% in April.\nAP and AFP both reported the same.");
    assertThat(hit(a, "corroboration")).isEqualTo("CORROBORATION corroboration "
        + "⟦AP and AFP both reported the same.⟧ [associated-press, agence-france-presse] claims [0]");
    assertThat(claims(a)).containsExactly("Exports to China fell 12% in April.");
  }

  @Test
  void bothConfirmedIt() {
    Article a = analyze("The vaccine was approved for children. Bloomberg and CNBC both confirmed it.");
    assertThat(hit(a, "corroboration")).isEqualTo("CORROBORATION corroboration "
        + "⟦Bloomberg and CNBC both confirmed it.⟧ [bloomberg, cnbc] claims [0]");
  }

  @Test
  void itCoversEveryEarlierClaimOfItsParagraph() {
    Article a = analyze("The strike ended. Trains ran again. The BBC and Reuters both reported this.");
    assertThat(hit(a, "corroboration")).isEqualTo("CORROBORATION corroboration "
        + "⟦The BBC and Reuters both reported this.⟧ [bbc, reuters] claims [0, 1]");
    assertThat(claims(a)).containsExactly("The strike ended.", "Trains ran again.");
  }

  @Test
  void outletsDescribedTogetherAreNoCorroboration() {
    Article a = analyze("Prices rose. Reuters and AFP are both news agencies.");
    assertThat(rules(a)).doesNotContain("corroboration");
    assertThat(claims(a)).hasSize(2);
  }

  @Test
  void bothWithoutOutletsIsNoCorroboration() {
    assertThat(rules(analyze("Sales slowed. Both companies reported losses."))).doesNotContain("corroboration");
  }

  @Test
  void oneOutletReportingANewFactIsProseNotCorroboration() {
    Article a = analyze("The port closed. Reuters reported that the strike had ended.");
    assertThat(rules(a)).doesNotContain("corroboration");
    assertThat(claims(a)).hasSize(2);
  }
}
