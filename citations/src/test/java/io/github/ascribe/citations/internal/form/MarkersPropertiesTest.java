package io.github.ascribe.citations.internal.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Properties of {@link Markers}: a marker written from numbers names those numbers again (plain,
 * grouped, footnote, web, superscript and glued forms); footnote keys and their labels round-trip;
 * no method throws on any string, and what they return lies inside the range they were given.
 */
class MarkersPropertiesTest {

  @Test
  void aWrittenMarkerNamesItsNumbers() {
    qt().withExamples(1_000).forAll(lists().of(integers().between(1, 999)).ofSizeBetween(1, 6), integers().between(0, 3))
        .checkAssert((numbers, style) -> {
          String joined = numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
          String marker = switch (style) {
            case 0 -> "[" + joined + "]";
            case 1 -> numbers.stream().map(n -> "[^" + n + "^]").collect(Collectors.joining());
            case 2 -> numbers.stream().map(n -> "[web:" + n + "]").collect(Collectors.joining());
            default -> numbers.stream().map(n -> "[" + n + "]").collect(Collectors.joining());
          };
          assertThat(Markers.numbers(marker)).isEqualTo(numbers);
          assertThat(Markers.startBefore(marker, 0, marker.length())).isZero();
          assertThat(Markers.endAfter(marker, 0, marker.length())).isEqualTo(marker.length());
        });
  }

  @Test
  void footnoteKeysAndLabelsRoundTrip() {
    qt().withExamples(1_000).forAll(integers().between(1, 999), integers().between(0, 999)).checkAssert((turn, n) -> {
      int key = Markers.parseNumber("^" + turn + "_" + n);
      assertThat(key).isGreaterThanOrEqualTo(Markers.MAX_PLAIN);
      assertThat(Markers.label(key)).isEqualTo(turn + "_" + n);
      assertThat(Markers.numbers("[^" + turn + "_" + n + "]")).containsExactly(key);
    });
  }

  @Test
  void gluedDigitsAfterAWordAreMarkersAndAfterADigitAreNot() {
    qt().withExamples(500).forAll(lists().of(integers().between(0, 99)).ofSizeBetween(1, 4)).checkAssert(numbers -> {
      String digits = numbers.stream().map(String::valueOf).collect(Collectors.joining(" "));
      String s = "Prices rose." + digits + " Diesel fell.";
      assertThat(Markers.gluedEnd(s, 11, s.length())).isEqualTo(12 + digits.length());
      assertThat(Markers.numbers(digits)).isEqualTo(numbers);
      String year = "It opened in 2019." + digits + " Then";
      assertThat(Markers.gluedEnd(year, 17, year.length())).isEqualTo(-1);
    });
  }

  @Test
  void noMethodThrowsOnAnyStringAndAnswersInsideItsRange() {
    qt().withExamples(3_000).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(s -> {
      int n = s.length();
      Markers.numbers(s);
      Markers.parseNumber(s);
      for (int i = 0; i < n; i++) {
        int g = Markers.gluedEnd(s, i, n);
        assertThat(g == -1 || (g > i && g <= n)).isTrue();
        int b = Markers.gluedStartBefore(s, 0, i + 1);
        assertThat(b == -1 || (b >= 0 && b <= i)).isTrue();
        int st = Markers.startBefore(s, 0, i + 1);
        assertThat(st == -1 || st <= i).isTrue();
        assertThat(Markers.endAfter(s, i, n)).isBetween(i, n);
        int code = LeakedCodes.endAt(s, i, n);
        assertThat(code == -1 || (code > i && code <= n)).isTrue();
      }
    });
  }
}
