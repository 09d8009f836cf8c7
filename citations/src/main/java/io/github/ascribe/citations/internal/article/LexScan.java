package io.github.ascribe.citations.internal.article;

import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.internal.form.Markers;
import io.github.ascribe.citations.internal.form.TextScan;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which lexeme kinds occur in a range: what the recognisers' triggers are checked against. One
 * linear pass of character tests, generous where a kind needs context (every {@code .} between
 * letters may be a domain's, so it counts as a URL), so that a kind the one lexer would find is
 * never missed. Stateless.
 */
final class LexScan {

  private LexScan() {}

  /**
   * The kinds in {@code s[from, to)}.
   *
   * @param s the text
   * @param from first index
   * @param to index past the last
   * @return the kinds present
   */
  static Set<LexKind> kinds(String s, int from, int to) {
    EnumSet<LexKind> kinds = EnumSet.noneOf(LexKind.class);
    for (int i = from; i < to; i++) {
      LexKind k = kind(s, i, from, to);
      kinds.add(k);
      if (k == LexKind.MARKER) {
        kinds.add(LexKind.OPEN); // a marker is also a bracket, for forms that look inside brackets
      }
    }
    return kinds;
  }

  private static LexKind kind(String s, int i, int from, int to) {
    char c = s.charAt(i);
    if (Character.isLetterOrDigit(c)) {
      return (c == 'h' || c == 'w' || c == 'H' || c == 'W') && startsUrl(s, i, to) ? LexKind.URL : LexKind.WORD;
    }
    if (Markers.isSuperscriptDigit(c)) {
      return LexKind.SUPERSCRIPT;
    }
    switch (c) {
      case '\n', '\r', '\u2028', '\u2029', '\u0085' -> {
        return LexKind.LINE_END;
      }
      case '+', '＋' -> {
        return i + 1 < to && Character.isDigit(s.charAt(i + 1)) ? LexKind.PLUS_COUNT : LexKind.PLUS;
      }
      case '=' -> {
        return LexKind.EQUALS;
      }
      case '[' -> {
        // a marker's body may hold digits, commas, spaces, dashes and a caret: "[1, 3]", "[^2]"
        int close = TextScan.indexOf(s, ']', i, Math.min(to, i + 25));
        return close > i && Markers.isMarkerBody(s, i + 1, close) ? LexKind.MARKER : LexKind.OPEN;
      }
      case '(', '{' -> {
        return LexKind.OPEN;
      }
      case ')', ']', '}' -> {
        return LexKind.CLOSE;
      }
      case '"', '“', '”', '„', '«', '»', '‘', '’' -> {
        return LexKind.QUOTE;
      }
      case '—', '–' -> {
        return LexKind.DASH;
      }
      case '-' -> {
        boolean spaced = (i > from && s.charAt(i - 1) == ' ') || (i + 1 < to && s.charAt(i + 1) == ' ');
        return spaced ? LexKind.DASH : LexKind.OTHER;
      }
      case ',', ';', '·', '|', '/', '•' -> {
        return LexKind.SEPARATOR;
      }
      case '.' -> {
        boolean inName = i > from && i + 1 < to && Character.isLetterOrDigit(s.charAt(i - 1))
            && Character.isLetterOrDigit(s.charAt(i + 1));
        return inName ? LexKind.URL : LexKind.STOP;
      }
      case '!', '?', '…' -> {
        return LexKind.STOP;
      }
      default -> {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) ? LexKind.SPACE : LexKind.OTHER;
      }
    }
  }

  private static boolean startsUrl(String s, int i, int to) {
    return s.regionMatches(true, i, "http://", 0, 7) && i + 7 <= to
        || s.regionMatches(true, i, "https://", 0, 8) && i + 8 <= to
        || s.regionMatches(true, i, "www.", 0, 4) && i + 4 <= to;
  }
}
