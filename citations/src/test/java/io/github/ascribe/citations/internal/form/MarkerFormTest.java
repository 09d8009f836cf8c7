package io.github.ascribe.citations.internal.form;

import static io.github.ascribe.citations.internal.form.FormTestSupport.analyze;
import static io.github.ascribe.citations.internal.form.FormTestSupport.claims;
import static io.github.ascribe.citations.internal.form.FormTestSupport.hits;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Diagnostic;
import org.junit.jupiter.api.Test;

/** {@link MarkerForm}: numbered markers ending a sentence, resolved through the reference list. */
class MarkerFormTest {

  @Test
  void isAMarkerTriedAtSentenceEnds() {
    MarkerForm f = new MarkerForm();
    assertThat(f.form()).isEqualTo(AttributionForm.MARKER);
    assertThat(f.anchor()).isEqualTo(Anchor.SENTENCE_END);
  }

  @Test
  void aMarkerAfterTheStopAtAParagraphEnd() {
    Article a = analyze("Regulators approved the drug after two trials.[1]\n[1] Reuters - Drug approval");
    assertThat(hits(a)).containsExactly("MARKER marker ⟦[1]⟧ [reuters] claims [0]");
    assertThat(claims(a)).containsExactly("Regulators approved the drug after two trials.");
  }

  @Test
  void markersBeforeTheStopTakeTheStopWithThem() {
    Article a = analyze("The storm made landfall near Tampa[2][3].\n[2] https://apnews.com/article/storm\n"
        + "[3] The Guardian");
    assertThat(hits(a)).containsExactly("MARKER marker ⟦[2][3].⟧ [associated-press, the-guardian] claims [0]");
    assertThat(claims(a)).containsExactly("The storm made landfall near Tampa");
  }

  @Test
  void perplexityStyleMarkersWithASourcesList() {
    Article a = analyze("Inflation cooled in May [1][3]. Core prices still rose [2].\n\nSources:\n"
        + "[1] Reuters\n[2] Bloomberg\n[3] CNBC");
    assertThat(hits(a)).containsExactly("MARKER marker ⟦[1][3].⟧ [reuters, cnbc] claims [0]",
        "MARKER marker ⟦[2].⟧ [bloomberg] claims [1]");
    assertThat(claims(a)).containsExactly("Inflation cooled in May", "Core prices still rose");
  }

  @Test
  void superscriptDigits() {
    Article a = analyze("Exports grew 8% last year.¹\n¹ Bloomberg – Trade data");
    assertThat(hits(a)).containsExactly("MARKER marker ⟦¹⟧ [bloomberg] claims [0]");
    assertThat(claims(a)).containsExactly("Exports grew 8% last year.");
  }

  @Test
  void aNumberNoListHasIsCutAndWarnedAbout() {
    Article a = analyze("Sales rose 4% in the quarter [7].");
    assertThat(hits(a)).containsExactly("MARKER marker ⟦[7].⟧ [] claims [0]");
    assertThat(claims(a)).containsExactly("Sales rose 4% in the quarter");
    assertThat(a.diagnostics()).extracting(Diagnostic::code).contains("unresolved-marker");
  }

  @Test
  void aYearInBracketsIsNoMarker() {
    Article a = analyze("The company was founded in Oslo [1998].");
    assertThat(hits(a)).isEmpty();
    assertThat(claims(a)).containsExactly("The company was founded in Oslo [1998].");
  }

  @Test
  void aNumberInParenthesesIsNoMarker() {
    Article a = analyze("The motion passed on the second ballot (2).");
    assertThat(hits(a)).isEmpty();
  }

  @Test
  void aWordInBracketsIsNoMarker() {
    assertThat(hits(analyze("He scored [three] goals in the final [sic]."))).isEmpty();
  }

  @Test
  void aMarkerInsideTheSentenceIsNoSentenceEndMarker() {
    Article a = analyze("Article [5] of the treaty applies to all members.");
    assertThat(hits(a)).isEmpty();
  }

  @Test
  void copilotPerplexityAndWebMarkers() {
    Article a = analyze("Fares rise in May[^1^]. Tickets cost more.[^1_2] Buses are free.[web:3]\n\nSources:\n"
        + "[1] Reuters\n[^1_2]: https://www.bbc.com/news/x\n3. https://apnews.com/article/y");
    assertThat(hits(a)).containsExactly("MARKER marker ⟦[^1^].⟧ [reuters] claims [0]",
        "MARKER marker ⟦[^1_2]⟧ [bbc] claims [1]", "MARKER marker ⟦[web:3]⟧ [associated-press] claims [2]");
    assertThat(claims(a)).containsExactly("Fares rise in May", "Tickets cost more.", "Buses are free.");
  }

  @Test
  void gluedDigitsAreMarkersInAnAnswerWithAList() {
    Article a = analyze("Prices rose for a sixth week.2 3 Diesel costs 1.89 euros.1\nLearn more: 1. euronews.com "
        + "2. reuters.com 3. ft.com");
    assertThat(claims(a)).containsExactly("Prices rose for a sixth week.", "Diesel costs 1.89 euros.");
    assertThat(hits(a)).containsExactly("MARKER marker ⟦2 3⟧ [reuters, financial-times] claims [0]",
        "MARKER marker ⟦1⟧ [euronews] claims [1]");
  }

  @Test
  void gluedDigitsWithoutAListYearsAndDecimalsAreNoMarkers() {
    assertThat(hits(analyze("The plant opened in 2019.1 The mayor came."))).isEmpty();
    assertThat(hits(analyze("Prices rose.2 Diesel fell."))).isEmpty();
    assertThat(claims(analyze("Growth was 2.5 Percent in 2019.1\n[1] Reuters"))).containsExactly(
        "Growth was 2.5 Percent in 2019.1");
  }

  @Test
  void aMarkerWithNoEntryNamesNoNumberAsASource() {
    Article a = analyze("Youth unemployment is above 14%.[web:7]\n\nSources:\n1. https://www.reuters.com/x");
    assertThat(hits(a)).containsExactly("MARKER marker ⟦[web:7]⟧ [] claims [0]");
    assertThat(a.diagnostics()).extracting(Diagnostic::code).filteredOn(c -> !c.equals("skipped-text"))
        .containsExactly("unresolved-marker");
  }
}
