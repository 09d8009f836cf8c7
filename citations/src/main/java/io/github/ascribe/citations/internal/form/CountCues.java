package io.github.ascribe.citations.internal.form;

/**
 * Where a chip's count can be: a chip needs {@code +N} or a count phrase ({@code and 3 others},
 * {@code +3 more}). In ASCII text (without controls) and common typographic punctuation that means
 * {@code +} and a digit, or {@code other} or {@code more} in any case; any other character may fold
 * to a letter, digit or plus, so it counts as a cue too. No form class. Stateless.
 */
public final class CountCues {

  /** How far back from a tail's end {@link #reach} looks. */
  public static final int MAX_CHIP_REACH = 401;

  private CountCues() {}

  /**
   * Where a tail ending at {@code e} must reach back to for a chip: the last cue no further than
   * {@link #MAX_CHIP_REACH} back, or -1 if there is none.
   *
   * @param s the text
   * @param from the lower bound
   * @param e the tail's end
   * @return the cue's index, or -1
   */
  public static int reach(String s, int from, int e) {
    for (int k = e - 1; k >= Math.max(from, e - MAX_CHIP_REACH); k--) {
      if (isCue(s, k, e)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether notation read from {@code s[from, to)} may hold a count: whether a cue is anywhere in it.
   *
   * @param s the text
   * @param from first index
   * @param to index past the last
   * @return whether it may
   */
  public static boolean mayHoldCount(String s, int from, int to) {
    for (int k = to - 1; k >= from; k--) {
      if (isCue(s, k, to)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isCue(String s, int k, int e) {
    char c = s.charAt(k);
    boolean other = c >= 0x7F ? !isPlainPunctuation(c) : c < 0x20 && !Character.isWhitespace(c);
    return other
        || (c == '+' && k + 1 < e && s.charAt(k + 1) >= '0' && s.charAt(k + 1) <= '9')
        || (c == 'o' || c == 'O') && e - k >= 5 && TextScan.isAt(s, k, "other")
        || (c == 'm' || c == 'M') && e - k >= 4 && TextScan.isAt(s, k, "more");
  }

  /** Typographic punctuation that neither the lexer nor name normalisation turns into a letter, digit or plus. */
  private static boolean isPlainPunctuation(char c) {
    return c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '–' || c == '…' || c == '«'
        || c == '»' || c == '\u00A0';
  }
}
