package io.github.ascribe.citations.internal.source;

import java.util.Locale;
import java.util.Set;

/**
 * How a range of text is cut into words and punctuation marks ({@link WordTokens} holds the result).
 * A word is a run of letters, digits and marks, with apostrophes, hyphens and periods inside it
 * ({@code Ukraine’s}, {@code lower-level}, {@code U.S.}); white space separates tokens; everything
 * else is a one-character mark. Linear in the range.
 */
final class Words {

  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sen",
      "rep", "gen", "lt", "col", "sgt", "st", "jr", "sr", "gov", "pres", "u.s", "u.k", "u.n", "e.u", "jan", "feb",
      "aug", "sept", "oct", "nov", "dec", "no", "vs", "inc", "ltd", "co", "corp");

  /** French and Italian elided articles and prepositions that open a name: {@code l'Insee}, {@code d’Orsay}. */
  private static final String[] ELISIONS = {"l'", "l’", "d'", "d’"};

  private Words() {}

  /**
   * Whether {@code [a, b)} has more than {@code max} blank-separated runs holding a letter or digit.
   * Each run gives at least one word of the text's normalised key, so when this is true the key has
   * more than {@code max} words too, and it need not be made to say so.
   *
   * @param s the text
   * @param a first index
   * @param b index past the last
   * @param max the most runs
   * @return whether there are more
   */
  static boolean moreKeyWordsThan(String s, int a, int b, int max) {
    int n = 0;
    boolean counted = false;
    for (int i = a; i < b; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        counted = false;
      } else if (!counted && Character.isLetterOrDigit(c)) {
        counted = true;
        if (++n > max) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The length of the elision ({@code l'}, {@code d’}) that opens {@code s[start, end)}, to leave
   * out of a name, or 0; a bare elision followed by one letter or none is not cut.
   *
   * @param s the text
   * @param start where the word starts
   * @param end where it ends
   * @return the elision's length, or 0
   */
  static int elisionLength(String s, int start, int end) {
    for (String e : ELISIONS) {
      if (end - start > e.length() + 1 && s.regionMatches(true, start, e, 0, e.length())) {
        return e.length();
      }
    }
    return 0;
  }

  /**
   * Where the word starting at {@code i} ends.
   *
   * @param s the text
   * @param i where the word starts: a word character
   * @param len the length of that character in UTF-16 units
   * @param to the end of the range
   * @return the index past the word
   */
  static int wordEnd(String s, int i, int len, int to) {
    int j = i + len;
    while (j < to) {
      int c = s.codePointAt(j);
      if (isWordChar(c)) {
        j += Character.charCount(c);
      } else if (isInner(c) && j + 1 < to && isWordChar(s.codePointAt(j + 1))) {
        j += Character.charCount(c);
      } else if (c == '.' && j + 1 < to && s.charAt(j + 1) != ' ' && isAbbrev(i, j)) {
        j++;
      } else {
        break;
      }
    }
    // a trailing period belongs to single-letter abbreviations: "U.S." "Mr." stays with the word
    if (j < to && s.charAt(j) == '.' && isAbbrevEnd(s, i, j)) {
      j++;
    }
    return j;
  }

  /** Whether a character that is not a word character separates tokens without being one. */
  static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT;
  }

  /** Whether a character belongs to a word: a letter, a digit or a combining mark. */
  static boolean isWordChar(int cp) {
    if (cp < 0x80) {
      return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
    }
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK
        || Character.getType(cp) == Character.COMBINING_SPACING_MARK;
  }

  private static boolean isInner(int cp) {
    return cp == '\'' || cp == '’' || cp == '-' || cp == '‐' || cp == '&' || cp == '.' || cp == '_';
  }

  private static boolean isAbbrev(int start, int dot) {
    return dot - start <= 2;
  }

  /** Whether the period at {@code dot} ends the abbreviation that starts at {@code start}. */
  private static boolean isAbbrevEnd(String s, int start, int dot) {
    if (dot - start > 4) {
      return false; // longer than every listed abbreviation, one letter and "x.y"
    }
    String w = s.substring(start, dot).toLowerCase(Locale.ROOT);
    // a listed abbreviation ("Mr."), one capital letter ("J."), or "x.y." ("U.S.")
    return ABBREVIATIONS.contains(w) || (w.length() == 1 && Character.isUpperCase(s.charAt(start)))
        || (w.length() == 3 && w.charAt(1) == '.');
  }
}
