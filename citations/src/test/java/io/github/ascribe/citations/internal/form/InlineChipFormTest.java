package io.github.ascribe.citations.internal.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ascribe.citations.Ascribe;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.Claim;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicktheories.core.Gen;

/** Chips in the middle of a sentence (issue 18, point 4). */
class InlineChipFormTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The airport handled 9.2 million passengers Reuters+1 and expects more.|reuters|1|Reuters+1",
      "The library reopened in May The Guardian +1 after a refit.|the-guardian|1|The Guardian +1",
      "Norvik ordered 40 trains Reuters · 2026-04-14 and will retire its fleet.|reuters|0|Reuters · 2026-04-14",
      "Fares will rise by 4.5% Reuters +1 · Jun 4, 2026 while tickets rise by 3%.|reuters|1|Reuters +1 · Jun 4, 2026",
      "Museums are free on Sundays BBC +1, and on holidays they close at noon.|bbc|1|BBC +1",
      "Leaders walked out of the talksReuters+2; a ballot follows in June.|reuters|2|Reuters+2"})
  void aChipInsideASentenceCoversIt(String text, String source, int unnamed, String chip) {
    Article a = Ascribe.analyze(text);
    assertThat(a.claims()).hasSize(1);
    Claim c = a.claims().get(0);
    assertThat(c.sources()).extracting(s -> s.id()).containsExactly(source);
    assertThat(c.unnamedSources()).isEqualTo(unnamed);
    assertThat(c.attributions()).filteredOn(at -> at.rule().equals("chip-inline"))
        .extracting(at -> at.span().text(text)).containsExactly(chip);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Shares of News Corp +1.8% led the market higher today.",
      "Reuters reported on weekdays and on Saturday mornings.",
      "The score was 3 +2 after the break in the second half.",
      "Sales rose +12 percent in May.",
      "The index gained +1,5% in April, and rents rose.",
      "Elena Marsh joined Reuters and in 2019 moved to the BBC.",
      "Norvik shares rose +2, and Pearson fell.",
      "A lot of people · 2026 was a hard year for them."})
  void countsAndDotsWithoutAKnownOutletAreNoChips(String text) {
    assertThat(Ascribe.analyze(text).attributions()).noneMatch(at -> at.rule().equals("chip-inline"));
  }

  private static Gen<String> sentences() {
    List<String> pieces = List.of("prices rose", "Reuters+1", "The Guardian +2", "AP · 2026-01-02", "+", "·",
        "BBC +", "+3", "and fell", "BBC +1,", "+2;", ",", "2h ago", "News Corp +1.8%", "Reuters ·", "Bloomberg +9999", "+0");
    Gen<String> piece = integers().between(0, pieces.size() - 1).map(pieces::get);
    return lists().of(piece).ofSizeBetween(1, 10).map(l -> "Then " + String.join(" ", l) + " today.");
  }

  @Test
  void neverThrowsSpansInsideTheirClaimAndDeterministic() {
    qt().withExamples(500).forAll(sentences()).checkAssert(text -> {
      Article a = Ascribe.analyze(text);
      for (Attribution at : a.attributions()) {
        if (at.rule().equals("chip-inline")) {
          assertThat(at.claims()).hasSize(1);
          Claim c = a.claims().get(at.claims().get(0));
          assertThat(at.span().start()).isGreaterThanOrEqualTo(c.span().start());
          assertThat(at.span().end()).isLessThanOrEqualTo(c.span().end());
          assertThat(at.mentions()).allSatisfy(m -> assertThat(m.source().isMedia()).isTrue());
        }
      }
      assertThat(Ascribe.analyze(text)).isEqualTo(a);
    });
  }
}
