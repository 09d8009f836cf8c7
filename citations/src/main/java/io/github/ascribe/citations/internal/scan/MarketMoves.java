package io.github.ascribe.citations.internal.scan;

/**
 * Market moves written like counts: {@code News Corp +1.8%}, {@code Nikkei +2%}, {@code +0,6%},
 * {@code +1.25}. The lexer reads them as one word, so a ticker line is never a chip. Stateless.
 */
final class MarketMoves {

  private MarketMoves() {}

  /**
   * After the digits of {@code +N} that end at {@code at}: the end of a market move's decimals and
   * percent sign ({@code +1.8%}, {@code +0,6%}, {@code +2%}, {@code +1.25}), or {@code at} if
   * none follows and the token is a count ({@code +2}, {@code +1,000}).
   *
   * @param s the text
   * @param at the index after the count's digits
   * @param n where the lexer's window ends
   * @return the move's end, or {@code at}
   */
  static int end(String s, int at, int n) {
    if (at + 1 < n && (s.charAt(at) == '.' || s.charAt(at) == ',') && isDigit(s, at + 1, n)) {
      boolean decimal = s.charAt(at) == '.';
      int d = at + 1;
      while (isDigit(s, d, n)) {
        d++;
      }
      boolean percent = isPercent(s, d, n);
      if (!decimal && !percent) {
        return at; // "+1,000": a count with a thousands separator
      }
      return percent ? d + 1 : d;
    }
    return isPercent(s, at, n) ? at + 1 : at;
  }

  private static boolean isDigit(String s, int at, int n) {
    return at < n && s.charAt(at) >= '0' && s.charAt(at) <= '9';
  }

  private static boolean isPercent(String s, int at, int n) {
    return at < n && (s.charAt(at) == '%' || s.charAt(at) == '\uFF05');
  }
}
