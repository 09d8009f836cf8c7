package io.github.ascribe.citations.internal.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ascribe.citations.Ascribe;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Diagnostic;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

/**
 * Chips as answer engines paste them (issue 18, point 4): a chip's pop-up card glued or spaced after
 * it ({@link ChipCardForm}), a card pasted as lines ({@link ChipCardLinesForm}), a pill glued to the
 * stop ({@link GluedPillForm}) and a chip glued to the word before it ({@link ChipForm}, {@link
 * InlineChipForm}).
 */
class PastedChipFormsTest {

  private static final Set<String> RULES = Set.of("chip-card", "chip-card-line", "chip-pill", "chip-trailing",
      "chip-inline");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // glued card: the site glued to the count, the title glued to the site
      "Ferries to Isla Tamar resume on Monday.bbc+2bbc.co.ukFerries back after storm3 Jun 2026 — Services resume…"
          + "|Ferries to Isla Tamar resume on Monday.|bbc|2",
      // spaced card with a date
      "Corvo's mayor resigned on Friday. Reuters +1 reuters.com Corvo mayor quits 5 June 2026 — The mayor said…"
          + "|Corvo's mayor resigned on Friday.|reuters|1",
      // the card's site is the chip's name again
      "The strike ended.The Guardian+3The GuardianStrike ends at Norvik12 May 2026 — Staff voted…"
          + "|The strike ended.|the-guardian|3"})
  void aPastedCardIsCutAndOnlyTheChipCounts(String text, String claim, String source, int unnamed) {
    Article a = Ascribe.analyze(text);
    assertThat(a.claims()).extracting(Claim::text).containsExactly(claim);
    assertThat(a.claims().get(0).mediaSources()).extracting(s -> s.id()).containsExactly(source);
    assertThat(a.claims().get(0).unnamedSources()).isEqualTo(unnamed);
    assertThat(a.diagnostics()).extracting(Diagnostic::code).contains("skipped-text");
  }

  @Test
  void aCardEndsAtItsEllipsisAndTheNextSentenceIsAClaim() {
    String text = "Rents will be capped at 3%.Reuters+1reuters.comRent cap passes2 May 2026 — The cap applies… "
        + "Landlords have until July to comply.";
    Article a = Ascribe.analyze(text);
    assertThat(a.claims()).extracting(Claim::text)
        .containsExactly("Rents will be capped at 3%.", "Landlords have until July to comply.");
    assertThat(a.claims().get(1).sources()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      // a chip then a bare domain chip: a glued run, not a card
      "Rents rose 4%. Reuters +1 apnews.com +2",
      // a domain that is not the chip's outlet, spaced and undated
      "Rents rose 4%. Reuters +1 apnews.com The next claim starts here.",
      // a market move is not a count
      "Shares rose.Reuters+1.8%reuters.comTitle 2026"})
  void notACard(String text) {
    assertThat(Ascribe.analyze(text).attributions()).noneMatch(at -> at.rule().equals("chip-card"));
  }

  @Test
  void cardLinesAreSkippedAndNoSourceLine() {
    String text = "Tolls on the Corvo bridge double in July. BBC\nReuters\nCorvo bridge tolls to double\n"
        + "2 hours ago\nDrivers can buy a yearly pass.";
    Article a = Ascribe.analyze(text);
    assertThat(a.claims()).extracting(Claim::text)
        .containsExactly("Tolls on the Corvo bridge double in July.", "Drivers can buy a yearly pass.");
    assertThat(a.claims().get(0).sources()).extracting(s -> s.id()).containsExactly("bbc");
  }

  @Test
  void aSourceLineWithoutATitleAndDateStaysASourceLine() {
    Article a = Ascribe.analyze("Tolls on the Corvo bridge double in July.\nReuters\nDrivers can buy a pass.");
    assertThat(a.claims().get(0).sources()).extracting(s -> s.id()).containsExactly("reuters");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The airline will keep both brands until 2028.bbc|The airline will keep both brands until 2028.|bbc",
      "Fares rise in May.reuters The regulator agreed.|Fares rise in May.|reuters",
      "Pilots walked out of the pay talksReuters +1|Pilots walked out of the pay talks|reuters",
      "Talks collapsed over pensionsThe Guardian+2.|Talks collapsed over pensions|the-guardian"})
  void gluedPillsAndChipsGluedToAWord(String text, String claim, String source) {
    Article a = Ascribe.analyze(text);
    assertThat(a.claims().get(0).text()).isEqualTo(claim);
    assertThat(a.claims().get(0).mediaSources()).extracting(s -> s.id()).containsExactly(source);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "See the results at e.g.then the list.",
      "The value of pi is 3.14 today.",
      "The iPhone +2 was popular.",
      "Prices rose.unknownword The next day."})
  void noPillOrGluedChipWithoutAKnownOutlet(String text) {
    assertThat(Ascribe.analyze(text).attributions()).noneMatch(at -> RULES.contains(at.rule()));
  }

  @Test
  void aGluedChipInsideASentenceStartsAtItsCapital() {
    String text = "Pilots walked out of the talksReuters+1 and the airline cancelled flights.";
    Attribution at = Ascribe.analyze(text).attributions().get(0);
    assertThat(at.rule()).isEqualTo("chip-inline");
    assertThat(at.span().text(text)).isEqualTo("Reuters+1");
  }

  private static Gen<String> pasted() {
    List<String> pieces = List.of("Prices rose", ".", " ", "\n", "Reuters", "+1", "+2", "reuters.com", "bbc",
        "The Guardian", "Port shuts", "May 2, 2026", " — ", "…", "...", "30 Apr 2026", "3 hours ago", "talks",
        "apnews.com", "+1.8%", ".bbc", "Title");
    Gen<String> piece = integers().between(0, pieces.size() - 1).map(pieces::get);
    return lists().of(piece).ofSizeBetween(0, 24).map(l -> String.join("", l));
  }

  @Test
  void neverThrowsSpansInsideAndOrderedAndDeterministic() {
    qt().withExamples(800).forAll(pasted()).checkAssert(text -> {
      Article a = Ascribe.analyze(text);
      int last = -1;
      for (Attribution at : a.attributions()) {
        assertThat(at.span().start()).isGreaterThanOrEqualTo(0);
        assertThat(at.span().end()).isLessThanOrEqualTo(text.length());
        if (RULES.contains(at.rule())) {
          assertThat(at.mentions()).allSatisfy(m -> assertThat(m.source().isMedia()).isTrue());
        }
      }
      for (Claim c : a.claims()) {
        assertThat(c.span().start()).isGreaterThanOrEqualTo(last);
        last = c.span().end();
      }
      assertThat(a.diagnostics()).extracting(Diagnostic::code).doesNotContain("form-failed");
      assertThat(Ascribe.analyze(text)).isEqualTo(a);
    });
  }
}
