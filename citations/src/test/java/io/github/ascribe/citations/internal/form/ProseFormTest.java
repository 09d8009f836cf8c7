package io.github.ascribe.citations.internal.form;

import static io.github.ascribe.citations.internal.form.FormTestSupport.analyze;
import static io.github.ascribe.citations.internal.form.FormTestSupport.claims;
import static io.github.ascribe.citations.internal.form.FormTestSupport.hits;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.AttributionForm;
import org.junit.jupiter.api.Test;

/** {@link ProseForm}: cue phrases and reporting verbs inside a claim, which it leaves whole. */
class ProseFormTest {

  @Test
  void isTriedInsideClaims() {
    ProseForm f = FormTestSupport.builtIn(ProseForm.class);
    assertThat(f.form()).isEqualTo(AttributionForm.PROSE);
    assertThat(f.anchor()).isEqualTo(Anchor.INLINE);
  }

  @Test
  void accordingToAnOutlet() {
    Article a = analyze("According to Reuters, the deal is worth $2 billion.");
    assertThat(hits(a)).containsExactly("PROSE prose-cue-according ⟦According to Reuters⟧ [reuters] claims [0]");
    assertThat(claims(a)).containsExactly("According to Reuters, the deal is worth $2 billion.");
  }

  @Test
  void anOutletReportedAfterTheClaim() {
    Article a = analyze("The merger will close in June, the Financial Times reported.");
    assertThat(hits(a)).containsExactly("PROSE prose-verb-report ⟦Financial Times reported⟧ [financial-times] claims [0]");
    assertThat(claims(a)).containsExactly("The merger will close in June, the Financial Times reported.");
  }

  @Test
  void aSpeakerAfterAQuote() {
    Article a = analyze("“We will not retreat,” the minister said on Sunday.");
    assertThat(hits(a)).containsExactly("PROSE prose-verb-speech ⟦the minister said⟧ [person-the-minister] claims [0]");
  }

  @Test
  void officialsToldAnOutlet() {
    Article a = analyze("Officials told the BBC that the border would stay closed.");
    assertThat(hits(a)).containsExactly("PROSE prose-verb-speech ⟦Officials told⟧ [anonymous-officials] claims [0]",
        "PROSE prose-cue-told ⟦told the BBC⟧ [bbc] claims [0]");
  }

  @Test
  void perAnOutlet() {
    Article a = analyze("Prices will rise again next year, per Axios.");
    assertThat(hits(a)).containsExactly("PROSE prose-cue-per ⟦per Axios⟧ [axios] claims [0]");
  }

  @Test
  void anOutletFoundedInAYearIsNoAttribution() {
    assertThat(hits(analyze("The BBC was founded in 1922."))).isEmpty();
  }

  @Test
  void anOutletDescribedIsNoAttribution() {
    assertThat(hits(analyze("Reuters is a news agency based in London."))).isEmpty();
  }

  @Test
  void aBannerThatReadsIsNoSpeaker() {
    assertThat(hits(analyze("“This is unacceptable,” read a banner outside the palace."))).isEmpty();
  }
}
