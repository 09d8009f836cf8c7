package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.internal.KeyBuffer;
import java.util.Set;

/**
 * How a range of text is cut into words and punctuation marks ({@link WordTable} holds the result).
 * A word is a run of letters, digits and marks, with apostrophes, hyphens and periods inside it
 * ({@code Ukraine’s}, {@code lower-level}, {@code U.S.}); white space separates tokens; everything
 * else is a one-character mark. Linear in the range.
 */
final class Words {

  private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sen",
      "rep", "gen", "lt", "col", "sgt", "st", "jr", "sr", "gov", "pres", "u.s", "u.k", "u.n", "e.u", "jan", "feb",
      "aug", "sept", "oct", "nov", "dec", "no", "vs", "inc", "ltd", "co", "corp");
  private static final String[] ABBREVIATION_LIST = ABBREVIATIONS.toArray(new String[0]);
  /** The longest of {@link #ABBREVIATIONS}, in characters. */
  private static final int LONGEST_ABBREVIATION = 4;

  private Words() {}

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
      char ch = s.charAt(j);
      if (ch < 0x80 && isWordChar(ch)) {
        j++; // the common case, without the code point
        continue;
      }
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

  /** Whether ASCII {@code s[from, to)}, lower-cased, is one of {@link #ABBREVIATIONS}. */
  private static boolean isAbbreviation(String s, int from, int to) {
    int n = to - from;
    for (String a : ABBREVIATION_LIST) {
      if (a.length() != n) {
        continue;
      }
      int k = 0;
      while (k < n && lower(s.charAt(from + k)) == a.charAt(k)) {
        k++;
      }
      if (k == n) {
        return true;
      }
    }
    return false;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }

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

  private static boolean isAbbrevEnd(String s, int start, int dot) {
    int n = dot - start;
    if (n > LONGEST_ABBREVIATION) {
      return false; // too long for the list, for one letter and for "x.y"
    }
    if (KeyBuffer.isAscii(s, start, dot)) {
      // as below, without the lower-cased copy: on ASCII, lower-casing keeps the length
      return isAbbreviation(s, start, dot) || (n == 1 && Character.isUpperCase(s.charAt(start)))
          || (n == 3 && s.charAt(start + 1) == '.');
    }
    String w = s.substring(start, dot).toLowerCase(java.util.Locale.ROOT);
    return ABBREVIATIONS.contains(w) || (w.length() == 1 && Character.isUpperCase(s.charAt(start)))
        || (w.length() == 3 && w.charAt(1) == '.');
  }
}
