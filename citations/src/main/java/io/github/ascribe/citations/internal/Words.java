package io.github.ascribe.citations.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a range of text into words and punctuation marks, with offsets. A word is a run of letters,
 * digits and marks, with apostrophes, hyphens and periods inside it ({@code Ukraine’s}, {@code
 * lower-level}, {@code U.S.}); everything else that is not white space is a one-character mark.
 * Linear in the range.
 */
final class Words {

  /** A word or punctuation mark. */
  record W(int start, int end, boolean word) {}

  private Words() {}

  static List<W> split(String s, int from, int to) {
    List<W> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      int cp = s.codePointAt(i);
      int len = Character.charCount(cp);
      if (isWordChar(cp)) {
        int j = i + len;
        while (j < to) {
          int c = s.codePointAt(j);
          if (isWordChar(c)) {
            j += Character.charCount(c);
          } else if (isInner(c) && j + 1 < to && isWordChar(s.codePointAt(j + 1))) {
            j += Character.charCount(c);
          } else if (c == '.' && j + 1 < to && s.charAt(j + 1) != ' ' && isAbbrev(s, i, j)) {
            j++;
          } else {
            break;
          }
        }
        // a trailing period belongs to single-letter abbreviations: "U.S." "Mr." stays with the word
        if (j < to && s.charAt(j) == '.' && isAbbrevEnd(s, i, j)) {
          j++;
        }
        out.add(new W(i, j, true));
        i = j;
      } else if (Character.isWhitespace(cp) || Character.isSpaceChar(cp) || Character.getType(cp) == Character.FORMAT) {
        i += len;
      } else {
        out.add(new W(i, i + len, false));
        i += len;
      }
    }
    return out;
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

  private static boolean isAbbrev(String s, int start, int dot) {
    return dot - start <= 2;
  }

  private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("mr", "mrs", "ms", "dr", "prof", "sen",
      "rep", "gen", "lt", "col", "sgt", "st", "jr", "sr", "gov", "pres", "u.s", "u.k", "u.n", "e.u", "jan", "feb",
      "aug", "sept", "oct", "nov", "dec", "no", "vs", "inc", "ltd", "co", "corp");

  private static boolean isAbbrevEnd(String s, int start, int dot) {
    String w = s.substring(start, dot).toLowerCase(java.util.Locale.ROOT);
    return ABBREVIATIONS.contains(w) || (w.length() == 1 && Character.isUpperCase(s.charAt(start)))
        || (w.length() == 3 && w.charAt(1) == '.');
  }

  static String text(String s, W w) {
    return s.substring(w.start(), w.end());
  }
}
