package io.github.ascribe.citations.internal.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ascribe.citations.Ascribe;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

/** The wire-copy forms: dateline variants, via lines, credit lines, bylines and photo credits. */
class WireFormsTest {

  private static List<String> sourceIds(Claim c) {
    return c.sources().stream().map(s -> s.id()).sorted().toList();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "LONDON, March 3 (Reuters) - Prices rose.|reuters",
      "WASHINGTON (Reuters) - Prices rose.|reuters",
      "Washington (AFP) – Prices rose.|agence-france-presse",
      "Wiesbaden/Berlin (dpa) - Die Preise stiegen.|dpa",
      "Madrid, 3 mar (EFE).- Los precios subieron.|efe",
      "(ANSA) - ROMA, 3 MAR - I prezzi sono saliti.|ansa",
      "Canadian Press - VANCOUVER (CP) - Prices rose.|canadian-press",
      "LAGOS, March 2 (AFP) -- Prices rose.|agence-france-presse",
      "NAIROBI, March 2 (Reuters) — Prices rose.|reuters"})
  void datelineVariantsCoverTheStory(String first, String source) {
    Article a = Ascribe.analyze(first + "\n\nWages fell.");
    assertThat(a.claims()).hasSize(2).allSatisfy(c -> assertThat(sourceIds(c)).containsExactly(source));
    assertThat(a.claims().get(0).text()).doesNotContain("(").doesNotContain(" - ");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Officials in Nevada (AP) - said prices rose.",
      "Prices rose (Reuters) - then fell.",
      "Hello (Nobody Wire) - prices rose.",
      "LONDON, after a long and heated debate that ran late (Reuters) - Prices rose."})
  void sentencesWithBracketsAreNoDatelines(String text) {
    Article a = Ascribe.analyze(text);
    assertThat(a.attributions()).noneMatch(at -> at.form() == AttributionForm.DATELINE);
  }

  @Test
  void creditLinesNameTheWireOfTheStoryAboveAndAreNoClaims() {
    String text = "Prices rose.\n\nWages fell.\n\n—AP\n\nTOKYO (Reuters) - Exports rose.\n\n"
        + "(Reporting by Ken Sato; Editing by Ana Lima)\n\nThe museum will close.\n\n— with AFP\n\n"
        + "Rents rose.\n\nAssociated Press writer Tim Doyle contributed to this report.";
    Article a = Ascribe.analyze(text);
    assertThat(a.claims()).extracting(Claim::text)
        .containsExactly("Prices rose.", "Wages fell.", "Exports rose.", "The museum will close.", "Rents rose.");
    assertThat(a.claims()).extracting(WireFormsTest::sourceIds).containsExactly(List.of("associated-press"),
        List.of("associated-press"), List.of("reuters"), List.of("agence-france-presse"), List.of("associated-press"));
    assertThat(a.attributions()).filteredOn(at -> at.rule().startsWith("wire-credit")).hasSize(4);
  }

  @Test
  void viaLinesCoverTheStoryBelow() {
    Article a = Ascribe.analyze("Via AP news wire\n\nCrews contained the fire.\n\nResidents returned.");
    assertThat(a.claims()).extracting(WireFormsTest::sourceIds)
        .containsExactly(List.of("associated-press"), List.of("associated-press"));
    assertThat(Ascribe.analyze("Via the old road, trucks reached the town.").claims()).hasSize(1);
  }

  @Test
  void bylinesAndPhotoCreditsAreSkippedWithANote() {
    String text = "By JANE ROWE Associated Press\n\nWASHINGTON (AP) — The Senate voted.\n\n"
        + "The new head arrives at the Capitol. (AP Photo/Mark Evans)\n\n"
        + "FILE PHOTO: Containers are stacked at the port. REUTERS/Ana Lima/File Photo";
    Article a = Ascribe.analyze(text);
    assertThat(a.claims()).extracting(Claim::text).containsExactly("The Senate voted.",
        "The new head arrives at the Capitol.", "Containers are stacked at the port.");
    assertThat(a.claims()).allSatisfy(c -> assertThat(sourceIds(c)).containsExactly("associated-press"));
    assertThat(a.diagnostics()).filteredOn(d -> d.code().equals("skipped-text")).extracting(d -> d.span().text(text))
        .containsExactly("By JANE ROWE Associated Press", "(AP Photo/Mark Evans)", "FILE PHOTO:",
            "REUTERS/Ana Lima/File Photo");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "By the end of the year, prices rose.", "By Monday officials had left.", "By 2030 the plant will close.",
      "Reuters/Ipsos polls show a lead.", "The AP/NORC poll was released."})
  void sentencesAreNoBylinesOrCredits(String text) {
    Article a = Ascribe.analyze(text);
    assertThat(a.claims()).hasSize(1);
    assertThat(a.diagnostics()).noneMatch(d -> d.code().equals("skipped-text"));
  }

  /** Wire stories put together from the forms' pieces, with plain sentences between them. */
  private static Gen<String> wireTexts() {
    List<String> pieces = List.of("LONDON, March 3 (Reuters) - Prices rose.", "Washington (AFP) – Wages fell.",
        "(ANSA) - ROMA, 3 MAR - Rents rose.", "Canadian Press - VANCOUVER (CP) - Ferries stopped.",
        "—AP", "— with AFP", "(Reporting by Ana Lima; Editing by Tom Hale)", "By Ana Lima and Tom Hale",
        "Via AP news wire", "A ferry leaves. THE CANADIAN PRESS/Darryl Moss", "FILE PHOTO: A crane. REUTERS/Ana Lima",
        "The bridge closed.", "Officials said 12 (AP) - were hurt.", "(with", "By", "REUTERS/", "(AP Photo/)");
    Gen<String> piece = integers().between(0, pieces.size() - 1).map(pieces::get);
    Gen<String> sep = integers().between(0, 2).map(i -> List.of("\n", "\n\n", " ").get(i));
    return lists().of(piece.zip(sep, (p, s) -> p + s)).ofSizeBetween(1, 8).map(l -> String.join("", l));
  }

  @Test
  void wireTextNeverThrowsKeepsSpansInOrderAndIsDeterministic() {
    qt().withExamples(400).forAll(wireTexts()).checkAssert(text -> {
      Article a = Ascribe.analyze(text);
      int last = 0;
      for (Claim c : a.claims()) {
        assertThat(c.span().start()).isGreaterThanOrEqualTo(last);
        assertThat(c.span().end()).isLessThanOrEqualTo(text.length());
        last = c.span().end();
      }
      for (Attribution at : a.attributions()) {
        assertThat(at.span().end()).isLessThanOrEqualTo(text.length());
      }
      for (Diagnostic d : a.diagnostics()) {
        assertThat(d.span().end()).isLessThanOrEqualTo(text.length());
      }
      assertThat(Ascribe.analyze(text)).isEqualTo(a);
    });
  }

  @Test
  void skippedTextNeverOverlapsAClaim() {
    qt().withExamples(300).forAll(wireTexts()).checkAssert(text -> {
      Article a = Ascribe.analyze(text);
      List<Diagnostic> skipped = a.diagnostics().stream().filter(d -> d.code().equals("skipped-text"))
          .collect(Collectors.toList());
      for (Diagnostic d : skipped) {
        assertThat(a.claims()).as(text).noneMatch(c -> c.span().start() < d.span().end()
            && d.span().start() < c.span().end());
      }
    });
  }
}
