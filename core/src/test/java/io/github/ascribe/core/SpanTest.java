package io.github.ascribe.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SpanTest {

  @Test
  void coversUtf16Units() {
    String input = "AP News +2";
    assertThat(Span.of(0, 7).text(input)).isEqualTo("AP News");
    assertThat(Span.of(8, 10).length()).isEqualTo(2);
    assertThat(Span.of(3, 3).isEmpty()).isTrue();
  }

  @Test
  void rejectsBadBoundsNamingThem() {
    assertThatThrownBy(() -> Span.of(-1, 2)).hasMessageContaining("-1");
    assertThatThrownBy(() -> Span.of(5, 2)).hasMessageContaining("[5, 2)");
    assertThatThrownBy(() -> Span.of(0, 20).text("short")).isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessageContaining("length 5");
  }

  @Test
  void relations() {
    Span a = Span.of(2, 8);
    assertThat(a.contains(Span.of(3, 8))).isTrue();
    assertThat(a.contains(Span.of(1, 3))).isFalse();
    assertThat(a.overlaps(Span.of(7, 9))).isTrue();
    assertThat(a.overlaps(Span.of(8, 9))).isFalse();
    assertThat(a.union(Span.of(10, 12))).isEqualTo(Span.of(2, 12));
    assertThat(Span.of(1, 5).compareTo(Span.of(1, 6))).isNegative();
    assertThat(a).hasToString("[2, 8)");
  }
}
