package io.github.ascribe.citations.internal.scan;

/**
 * Where the markdown link targets of one text end: after {@code ]}, a target {@code (...)} runs to
 * the parenthesis that balances its first one, holds no white space but before a title ({@code
 * (https://… "Title")}), and is at most {@link
 * Lexer#MAX_LINK_TARGET} characters long.
 *
 * <p>A target is looked for at every {@code ](}. Most end within a few dozen characters and are
 * found by a direct scan. Scanning each one to its limit, though, would cost that limit per {@code
 * ](} on text such as {@code ](](](...}; so a scan that runs longer than {@link #DIRECT} characters
 * falls back to a table of matching parentheses, built once per text in one pass, which then
 * answers every later look-up. Every answer is
 * the direct scan's answer; the cost of all the calls on one text is linear in its length.
 *
 * <p>Not thread-safe: one instance serves one reading of one text, with look-ups in any order.
 */
public final class LinkTargets {

  /** How far the direct scan goes before the table answers instead. */
  static final int DIRECT = 64;

  private final CharSequence s;
  private final int to;
  /** Where the table starts, or -1 if it is not built. */
  private int tableFrom = -1;
  /** Per position from {@link #tableFrom}: the index of the {@code )} that balances a {@code (} there, or -1. */
  private int[] match;
  /** Per position from {@link #tableFrom}: the first white space at or after it, or {@link #to}. */
  private int[] nextSpace;

  /**
   * Link targets in {@code s} up to {@code to}.
   *
   * @param s the text
   * @param to the index past which no target runs
   */
  public LinkTargets(CharSequence s, int to) {
    this.s = s;
    this.to = to;
  }

  /**
   * The index past the link target starting at {@code at}, or -1 if there is none: {@code s[at]}
   * is not {@code (}, the parenthesis is never balanced before {@code to}, white space comes first,
   * or the target would be longer than the limit.
   *
   * @param at where the target would start, right after a {@code ]}
   * @return the index past its closing parenthesis, or -1
   */
  public int end(int at) {
    if (at >= to || s.charAt(at) != '(') {
      return -1;
    }
    if (tableFrom >= 0 && at >= tableFrom) {
      return fromTable(at); // once built, the table answers every later look-up
    }
    int depth = 0;
    int limit = Math.min(to, at + DIRECT);
    for (int i = at; i < limit; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        return depth == 1 ? titleEnd(i) : -1;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
    }
    if (limit == to) {
      return -1; // the text ends before the target does
    }
    build(at);
    return fromTable(at);
  }

  private int fromTable(int at) {
    int m = match[at - tableFrom];
    int space = nextSpace[at - tableFrom];
    if (m >= 0 && space < m && space - at <= Lexer.MAX_LINK_TARGET) {
      return titleEnd(space); // "(https://… "Title")"
    }
    if (m < 0 || m - at > Lexer.MAX_LINK_TARGET || space < m) {
      return -1;
    }
    return m + 1;
  }

  /** How long a link title may be. */
  static final int MAX_TITLE = 300;

  /**
   * The index past a target's closing parenthesis when a title follows its address: blanks, a
   * title in straight or typographic double quotes or in single quotes, blanks, {@code )}; else -1.
   * spec: {@code [text](https://… "Title")}.
   */
  private int titleEnd(int ws) {
    int i = ws;
    while (i < to && (s.charAt(i) == ' ' || s.charAt(i) == '\t')) {
      i++;
    }
    if (i >= to) {
      return -1;
    }
    char open = s.charAt(i);
    char close = open == '\u201C' ? '\u201D' : open;
    if (open != '"' && open != '\'' && open != '\u201C') {
      return -1;
    }
    int limit = Math.min(to, i + MAX_TITLE);
    int j = i + 1;
    while (j < limit && s.charAt(j) != close && s.charAt(j) != '\n' && s.charAt(j) != '\r') {
      j++;
    }
    if (j >= limit || s.charAt(j) != close) {
      return -1;
    }
    j++;
    while (j < to && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
      j++;
    }
    return j < to && s.charAt(j) == ')' ? j + 1 : -1;
  }

  /**
   * Pairs the parentheses of {@code [from, to)} as a stack does: a {@code )} closes the latest open
   * {@code (}. That is the parenthesis where the direct scan from an open one returns to depth 0,
   * since what lies between is balanced.
   */
  private void build(int from) {
    int n = to - from;
    match = new int[n];
    nextSpace = new int[n];
    int[] open = new int[16];
    int depth = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      match[i - from] = -1;
      if (c == '(') {
        if (depth == open.length) {
          open = java.util.Arrays.copyOf(open, depth * 2);
        }
        open[depth++] = i;
      } else if (c == ')' && depth > 0) {
        match[open[--depth] - from] = i;
      }
    }
    int space = to;
    for (int i = to - 1; i >= from; i--) {
      if (Character.isWhitespace(s.charAt(i))) {
        space = i;
      }
      nextSpace[i - from] = space;
    }
    tableFrom = from;
  }
}
