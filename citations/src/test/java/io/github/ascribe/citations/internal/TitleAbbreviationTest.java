package io.github.ascribe.citations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ArticleReader#isTitle}, which compares ASCII text in place, answers what lower-casing a copy
 * and looking it up answers: on every title re-cased, on near misses, and on random text with letters
 * whose case mapping is special (dotted and dotless i, long s, the Kelvin sign).
 */
class TitleAbbreviationTest {

  @Test
  void everyTitleInAnyCaseAndItsNearMisses() {
    for (String t : ArticleReader.TITLES) {
      for (String v : new String[] {t, t.toUpperCase(Locale.ROOT), capitalised(t), t + "s", t.substring(1),
          "x" + t, t.replace('s', 'ſ'), t.replace('i', 'İ'), t.replace('i', 'ı')}) {
        check("(" + v + ".)", 1, 1 + v.length());
      }
    }
  }

  @Test
  void randomText() {
    Random r = new Random(17);
    String alphabet = "drmsptgenvlcojaiDRMSPTGENVLCOJAIİıſ\u212AkK. é";
    for (int n = 0; n < 200_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0, len = r.nextInt(7); i < len; i++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = "." + sb + ".";
      check(s, 1, s.length() - 1);
    }
  }

  private static void check(String s, int from, int to) {
    assertThat(ArticleReader.isTitle(s, from, to)).as("title %s", s.substring(from, to))
        .isEqualTo(ArticleReader.TITLES.contains(s.substring(from, to).toLowerCase(Locale.ROOT)));
  }

  private static String capitalised(String t) {
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }
}
