package io.github.ascribe.citations.internal.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.citations.Notation;
import io.github.ascribe.citations.NotationResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChipDatesTest {

  @ParameterizedTest
  @ValueSource(strings = {"2026-06-04", "6/4/2026", "04.06.2026", "2026/06", "Jun 4, 2026", "4 June 2026",
      "June 2026", "Sept. 3", "3 days ago", "2h ago", "an hour ago", "yesterday", "Today"})
  void datesAreDates(String s) {
    assertThat(ChipDates.isDate(s)).as(s).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Reuters", "1", "12", "9/11", "4.5", "2026", "May Fair", "The Times 2026", "1-2-3",
      "days ago", "CNN 2h ago", "", "March Madness Daily", "24/7"})
  void namesAndNumbersAreNot(String s) {
    assertThat(ChipDates.isDate(s)).as(s).isFalse();
  }

  @Test
  void aDateBesideAChipIsNoSourceAndIsNoted() {
    NotationResult r = Notation.parse("The Guardian +1 · 2026-06-02");
    assertThat(r.sources()).extracting(s -> s.id()).containsExactly("the-guardian");
    assertThat(r.unnamedSources()).isEqualTo(1);
    assertThat(r.diagnostics()).anySatisfy(d -> {
      assertThat(d.code()).isEqualTo("date-not-a-name");
      assertThat(d.span().text("The Guardian +1 · 2026-06-02")).isEqualTo("2026-06-02");
    });
  }

  @Test
  void aYearAfterACommaIsPartOfTheDateBeforeIt() {
    String t = "Reuters +1 · Jun 4, 2026";
    assertThat(ChipDates.isYearOfDate(t, t.indexOf("2026"), "2026")).isTrue();
    assertThat(ChipDates.isYearOfDate("Reuters, 2026", 9, "2026")).isFalse();
    assertThat(ChipDates.isYearOfDate("June 4, 1440", 8, "1440")).isFalse();
    assertThat(ChipDates.isYearOfDate("June 4 2026", 7, "2026")).isFalse();
    NotationResult r = Notation.parse(t);
    assertThat(r.sources()).extracting(x -> x.id()).containsExactly("reuters");
    // a relative time beside a chip is a date, not prose that stops the notation
    NotationResult rel = Notation.parse("Reuters +1 · 3 days ago");
    assertThat(rel.sources()).extracting(x -> x.id()).containsExactly("reuters");
    assertThat(rel.unnamedSources()).isEqualTo(1);
  }

  @Test
  void yearsOfDatesNeverThrow() {
    qt().withExamples(2_000).forAll(strings().allPossible().ofLengthBetween(0, 30), integers().between(0, 30))
        .check((s, k) -> {
          int at = Math.min(k, s.length());
          return ChipDates.isYearOfDate(s, at, s.substring(at)) == ChipDates.isYearOfDate(s, at, s.substring(at));
        });
  }

  @Test
  void neverThrowsAndIsDeterministic() {
    qt().withExamples(3_000).forAll(strings().allPossible().ofLengthBetween(0, 30))
        .check(s -> ChipDates.isDate(s) == ChipDates.isDate(s));
  }
}
