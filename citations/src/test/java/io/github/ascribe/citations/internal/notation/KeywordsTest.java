package io.github.ascribe.citations.internal.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.core.text.Names;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * {@link Keywords} decides on the characters as written exactly what it decides on the normalised
 * key: on every ASCII string of up to two characters, on strings made of keyword letters, case,
 * controls and punctuation, and on any string. {@link Keywords#lowerEquals} agrees with {@link
 * String#toLowerCase} in the root locale.
 */
class KeywordsTest {

  private static final long MAX = 9_999;
  private static final String ALPHABET = "andANDothersOTHERSmoreMOREnewsoutletsuypcbvwxiz0123456789"
      + "`'.-_*&:\u0000\u0007\u007F\u001F \t";
  private static final List<String> PHRASES = List.of("sources", "source", "read more", "more from",
      "as reported by", "also reported by", "reported by", "according to", "cited by", "via", "per");

  @Test
  void everyShortAsciiString() {
    for (int a = 0; a < 128; a++) {
      check(String.valueOf((char) a));
      for (int b = 0; b < 128; b++) {
        check("" + (char) a + (char) b);
      }
    }
  }

  @Test
  void everyKeywordInManyWritings() {
    for (String w : List.of("and", "und", "et", "y", "e", "more", "others", "other", "news", "outlets", "outlet",
        "sources", "source", "publications", "sites", "reports", "media", "zero", "one", "twenty", "0", "42",
        "9999", "10000", "123456789012345678901234")) {
      for (String v : List.of(w, w.toUpperCase(Locale.ROOT), "." + w + ".", "*" + w, w + "\u0000", "`" + w + "`",
          w.charAt(0) + "\u0007" + w.substring(1), w + "s", "x" + w, w + "'", w.replace('e', '`'))) {
        check(v);
      }
    }
  }

  @Test
  void keywordLikeStrings() {
    qt().withExamples(20_000).forAll(from(ALPHABET, 14)).checkAssert(KeywordsTest::check);
  }

  @Test
  void keywordLikeStringsThatAreNotAscii() {
    // full-width, accented and dotless letters, curly quotes, dashes, invisible and bidi characters,
    // marks and digits of other scripts: the character-by-character key, and the full path
    String alphabet = "andANDothersmoreMOREnewsuy0123456789 .'`\u0000\uFF41\uFF4E\uFF44\uFF2F\uFF10\uFF15"
        + "\u00E1\u00C1\u00E9\u00F1\u00F6\u0131\u0130\u017F\u2019\u201C\u2013\u2014\u00A0\u2007\u200B"
        + "\u202E\u00AD\u0301\u0308\u0663\u0664\u0966\u2460\u00B2\u2163\uFB00\u0410\u043E\u0435\u3000"
        + "\u65B0\uD835\uDC1A";
    qt().withExamples(20_000).forAll(from(alphabet, 10)).checkAssert(KeywordsTest::check);
  }

  @Test
  void anyString() {
    qt().withExamples(20_000).forAll(strings().allPossible().ofLengthBetween(0, 14)).checkAssert(KeywordsTest::check);
  }

  @Test
  void lowerEqualsIsLowercasing() {
    Gen<String> words = from("ViaPERsourcesREADmorefromACcordingtobyK\u212A\u0130ı\u017F ", 18);
    qt().withExamples(50_000).forAll(words).checkAssert(s -> {
      for (String p : PHRASES) {
        assertThat(Keywords.lowerEquals(s, 0, s.length(), p, 0, p.length())).as("'%s' vs '%s'", s, p)
            .isEqualTo(s.toLowerCase(Locale.ROOT).equals(p));
      }
    });
  }

  /** The number a normalised key means: a number word, or its decimal digits capped as {@link Keywords#number} caps them. */
  private static long numberOfKey(String key) {
    int code = Keywords.ofKey(key);
    if (Keywords.ofKey("zero") <= code) {
      return code - Keywords.ofKey("zero");
    }
    if (key.isEmpty() || !key.chars().allMatch(c -> Character.digit(c, 10) >= 0)) {
      return -1;
    }
    long v = 0;
    for (int k = 0; k < key.length(); k++) {
      v = Math.min(v * 10 + Character.digit(key.charAt(k), 10), MAX + 1);
    }
    return v > MAX ? -2 : v;
  }

  private static Gen<String> from(String alphabet, int maxLength) {
    return in -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0, n = (int) in.next(Constraint.between(0, maxLength)); i < n; i++) {
        sb.append(alphabet.charAt((int) in.next(Constraint.between(0, alphabet.length() - 1))));
      }
      return sb.toString();
    };
  }

  private static void check(String s) {
    String key = Names.normalize(s);
    int code = Keywords.of(s, 0, s.length());
    assertThat(code).as("keyword of '%s'", s).isEqualTo(Keywords.ofKey(key));
    assertThat(Keywords.number(s, 0, s.length(), code, MAX)).as("number of '%s'", s)
        .isEqualTo(numberOfKey(key));
    String framed = "<" + s + ">";
    assertThat(Keywords.of(framed, 1, framed.length() - 1)).as("keyword of '%s' inside", s).isEqualTo(code);
    assertThat(Keywords.number(framed, 1, framed.length() - 1, code, MAX)).as("number of '%s' inside", s)
        .isEqualTo(numberOfKey(key));
  }
}
