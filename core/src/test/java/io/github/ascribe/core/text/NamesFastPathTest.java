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
    for (int a = 0; a <= 128; a++) {
      char x = a == 128 ? '\u2019' : (char) a; // and the typographic apostrophe, which the ASCII path takes
      check(String.valueOf(x));
      for (int b = 0; b <= 128; b++) {
        check("" + x + (b == 128 ? '\u2019' : (char) b));
      }
    }
  }

  @Test
  void asciiNormalizeAndSlugEqualTheUnicodePathOnRandomStrings() {
    Random r = new Random(7);
    String alphabet = "aZ09 .-'`\u2019\"\t\n\r\u000B\u001C\u001F\u0000\u0007\u007F&/+,:;()[]_*#";
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
  void textThatIsItsOwnKeyOrLowerCasedIsTakenAsItIsAndEveryOtherTextIsNormalised() {
    // mostly words as prose has them, with single spaces, and some that are almost so
    Random r = new Random(3);
    String alphabet = "abcxyzABZ09 .-'&";
    String almost = "  `\t\u0000\u007F\u001C.";
    int own = 0;
    int lowerCased = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0, len = r.nextInt(12); i < len; i++) {
        sb.append(r.nextInt(20) == 0 ? almost.charAt(r.nextInt(almost.length())) : alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      check(s);
      String key = NameKeys.normalizeUnicode(s);
      int shape = Names.asciiKeyShape(s);
      if (shape == Names.OWN_KEY) {
        own++;
        assertThat(Names.normalizeAscii(s)).isSameAs(s);
      } else if (shape == Names.OWN_KEY_LOWER_CASED) {
        lowerCased++;
        assertThat(key).isEqualTo(s.toLowerCase(java.util.Locale.ROOT)).isNotEqualTo(s);
      }
      assertThat(shape == Names.OWN_KEY).as("own key %s", escape(s)).isEqualTo(!s.isEmpty() && key.equals(s));
      // the other way round: a text whose key is itself lower-cased, made of letters, digits and single spaces
      boolean plain = !s.isEmpty() && s.matches("[A-Za-z0-9]+( [A-Za-z0-9]+)*");
      if (plain) {
        assertThat(shape).isNotZero();
      }
    }
    assertThat(own).isGreaterThan(10_000);
    assertThat(lowerCased).isGreaterThan(10_000);
    assertThat(Names.normalizeAscii(new StringBuilder("The Times"))).isEqualTo("the times");
  }

  @Test
  void displayGivesPlainAsciiBackAndEqualsTheFullPathOnAnyText() {
    Random r = new Random(19);
    String alphabet = "aZ09 .-'`\"&\t\n\u0000\u007F\u001C\u00A0\u200B\u202Eé";
    int own = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0, len = r.nextInt(12); i < len; i++) {
        sb.append(r.nextInt(8) == 0 ? (char) r.nextInt(0x3000) : alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      String full = Names.displayByCodePoint(s);
      assertThat(Names.display(s)).as("display of %s", escape(s)).isEqualTo(full);
      if (Names.isOwnAsciiDisplay(s)) {
        own++;
        assertThat(Names.display(s)).isSameAs(s);
      }
      assertThat(Names.isOwnAsciiDisplay(s) || !full.equals(s) || !s.chars().allMatch(c -> c < 0x80))
          .as("plain ASCII %s", escape(s)).isTrue();
    }
    assertThat(own).isGreaterThan(10_000);
    assertThat(Names.display(new StringBuilder(" The  Times "))).isEqualTo("The Times");
  }

  @Test
  void nonAsciiTakesTheUnicodePath() {
    assertThat(Names.normalizeAscii("Libération")).isNull();
    assertThat(Names.normalize("Libération")).isEqualTo("liberation");
    assertThat(Names.slug("Le Monde")).isEqualTo("le-monde");
    assertThat(Names.slug("Укрінформ")).isEqualTo(Names.slugByTransliteration("Укрінформ"));
  }

  private static void check(String s) {
    assertThat(Names.normalizeAscii(s)).as("normalize of %s", escape(s)).isEqualTo(NameKeys.normalizeUnicode(s));
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c < 0x20 || c >= 0x7F ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return sb.toString();
  }

  @Test
  void anIdIsThePrefixAndTheSlug() {
    Random r = new Random(11);
    String alphabet = "aZ09 .-'`\t\u0000\u007F&/éÉ\u200BУк";
    for (int n = 0; n < 100_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0, len = r.nextInt(80); i < len; i++) {
        sb.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      String prefix = n % 3 == 0 ? "person" : n % 3 == 1 ? "anonymous" : "x";
      assertThat(Names.id(prefix, s)).as("id of '%s'", s).isEqualTo(prefix + "-" + Names.slug(s));
    }
    assertThat(Names.id("person", "Hakan Fidan")).isEqualTo("person-hakan-fidan");
  }
}
