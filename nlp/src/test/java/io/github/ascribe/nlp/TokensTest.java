package io.github.ascribe.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.nlp.internal.Tokens;
import org.junit.jupiter.api.Test;

/** The tokens the part-of-speech models expect. */
class TokensTest {

  private static String[] words(String s) {
    return Tokens.of(s, 0, s.length()).words();
  }

  @Test
  void englishClitics() {
    assertThat(words("The county's office doesn't know.")).containsExactly("The", "county", "'s", "office", "does",
        "n't", "know", ".");
    assertThat(words("O'Brien’s aide")).containsExactly("O'Brien", "’s", "aide");
  }

  @Test
  void frenchElisions() {
    assertThat(words("d'après l'agence, qu'il")).containsExactly("d'", "après", "l'", "agence", ",", "qu'", "il");
    assertThat(words("aujourd'hui")).containsExactly("aujourd'hui");
  }

  @Test
  void numbersHyphensQuotesAndRanges() {
    assertThat(words("«Non», 2,000 so-called \"rebels\"")).containsExactly("«", "Non", "»", ",", "2,000",
        "so-called", "\"", "rebels", "\"");
    String s = "xx said yy";
    Tokens t = Tokens.of(s, 3, 7);
    assertThat(t.words()).containsExactly("said");
    assertThat(t.start(0)).isEqualTo(3);
    assertThat(t.end(0)).isEqualTo(7);
  }

  @Test
  void aSurrogatePairCutByTheRangeEndsTheLastTokenAtTheRange() {
    String s = "ab\uD83D\uDE00";
    Tokens t = Tokens.of(s, 0, 3);
    assertThat(t.size()).isEqualTo(2);
    assertThat(t.end(1)).isEqualTo(3);
    Tokens u = Tokens.of("x\uD835\uDC00y", 0, 2);   // a letter outside the BMP, cut in half
    assertThat(u.end(u.size() - 1)).isLessThanOrEqualTo(2);
  }
}
