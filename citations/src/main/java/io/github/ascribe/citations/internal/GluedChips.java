package io.github.ascribe.citations.internal;

import io.github.ascribe.citations.NotationResult;

/**
 * Finds a run of known-source chips glued after a sentence's terminator and before the next
 * sentence: in {@code in May.Fortune+1Quartz +2 Gold fell.} the run {@code Fortune+1Quartz +2}
 * starts right after the full stop. The run may end at any of the first nine word boundaries after
 * its start; the longest that reads as chips wins. The boundaries are tried longest first, so the
 * search stops at the first that reads as chips instead of parsing every shorter one. Immutable and
 * thread-safe.
 */
final class GluedChips {

  /** How far after its start a run may end. */
  static final int MAX_LENGTH = 300;

  /** How many word boundaries after the start are tried as the end of the run. */
  static final int MAX_ENDS = 9;

  /** The run found: where it ends, its text, and what reading it gave. */
  record Run(int end, String text, NotationResult read) {}

  /** What a search answers when its budget would not cover the next parse. */
  static final Run OUT_OF_BUDGET = new Run(-2, "", null);

  private final NotationReader notation;
  private final NotationPrefilter prefilter;

  GluedChips(NotationReader notation, NotationPrefilter prefilter) {
    this.notation = notation;
    this.prefilter = prefilter;
  }

  /**
   * The longest run of known-source chips {@code s[i, end)} with {@code end} a word boundary no
   * further than {@link #MAX_LENGTH} after {@code i} and not after {@code b}.
   *
   * @param s the text
   * @param i where the run starts
   * @param b where the sentence ends
   * @return the run, or null if none
   */
  Run longest(String s, int i, int b) {
    return longest(s, i, b, new int[] {Integer.MAX_VALUE});
  }

  /**
   * What {@link #longest(String, int, int)} finds, parsing at most {@code budget[0]} characters in
   * all: each candidate text parsed takes its length from the budget. When the next parse would
   * need more than is left, the search stops and returns {@link #OUT_OF_BUDGET}.
   *
   * @param s the text
   * @param i where the run starts
   * @param b where the sentence ends
   * @param budget the characters that may still be parsed, taken from as the search parses
   * @return the run, null if none, or {@link #OUT_OF_BUDGET}
   */
  Run longest(String s, int i, int b, int[] budget) {
    int limit = Math.min(b, i + MAX_LENGTH);
    if (!hasPlusDigit(s, i, limit)) {
      return null; // no "+N" ahead: no chip, and no parsing
    }
    int[] ends = new int[MAX_ENDS];
    int n = 0;
    for (int c = i; c <= limit && n < MAX_ENDS; c++) {
      if (c < limit && !Character.isWhitespace(s.charAt(c))) {
        continue;
      }
      ends[n++] = c;
      while (c < limit && Character.isWhitespace(s.charAt(c))) {
        c++;
      }
    }
    for (int k = n - 1; k >= 0; k--) {
      if (!prefilter.mayBeNotation(s, i, ends[k])) {
        continue; // prose: no chip run ends here
      }
      if (budget[0] < ends[k] - i) {
        return OUT_OF_BUDGET;
      }
      budget[0] -= ends[k] - i;
      String text = s.substring(i, ends[k]);
      NotationResult r = notation.readUnlessProse(text);
      if (isKnownChips(r)) {
        return new Run(ends[k], text, r);
      }
    }
    return null;
  }

  /** Whether a reading is chips (a count) that name only known sources, with no more than notes. */
  static boolean isKnownChips(NotationResult r) {
    return r != null && r.isNotation() && Readings.counted(r)
        && Readings.any(r) && Readings.all(r, m -> m.match().isResolved())
        && Readings.onlyNotes(r);
  }

  /** Whether {@code s[from, to)} has a plus and a digit before its first space after 120 characters. */
  static boolean hasPlusDigit(String s, int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      char c = s.charAt(k);
      if ((c == '+' || c == '＋') && Character.isDigit(s.charAt(k + 1))) {
        return true;
      }
      if (Character.isWhitespace(c) && k > from + 120) {
        return false;
      }
    }
    return false;
  }
}
