package io.github.ascribe.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The ASCII shortcuts of {@link Names#normalize} and {@link Names#slug} give exactly what the full
 * Unicode path gives: on every ASCII string of up to two characters, and on random ASCII strings
 * biased towards names, spaces, controls and punctuation.
 */
class NamesFastPathTest {

  @Test
  void asciiNormalizeEqualsUnicodeNormalizeOnEveryShortString() {
    for (int a = 0; a < 128; a++) {
      check(String.valueOf((char) a));
      for (int b = 0; b < 128; b++) {
        check("" + (char) a + (char) b);
      }
    }
  }

  @Test
  void asciiNormalizeAndSlugEqualTheUnicodePathOnRandomStrings() {
    Random r = new Random(7);
    String alphabet = "aZ09 .-'`\"\t\n\r\u000B\u001C\u001F\u0000\u0007\u007F&/+,:;()[]_*#";
    for (int n = 0; n < 200_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0, len = r.nextInt(24); i < len; i++) {
        sb.append(r.nextInt(3) == 0 ? (char) r.nextInt(128) : alphabet.charAt(r.nextInt(alphabet.length())));
      }
      check(sb.toString());
      String s = sb.toString();
      if (!Names.normalize(s).isEmpty() || n % 10 == 0) {
        assertThat(Names.slug(s)).as("slug of '%s'", s).isEqualTo(Names.slugByTransliteration(s));
      }
    }
  }

  @Test
  void nonAsciiTakesTheUnicodePath() {
    assertThat(Names.normalizeAscii("Libération")).isNull();
    assertThat(Names.normalize("Libération")).isEqualTo("liberation");
    assertThat(Names.slug("Le Monde")).isEqualTo("le-monde");
    assertThat(Names.slug("Укрінформ")).isEqualTo(Names.slugByTransliteration("Укрінформ"));
  }

  private static void check(String s) {
    assertThat(Names.normalizeAscii(s)).as("normalize of %s", escape(s)).isEqualTo(Names.normalizeUnicode(s));
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c < 0x20 || c == 0x7F ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return sb.toString();
  }
}
