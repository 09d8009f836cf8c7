package io.github.ascribe.citations.internal.article;

import io.github.ascribe.citations.internal.form.ChipPills;
import io.github.ascribe.citations.internal.notation.Readings;
import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.citations.internal.source.SourceFinders;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Severity;
import io.github.ascribe.core.Span;
import java.util.List;
import java.util.Optional;

/**
 * Answer engines glue chips after a sentence and the next sentence after the chips: {@code in
 * May.Fortune+1Quartz +2 Gold fell.} The segmenter sees one sentence; this splits it after the
 * longest run of known-source chips that starts right after a stop. A run may end at any of the
 * first {@link #MAX_ENDS} word boundaries after its start, tried longest first. Stateless.
 */
final class GluedChipSplit {

  /** How far after its start a run may end. */
  static final int MAX_LENGTH = 300;
  /** How many word boundaries after the start are tried as the end of the run. */
  static final int MAX_ENDS = 9;
  /** The search parses at most this many characters per character of a sentence... */
  static final int BUDGET_PER_CHAR = 1;
  /** ... plus this many, so that a sentence made of candidates ({@code x.com/+1 x.com/+1 ...}) stays linear. */
  static final int BUDGET_BASE = 2_000;
  /** What {@link #longest} answers when its budget would not cover the next parse. */
  private static final int OUT_OF_BUDGET = -2;

  private GluedChipSplit() {}

  /**
   * Adds a boundary after glued chips to each sentence that has them.
   *
   * @param ctx the analysis
   * @param bounds the sentence boundaries of a paragraph, ascending; boundaries are inserted
   */
  static void split(ReadContext ctx, List<Integer> bounds) {
    splitAfterPills(ctx, bounds);
    String s = ctx.text;
    for (int q = 0; q + 1 < bounds.size(); q++) {
      int a = bounds.get(q);
      int b = bounds.get(q + 1);
      int nextPlus = -1; // the next "+N" at or after i: one forward scan, amortised linear
      int[] budget = {BUDGET_PER_CHAR * (b - a) + BUDGET_BASE};
      for (int i = a + 2; i < b; i++) {
        char t = s.charAt(i - 1);
        if (t != '.' && t != '!' && t != '?') {
          continue;
        }
        // spec: a stop after a lowercase letter or digit, then a letter
        char next = s.charAt(i);
        if (!(Character.isUpperCase(next) || Character.isLowerCase(next))
            || !(Character.isLowerCase(s.charAt(i - 2)) || Character.isDigit(s.charAt(i - 2)))) {
          continue;
        }
        if (nextPlus < i) {
          nextPlus = i;
          while (nextPlus + 1 < b && !((s.charAt(nextPlus) == '+' || s.charAt(nextPlus) == '＋')
              && Character.isDigit(s.charAt(nextPlus + 1)))) {
            nextPlus++;
          }
          if (nextPlus + 1 >= b) {
            break; // no chip anywhere ahead in this sentence
          }
        }
        if (nextPlus - i > MAX_LENGTH) {
          continue;
        }
        int end = longest(ctx, i, b, budget);
        if (end == OUT_OF_BUDGET) {
          ctx.diagnostics.add(new Diagnostic(Severity.INFO, "glued-chips-not-searched", "this sentence has too "
              + "many places where chips could be glued to search them all; from here on, chips glued after a "
              + "full stop are not split off", Span.of(i, b)));
          break;
        }
        if (end > i && end < b) {
          bounds.add(q + 1, end);
          break;
        }
      }
    }
  }

  /**
   * spec: {@code until 2028.bbc The deal} is two sentences, split after a pill glued to the stop
   * ({@link ChipPills}) when a blank and a capital letter follow it.
   */
  private static void splitAfterPills(ReadContext ctx, List<Integer> bounds) {
    String s = ctx.text;
    for (int q = 0; q + 1 < bounds.size(); q++) {
      int b = bounds.get(q + 1);
      for (int i = bounds.get(q) + 2; i < b; i++) {
        if (s.charAt(i - 1) != '.' || !Character.isLowerCase(s.charAt(i))) {
          continue;
        }
        int e = ChipPills.endAt(s, i, b, ctx::notationUnlessProse);
        if (e > 0 && e + 1 < b && Character.isUpperCase(s.charAt(e + 1))) {
          bounds.add(q + 1, e);
          break;
        }
      }
    }
  }

  /**
   * The end of the longest run of known-source chips {@code text[i, end)}, -1 if none, or {@link
   * #OUT_OF_BUDGET}: each range parsed takes its length from {@code budget[0]}.
   */
  private static int longest(ReadContext ctx, int i, int b, int[] budget) {
    String s = ctx.text;
    int limit = Math.min(b, i + MAX_LENGTH);
    if (!hasPlusDigit(s, i, limit)) {
      return -1;
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
      if (budget[0] < ends[k] - i) {
        return OUT_OF_BUDGET;
      }
      budget[0] -= ends[k] - i;
      Optional<NotationResult> r = ctx.notationUnlessProse(i, ends[k]);
      if (r.isPresent() && isKnownChips(r.get())) {
        return ends[k];
      }
    }
    return -1;
  }

  /** Whether a reading is chips (a count) that name only known sources, with no more than notes. */
  private static boolean isKnownChips(NotationResult r) {
    return r.isNotation() && Readings.counted(r) && Readings.any(r) && Readings.all(r, m -> m.match().isResolved())
        && Readings.onlyNotes(r);
  }

  /** Whether {@code s[from, to)} has a plus and a digit before its first space after 120 characters. */
  private static boolean hasPlusDigit(String s, int from, int to) {
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
