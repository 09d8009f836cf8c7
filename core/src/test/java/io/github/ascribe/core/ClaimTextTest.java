package io.github.ascribe.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A claim made from the article's text ({@link Claim#of}) is the same value as a claim given its
 * text, in every way a caller can see.
 */
class ClaimTextTest {

  private static final String INPUT = "Talks ended. Prices rose.\nAP said so.";

  @Test
  void aClaimMadeFromTheInputEqualsOneGivenItsText() {
    // any string, any span in it, with the text given or made on demand
    qt().withExamples(5_000)
        .forAll(strings().allPossible().ofLengthBetween(0, 40), integers().between(0, 40), integers().between(0, 40))
        .checkAssert((input, a, b) -> {
          int start = Math.min(Math.min(a, b), input.length());
          int end = Math.min(Math.max(a, b), input.length());
          Span span = Span.of(start, end);
          Claim given = new Claim(2, 1, input.substring(start, end), span, List.of());
          Claim viewed = Claim.of(2, 1, input, start, end, List.of());
          Claim fromCopy = Claim.of(2, 1, new String(input.toCharArray()), start, end, List.of());
                    assertThat(viewed).isEqualTo(given).isEqualTo(fromCopy);
          assertThat(given).isEqualTo(viewed);
          assertThat(viewed.toString()).isEqualTo(given.toString());
          assertThat(viewed.text()).isEqualTo(span.text(input)).isSameAs(viewed.text());
          assertThat(viewed.span()).isEqualTo(span).isSameAs(viewed.span());
          assertThat(viewed.hashCode()).isEqualTo(given.hashCode());
        });
  }

  @Test
  void claimsThatDifferInTextOrPlaceAreNotEqual() {
    Claim talks = Claim.of(0, 0, INPUT, 0, 12, List.of());
    assertThat(talks).isNotEqualTo(Claim.of(0, 0, "Talks ended! Prices rose.", 0, 12, List.of()));
    assertThat(talks).isNotEqualTo(new Claim(0, 0, "Talks ended!", Span.of(0, 12), List.of()));
    assertThat(new Claim(0, 0, "Talks ended!", Span.of(0, 12), List.of())).isNotEqualTo(talks);
    assertThat(talks).isNotEqualTo(Claim.of(1, 0, INPUT, 0, 12, List.of()));
    assertThat(talks).isNotEqualTo(Claim.of(0, 1, INPUT, 0, 12, List.of()));
    assertThat(talks).isNotEqualTo(Claim.of(0, 0, INPUT, 0, 11, List.of()));
    assertThat(talks).isNotEqualTo("Talks ended.");
  }

  @Test
  void ofChecksItsArguments() {
    assertThatThrownBy(() -> Claim.of(0, 0, INPUT, 30, 40, List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("[30, 40) is not a range of an input of length 37");
    assertThatThrownBy(() -> Claim.of(-1, 0, INPUT, 0, 12, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Claim.of(0, 0, null, 0, 12, List.of())).isInstanceOf(NullPointerException.class)
        .hasMessage("input");
    assertThatThrownBy(() -> Claim.of(0, 0, INPUT, 5, 4, List.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("[5, 4) is not a range of an input of length 37");
    assertThatThrownBy(() -> Claim.of(0, 0, INPUT, -1, 4, List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Claim.of(0, 0, INPUT, 0, 12, null)).isInstanceOf(NullPointerException.class)
        .hasMessage("attributions");
    assertThatThrownBy(() -> new Claim(0, 0, null, Span.of(0, 12), List.of())).isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> new Claim(0, 0, "Talks", null, List.of())).isInstanceOf(NullPointerException.class)
        .hasMessage("span");
  }

  @Test
  void anArticleChecksAClaimAgainstItsOwnText() {
    Paragraph p = new Paragraph(0, Span.of(0, 25));
    // a claim made from another string of the same characters is accepted; from different ones, not
    new Article(INPUT, List.of(p), List.of(Claim.of(0, 0, new String(INPUT.toCharArray()), 0, 12, List.of())),
        List.of(), List.of());
    assertThatThrownBy(() -> new Article(INPUT, List.of(p),
        List.of(Claim.of(0, 0, "Talks ended! Prices rose.", 0, 12, List.of())), List.of(), List.of()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("claim 0 text differs from its span");
  }
}
