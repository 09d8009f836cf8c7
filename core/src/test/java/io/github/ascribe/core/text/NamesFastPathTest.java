package io.github.ascribe.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UScript;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The ASCII shortcuts of {@link Names#normalize} and {@link Names#slug} give exactly what the full
 * Unicode path gives: on every ASCII string of up to two characters, and on random ASCII strings
 * biased towards names, spaces, controls and punctuation. So does the character-by-character path
 * ({@link Names#normalizeByCharacter}), where it answers: on every character it has a table entry
 * for, alone and next to marks, spaces and characters that compose, and on random text.
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
      String key = Names.normalizeUnicode(s);
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

  /** Characters that interact with their neighbours in some normalisation pass, or end up as spaces. */
  private static final String NEIGHBOURS = "a A e \u0301\u0308\u0327\u0338\u0345\u05B4\u064B\u093C\u0E38"
      + "\u1100\u1161\u11A8\u3099\u309A\u0B3E\u0CD5\u0D3E\u00A0\u2000\u0000\u200B\u202E\u00AD\u0085"
      + "ı\u0130\u00DF\u03A3\u03C2\u00A8\u00B4`'\u2019\u2014.-ﬀ\u212A\u0391\u0410\u0627\u05D0";

  @Test
  void byCharacterEqualsUnicodeNormalizeOnEveryTableCharacterInContext() {
    checkEveryCharacterInContext(0x80, 0x3000, NEIGHBOURS);
  }

  /** Neighbours for the characters above the table, which are their own keys or left to the full path. */
  private static final String WIDE_NEIGHBOURS = "a \u0301\u3099\u309A\u11A8\u1161\u1100\u200B\u00A0.\u4E00\uAC00"
      + "\u30AB\uFF21\u3000";

  @Test
  void byCharacterEqualsUnicodeNormalizeOnEveryCharacterAboveTheTableInContext() {
    checkEveryCharacterInContext(0x3000, 0xD800, WIDE_NEIGHBOURS);
  }

  /** Every character of {@code [from, to)} alone, between letters, and before and after each neighbour. */
  private static void checkEveryCharacterInContext(int from, int to, String neighbours) {
    for (char c = (char) from; c < to; c++) {
      String one = String.valueOf(c);
      checkByCharacter(one);
      checkByCharacter("x" + one + "y");
      for (int k = 0; k < neighbours.length(); k++) {
        char d = neighbours.charAt(k);
        checkByCharacter("" + c + d);
        checkByCharacter("" + d + c);
      }
    }
  }

  @Test
  void byCharacterEqualsUnicodeNormalizeOnRandomText() {
    Random r = new Random(11);
    String alphabet = "aZ09 .-'`\"\t\u0000&/+,éÉüßøÆçñ\u0301\u0308\u00A0\u200B\u202E\u00ADıİĞşœ"
        + "ΑΣςάήАЯёїالمصري\u064Bאב\u05B4देवनागरी\u093Cไทย\u0E38ḀệỲ\u1100\u1161\u11A8ﬀ™℃№Ⅻ–—“”‘’«»…";
    for (int n = 0; n < 200_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0, len = r.nextInt(16); i < len; i++) {
        int pick = r.nextInt(8);
        sb.append(pick < 2 ? (char) (0x80 + r.nextInt(0x3000 - 0x80)) : pick == 2 ? (char) (0x3000 + r.nextInt(0xA800))
            : alphabet.charAt(r.nextInt(alphabet.length())));
      }
      checkByCharacter(sb.toString());
    }
  }

  @Test
  void byCharacterEqualsUnicodeNormalizeOnMarksAfterAsciiLetters() {
    StringBuilder marks = new StringBuilder();
    for (char c = 0x80; c < 0x3000; c++) {
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        marks.append(c);
      }
    }
    String letters = "AaIiJjKkSsZz";
    for (int m = 0; m < marks.length(); m++) {
      char mark = marks.charAt(m);
      for (char letter = 'A'; letter <= 'z'; letter++) {
        if (Character.isLetter(letter)) {
          checkByCharacter("" + letter + mark);
          checkByCharacter("x" + letter + mark + mark + "y");
        }
      }
      for (int k = 0; k < NEIGHBOURS.length(); k++) {
        checkByCharacter("" + letters.charAt(k % letters.length()) + mark + NEIGHBOURS.charAt(k));
        checkByCharacter("" + NEIGHBOURS.charAt(k) + mark);
      }
    }
    // runs of marks, with characters dropped before the passes and other characters between them
    Random r = new Random(17);
    String others = "aZé \u0000\u007F\u200B\u00AD\u202E\u00A0ıİ\u0345\u0338Ω1.";
    for (int n = 0; n < 200_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0, len = r.nextInt(12); i < len; i++) {
        int pick = r.nextInt(3);
        sb.append(pick == 0 ? marks.charAt(r.nextInt(marks.length()))
            : pick == 1 ? letters.charAt(r.nextInt(letters.length()))
            : others.charAt(r.nextInt(others.length())));
      }
      checkByCharacter(sb.toString());
    }
  }

  @Test
  void byCharacterLeavesOtherTextToTheFullPath() {
    assertThat(Names.normalizeByCharacter("Libération")).isEqualTo("liberation");
    assertThat(Names.normalizeByCharacter("Libe\u0301ration")).isEqualTo("liberation"); // a mark lost after an ASCII letter
    assertThat(Names.normalizeByCharacter("Lib\u00E9\u0301ration")).isNull(); // a mark after a letter that is not ASCII
    assertThat(Names.normalizeByCharacter("a\u0345")).isEqualTo("a\u03B9"); // folds to a Greek letter, not lost
    assertThat(Names.normalizeByCharacter("1\u0301")).isNull(); // kept after a digit
    assertThat(Names.normalizeByCharacter("新华社")).isEqualTo("新华社"); // ideographs are their own keys
    assertThat(Names.normalizeByCharacter("\uFF21\uFF30")).isNull(); // full-width letters are not
    assertThat(Names.normalizeByCharacter("\u1100\u1161")).isNull(); // jamo that make a syllable
    assertThat(Names.normalizeByCharacter("\uAC00\u11A8")).isNull(); // a syllable and a final jamo
    assertThat(Names.normalizeByCharacter("\uD835\uDC00")).isNull(); // surrogates
    assertThat(Names.normalize("Libe\u0301ration")).isEqualTo("liberation");
  }

  @Test
  void hiddenCharactersSkipAsciiWithoutChangingTheAnswer() {
    Random r = new Random(13);
    String alphabet = "aZ0 .-\u0000\u007F\t\u200B\u200C\u200D\u2060\uFEFF\u00AD\u202A\u202E\u2066\u2069\u200E"
        + "\u200F\u0645\u0928\u0410\u03A9é ";
    for (int n = 0; n < 200_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0, len = r.nextInt(8); i < len; i++) {
        sb.append(r.nextInt(5) == 0 ? (char) r.nextInt(0x3000) : alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String s = sb.toString();
      assertThat(Names.hasHiddenCharacters(s)).as("hidden in %s", escape(s)).isEqualTo(hiddenByTheBook(s));
    }
  }

  /** {@link Names#hasHiddenCharacters} as first written: every code point looked at. */
  private static boolean hiddenByTheBook(String name) {
    for (int i = 0; i < name.length(); ) {
      int cp = name.codePointAt(i);
      int len = Character.charCount(cp);
      if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F) {
        return true;
      }
      if (Character.getType(cp) == Character.FORMAT && i > 0 && i + len < name.length()) {
        int before = name.codePointBefore(i);
        int after = name.codePointAt(i + len);
        if (european(before) || european(after)) {
          return true;
        }
      }
      i += len;
    }
    return false;
  }

  private static boolean european(int cp) {
    int script = UScript.getScript(cp);
    return script == UScript.LATIN || script == UScript.GREEK
        || script == UScript.CYRILLIC
        || (script == UScript.COMMON && !Character.isWhitespace(cp));
  }

  private static void checkByCharacter(String s) {
    String fast = Names.normalizeByCharacter(s);
    if (fast != null) {
      assertThat(fast).as("normalize of %s", escape(s)).isEqualTo(Names.normalizeUnicode(s));
    }
    assertThat(Names.normalize(s)).as("normalize of %s", escape(s)).isEqualTo(Names.normalizeUnicode(s));
  }

  private static void check(String s) {
    assertThat(Names.normalizeAscii(s)).as("normalize of %s", escape(s)).isEqualTo(Names.normalizeUnicode(s));
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
