package io.github.ascribe.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import org.junit.jupiter.api.Test;

class LineIndexTest {

  @Test
  void allLineEndings() {
    LineIndex idx = LineIndex.of("a\nb\r\nc\rd\u2028e");
    assertThat(idx.lineCount()).isEqualTo(5);
    assertThat(idx.position(0)).isEqualTo(new Position(1, 1));
    assertThat(idx.position(2)).isEqualTo(new Position(2, 1));
    assertThat(idx.position(3)).isEqualTo(new Position(2, 2));
    assertThat(idx.position(5)).isEqualTo(new Position(3, 1));
    assertThat(idx.position(7)).isEqualTo(new Position(4, 1));
    assertThat(idx.position(9)).isEqualTo(new Position(5, 1));
    assertThat(idx.position(10)).hasToString("5:2");
  }

  @Test
  void columnsCountCodePoints() {
    LineIndex idx = LineIndex.of("\uD83D\uDCF0 news");
    assertThat(idx.position(2)).isEqualTo(new Position(1, 2));
    assertThat(idx.position(3)).isEqualTo(new Position(1, 3));
  }

  @Test
  void positionsAreMonotonic() {
    qt().forAll(strings().betweenCodePoints(0, 0x2030).ofLengthBetween(0, 60), integers().between(0, 60))
        .check((s, n) -> {
          int i = n % (s.length() + 1);
          LineIndex idx = LineIndex.of(s);
          Position p = idx.position(i);
          return p.line() >= 1 && p.line() <= idx.lineCount() && idx.lineStart(p.line()) <= i;
        });
  }
}
