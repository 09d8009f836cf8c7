package io.github.ascribe.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.text.Names;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link KeyBuffer} gives the {@link Names#normalize} key of a range of text, read inside longer
 * text, and its last step is the one written out below: on every character, on random text made of
 * letters, marks, spaces, invisible characters, punctuation and surrogates, and inside text whose
 * neighbours would change the answer if they were read. {@link KeyBuffer#hasHiddenCharacters} on a
 * range answers what {@link Names#hasHiddenCharacters} answers on a copy of it.
 */
class KeyBufferTest {

  private static final String ALPHABET = "aZ09 .-'`\"\t\u0000&/+,éÉüßøÆçñ\u0301\u0308\u00A0\u200B\u202E\u00ADıİĞşœ"
      + "ΑΣςάήАЯёїالمصري\u064Bאב\u05B4देवनागरी\u093Cไทย\u0E38ḀệỲ\u1100\u1161\u11A8ﬀ™℃№Ⅻ–—“”‘’«»…"
      + "\uFF0B\uFF21\uFF41\u3000\u65B0\uD835\uDC1A\uD800\uDC00\u2060\uFEFF\u2066\u200D";
  /** Neighbours that would change a key or a hidden-character answer if the range ran into them. */
  private static final String[] FRAMES = {"<>", "aa", "\u0301\u0301", "\uD800\uDC00", "\u200B\u200B", "ab", " .",
      "\u1100\u11A8", "\uDC00\uD800"};

  @Test
  void lastStepOnEveryCharacter() {
    for (int c = 0; c < 0x10000; c++) {
      String one = String.valueOf((char) c);
      checkPassed(one);
      checkPassed("a" + one + "b");
      checkPassed("a " + one + " b");
    }
  }

  @Test
  void onRandomTextInsideOtherText() {
    Random r = new Random(17);
    KeyBuffer key = new KeyBuffer(4);
    for (int n = 0; n < 200_000; n++) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0, len = r.nextInt(14); i < len; i++) {
        sb.append(r.nextInt(5) == 0 ? (char) r.nextInt(0x10000) : ALPHABET.charAt(r.nextInt(ALPHABET.length())));
      }
      String s = sb.toString();
      checkPassed(s);
      String frame = FRAMES[r.nextInt(FRAMES.length)];
      String framed = frame.charAt(0) + s + frame.charAt(1);
      if (key.read(framed, 1, framed.length() - 1)) {
        assertThat(key.toString()).as("key of %s", escape(s)).isEqualTo(Names.normalize(s));
        assertThat(key.hash(0)).isEqualTo(Names.normalize(s).hashCode());
        if (!key.mayHideCharacters()) {
          assertThat(Names.hasHiddenCharacters(s)).as("hides nothing: %s", escape(s)).isFalse();
        }
      }
      assertThat(KeyBuffer.hasHiddenCharacters(framed, 1, framed.length() - 1)).as("hidden in %s", escape(framed))
          .isEqualTo(Names.hasHiddenCharacters(s));
    }
  }

  @Test
  void textReadWithoutRareCharactersHidesNone() {
    KeyBuffer key = new KeyBuffer(2);
    for (int c = 0; c < 0x10000; c++) {
      for (String s : new String[] {String.valueOf((char) c), "a" + (char) c + "b", "\u0436" + (char) c + "\u0436"}) {
        if (key.read(s, 0, s.length()) && !key.mayHideCharacters()) {
          assertThat(Names.hasHiddenCharacters(s)).as("U+%04X", c).isFalse();
        }
      }
    }
    assertThat(key.read("Reu\u200Bters", 0, 8)).isTrue();
    assertThat(key.mayHideCharacters()).isTrue();
    assertThat(key.read("Thanh Ni\u00EAn", 0, 10)).isTrue();
    assertThat(key.mayHideCharacters()).isFalse();
  }

  @Test
  void textWithoutKnownCharactersIsLeftToTheFullPath() {
    KeyBuffer key = new KeyBuffer(2);
    assertThat(key.read("  Libération.", 0, 13)).isTrue();
    assertThat(key).hasToString("liberation");
    assertThat(key.startsWith("lib")).isTrue();
    assertThat(key.equalsFrom(3, "eration")).isTrue();
    assertThat(key.hash(3)).isEqualTo("eration".hashCode());
    assertThat(key.read("Libe\u0301ration", 0, 11)).isTrue(); // a mark lost after an ASCII letter
    assertThat(key).hasToString("liberation");
    assertThat(key.read("Lib\u00E9\u0301ration", 0, 11)).isFalse(); // a mark after a letter that is not ASCII
    assertThat(key.read("新华社", 0, 3)).isTrue(); // ideographs are their own keys
    assertThat(key).hasToString("新华社");
    assertThat(key.read("\uFF21\uFF30", 0, 2)).isFalse(); // full-width letters are not
    assertThat(key.read("\u1100\u1161", 0, 2)).isFalse(); // jamo that make a syllable
    assertThat(key.read("The\u00A0Guardi\u00E1n\u200B", 0, 13)).isTrue();
    assertThat(key).hasToString("the guardian");
  }

  private static void checkPassed(String passed) {
    KeyBuffer key = new KeyBuffer(1);
    key.readPassed(passed);
    assertThat(key.toString()).as("last step on %s", escape(passed)).isEqualTo(lastStepByTheBook(passed));
  }

  /** The last step of the normalisation as first written: spaces, invisible characters, punctuation, trimming. */
  private static String lastStepByTheBook(String passed) {
    StringBuilder sb = new StringBuilder();
    boolean pendingSpace = false;
    for (int i = 0; i < passed.length(); ) {
      int cp = passed.codePointAt(i);
      i += Character.charCount(cp);
      if (Names.isSpace(cp)) {
        pendingSpace = sb.length() > 0;
        continue;
      }
      int type = Character.getType(cp);
      if (type == Character.FORMAT || type == Character.CONTROL) {
        continue;
      }
      if (pendingSpace) {
        sb.append(' ');
      }
      pendingSpace = false;
      sb.appendCodePoint(unify(cp));
    }
    int start = 0;
    int end = sb.length();
    while (start < end && !Character.isLetterOrDigit(sb.codePointAt(start))) {
      start += Character.charCount(sb.codePointAt(start));
    }
    while (end > start && !Character.isLetterOrDigit(sb.codePointBefore(end))) {
      end -= Character.charCount(sb.codePointBefore(end));
    }
    return sb.substring(start, end);
  }

  private static int unify(int cp) {
    switch (cp) {
      case '\'', '`', 0x00B4, 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x02B9, 0xFF07:
        return '\'';
      case '"', 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0xFF02:
        return '"';
      case 0x2212, 0xFE63, 0xFF0D:
        return '-';
      case 0x0131:
        return 'i';
      default:
        return Character.getType(cp) == Character.DASH_PUNCTUATION ? '-' : cp;
    }
  }

  private static String escape(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(c < 0x20 || c >= 0x7F ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return sb.toString();
  }

  /**
   * The ASCII white space and controls the shortcuts test for are what {@link Names#normalize} makes
   * of each ASCII character between two letters: a space, or nothing.
   */
  @Test
  void asciiSpaceAndControlAreWhatTheKeyMakesOfThem() {
    for (char c = 0; c < 0x80; c++) {
      String key = Names.normalize("a" + c + "b");
      assertThat(KeyBuffer.isAsciiSpace(c)).as("U+%04X", (int) c).isEqualTo(key.equals("a b"));
      assertThat(KeyBuffer.isAsciiControl(c)).as("U+%04X", (int) c).isEqualTo(key.equals("ab"));
    }
    for (char c : new char[] {0x80, 0x85, 0xA0, 0x2028, 0x3000}) {
      assertThat(KeyBuffer.isAsciiSpace(c)).isFalse();
      assertThat(KeyBuffer.isAsciiControl(c)).isFalse();
    }
  }
}
