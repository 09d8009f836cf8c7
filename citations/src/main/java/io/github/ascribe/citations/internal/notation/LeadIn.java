package io.github.ascribe.citations.internal.notation;

import io.github.ascribe.core.text.Names;
import java.util.List;

/**
 * The lead-in of a notation: {@code Sources:}, {@code Read more:}, or a phrase such as {@code via},
 * {@code according to} followed by a colon or by more text. Stateless.
 */
final class LeadIn {

  /** Lead-ins that count only with a colon after them. */
  static final List<String> NEEDING_COLON = List.of("sources", "source", "read more", "more from");
  /** Lead-ins that count with a colon or before more text. */
  static final List<String> PHRASES = List.of(
      "as reported by", "also reported by", "reported by", "according to", "cited by", "via", "per");

  /** The phrases as arrays of words, made once. */
  private static final List<String[]> NEEDING_COLON_WORDS = words(NEEDING_COLON);
  private static final List<String[]> PHRASE_WORDS = words(PHRASES);

  private LeadIn() {}

  private static List<String[]> words(List<String> phrases) {
    return phrases.stream().map(p -> p.split(" ")).toList();
  }

  /** A lead-in from lexeme {@code first} to lexeme {@code last} (its colon, if any). */
  record Match(int first, int last) {}

  /**
   * The lead-in of the lexemes, after leading spaces, wrappers and opening brackets, or null.
   *
   * @param s the text
   * @param lx its lexemes
   * @return the match, or null
   */
  static Match match(String s, Lexemes lx) {
    int i = 0;
    while (i < lx.size() && (lx.is(i, Lexemes.Kind.SPACE) || lx.is(i, Lexemes.Kind.EMPH)
        || lx.is(i, Lexemes.Kind.OPEN))) {
      i++;
    }
    for (int words = 3; words >= 1; words--) {
      int end = wordRun(lx, i, words);
      if (end < 0) {
        continue;
      }
      boolean colon = end + 1 < lx.size() && lx.is(end + 1, Lexemes.Kind.COLON);
      boolean needsColon = isAnyPhrase(s, lx, NEEDING_COLON_WORDS, words, i);
      if ((needsColon && colon) || (!needsColon && isAnyPhrase(s, lx, PHRASE_WORDS, words, i)
          && (colon || followedBySpaceAndMore(lx, end)))) {
        return new Match(i, colon ? end + 1 : end);
      }
    }
    return null;
  }

  /**
   * Whether the {@code words} words from lexeme i, as written and lowercased, are one of the
   * phrases of that many words: {@code Via.} is not {@code via}.
   */
  private static boolean isAnyPhrase(String s, Lexemes lx, List<String[]> phrases, int words, int i) {
    for (String[] split : phrases) {
      boolean same = split.length == words;
      for (int w = 0; w < split.length && same; w++) {
        int x = i + 2 * w;
        same = Keywords.lowerEquals(s, lx.start(x), lx.end(x), split[w], 0, split[w].length());
      }
      if (same) {
        return true;
      }
    }
    return false;
  }

  /** Index of the last lexeme of {@code words} WORDs separated by single SPACEs from i, or -1. */
  private static int wordRun(Lexemes lx, int i, int words) {
    int k = i;
    for (int w = 0; w < words; w++) {
      if (k >= lx.size() || !lx.is(k, Lexemes.Kind.WORD)) {
        return -1;
      }
      if (w < words - 1) {
        if (k + 1 >= lx.size() || !lx.is(k + 1, Lexemes.Kind.SPACE)) {
          return -1;
        }
        k += 2;
      }
    }
    return k;
  }

  private static boolean followedBySpaceAndMore(Lexemes lx, int end) {
    return end + 2 < lx.size() && lx.is(end + 1, Lexemes.Kind.SPACE) && !lx.is(end + 2, Lexemes.Kind.SPACE);
  }

  /**
   * Whether text written at the start of a notation would be read as a lead-in.
   *
   * @param text the start of a notation
   * @return true if it begins with a lead-in phrase
   */
  static boolean startsWithLeadIn(String text) {
    String t = Names.normalize(text);
    for (String l : NEEDING_COLON) {
      if (t.startsWith(l + ":")) {
        return true;
      }
    }
    for (String l : PHRASES) {
      if ((t.startsWith(l + " ") && t.length() > l.length() + 1) || t.startsWith(l + ":")) {
        return true;
      }
    }
    return false;
  }
}
