package io.github.ascribe.citations.internal.form;

import static io.github.ascribe.citations.internal.form.FormTestSupport.analyze;
import static io.github.ascribe.citations.internal.form.FormTestSupport.claims;
import static io.github.ascribe.citations.internal.form.FormTestSupport.hit;
import static io.github.ascribe.citations.internal.form.FormTestSupport.media;
import static io.github.ascribe.citations.internal.form.FormTestSupport.rules;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.AttributionForm;
import org.junit.jupiter.api.Test;

/** {@link LeadingLabelForm}: {@code [Outlet]} opening a paragraph labels the paragraph's claims. */
class LeadingLabelFormTest {

  @Test
  void isALabelTriedAtParagraphStarts() {
    LeadingLabelForm f = new LeadingLabelForm();
    assertThat(f.form()).isEqualTo(AttributionForm.LABEL);
    assertThat(f.anchor()).isEqualTo(Anchor.PARAGRAPH_START);
  }

  @Test
  void anOutletInBracketsLabelsItsParagraph() {
    Article a = analyze("[Kyiv Post] Air defences shot down 20 drones overnight.");
    assertThat(hit(a, "label-leading")).isEqualTo("LABEL label-leading ⟦[Kyiv Post]⟧ [kyiv-post] claims [0]");
    assertThat(claims(a)).containsExactly("Air defences shot down 20 drones overnight.");
  }

  @Test
  void everySentenceOfTheParagraphIsCovered() {
    Article a = analyze("[Reuters] Oil rose 3% on Monday. Gas prices fell.");
    assertThat(hit(a, "label-leading")).isEqualTo("LABEL label-leading ⟦[Reuters]⟧ [reuters] claims [0, 1]");
    assertThat(claims(a)).containsExactly("Oil rose 3% on Monday.", "Gas prices fell.");
  }

  @Test
  void aNameOfTwoWordsAndAnAcronym() {
    assertThat(hit(analyze("[Al Jazeera] Talks resumed in Doha."), "label-leading"))
        .isEqualTo("LABEL label-leading ⟦[Al Jazeera]⟧ [al-jazeera] claims [0]");
    assertThat(hit(analyze("[NHK]  A strong quake struck off the coast."), "label-leading"))
        .isEqualTo("LABEL label-leading ⟦[NHK]⟧ [nhk] claims [0]");
  }

  @Test
  void theNextParagraphIsNotCovered() {
    Article a = analyze("[AFP] Strikes spread to the ports.\nTrains stopped at noon.");
    assertThat(hit(a, "label-leading"))
        .isEqualTo("LABEL label-leading ⟦[AFP]⟧ [agence-france-presse] claims [0]");
    assertThat(media(a, 1)).isEmpty();
  }

  @Test
  void aBracketedWordThatIsNoOutletIsNoLabel() {
    Article a = analyze("[Update] Officials revised the figures.");
    assertThat(rules(a)).doesNotContain("label-leading");
    assertThat(claims(a)).containsExactly("[Update] Officials revised the figures.");
  }

  @Test
  void aMarkdownLinkIsNoLeadingLabel() {
    Article a = analyze("[Reuters](https://www.reuters.com/world/x) reported the deal on Friday.");
    assertThat(rules(a)).doesNotContain("label-leading");
  }

  @Test
  void aYearInBracketsIsNoLabel() {
    assertThat(rules(analyze("[2024] Prices rose in every month."))).doesNotContain("label-leading");
  }

  @Test
  void anOutletInBracketsInsideTheParagraphIsNoLeadingLabel() {
    assertThat(rules(analyze("Officials said [Reuters] the talks had failed."))).doesNotContain("label-leading");
  }
}
