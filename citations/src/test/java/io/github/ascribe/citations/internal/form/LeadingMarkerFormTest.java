package io.github.ascribe.citations.internal.form;

import static io.github.ascribe.citations.internal.form.FormTestSupport.alone;
import static io.github.ascribe.citations.internal.form.FormTestSupport.analyze;
import static io.github.ascribe.citations.internal.form.FormTestSupport.claims;
import static io.github.ascribe.citations.internal.form.FormTestSupport.hits;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.AttributionForm;
import org.junit.jupiter.api.Test;

/**
 * {@link LeadingMarkerForm}: markers the segmenter put at the start of the next sentence belong to
 * the claim before them. Tested on its own (every other form off), so that a hit is its hit.
 */
class LeadingMarkerFormTest {

  private static final Analyzer ALONE = alone(new LeadingMarkerForm());

  @Test
  void isAMarkerTriedAtSentenceStarts() {
    LeadingMarkerForm f = new LeadingMarkerForm();
    assertThat(f.form()).isEqualTo(AttributionForm.MARKER);
    assertThat(f.anchor()).isEqualTo(Anchor.SENTENCE_START);
  }

  @Test
  void twoSuperscriptsAfterAQuestionMark() {
    Article a = ALONE.analyze("Will rates fall in June?²³ Traders think so.\n² Reuters\n³ AFP");
    assertThat(hits(a)).containsExactly("MARKER marker ⟦²³⟧ [reuters, agence-france-presse] claims [0]");
    assertThat(claims(a)).containsExactly("Will rates fall in June?", "Traders think so.");
  }

  @Test
  void aSuperscriptWithNoEntryIsCutAndCoversNothingNamed() {
    Article a = ALONE.analyze("Gold hit a record.⁴ Silver followed.");
    assertThat(hits(a)).containsExactly("MARKER marker ⟦⁴⟧ [] claims [0]");
    assertThat(claims(a)).containsExactly("Gold hit a record.", "Silver followed.");
  }

  @Test
  void aBracketMarkerAfterTheStopStaysWithItsSentenceSoTheEndMarkerTakesIt() {
    String text = "The trial met its goal.[1] Regulators will decide in June.\n[1] Reuters - Trial";
    assertThat(hits(ALONE.analyze(text))).isEmpty();
    Article a = alone(new MarkerForm()).analyze(text);
    assertThat(hits(a)).containsExactly("MARKER marker ⟦[1]⟧ [reuters] claims [0]");
    assertThat(claims(a)).containsExactly("The trial met its goal.", "Regulators will decide in June.");
  }

  @Test
  void superscriptsAfterTheStop() {
    Article a = ALONE.analyze("Exports grew 8% last year.¹ Imports fell.\n¹ Bloomberg");
    assertThat(hits(a)).containsExactly("MARKER marker ⟦¹⟧ [bloomberg] claims [0]");
    assertThat(claims(a)).containsExactly("Exports grew 8% last year.", "Imports fell.");
  }

  @Test
  void withEveryFormOnTheMarkerStillGoesToThePreviousClaim() {
    Article a = analyze("The storm weakened.[4] Flights resumed on Sunday.\n\n## Sources\n[4] BBC News");
    assertThat(hits(a)).containsExactly("MARKER marker ⟦[4]⟧ [bbc] claims [0]");
    assertThat(claims(a)).containsExactly("The storm weakened.", "Flights resumed on Sunday.");
  }

  @Test
  void aMarkerOpeningTheParagraphHasNoClaimBeforeIt() {
    Article a = ALONE.analyze("Prices rose.\n[1] Wages fell.");
    assertThat(hits(a)).isEmpty();
  }

  @Test
  void aNumberInParenthesesIsNoMarker() {
    Article a = ALONE.analyze("Prices rose. (1) Wages fell.");
    assertThat(hits(a)).isEmpty();
    assertThat(claims(a)).containsExactly("Prices rose.", "(1) Wages fell.");
  }

  @Test
  void emptyBracketsAreNoMarker() {
    assertThat(hits(ALONE.analyze("Prices rose. [ ] Wages fell."))).isEmpty();
  }
}
