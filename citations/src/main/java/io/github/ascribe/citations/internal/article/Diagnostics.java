package io.github.ascribe.citations.internal.article;

import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The diagnostics of one article, capped: it keeps the first {@code max - reserved} in text order (by
 * span, then in the order they were added) and counts the rest, which one {@code
 * diagnostics-truncated} note reports. The {@code reserved} places are the caller's, for diagnostics
 * it adds after the read and that no cap may drop (the {@code input-truncated} error of a cut input).
 * Holds at most {@code max - reserved + 1} at any time, however many are added. Not thread-safe: one
 * per analysis.
 */
final class Diagnostics {

  /** A diagnostic and the order it was added in. */
  private record Entry(Diagnostic diagnostic, long seq) {}

  private static final Comparator<Entry> ORDER = Comparator.comparing((Entry e) -> e.diagnostic().span())
      .thenComparingLong(Entry::seq);

  private final int max;
  /** How many found while reading are kept: {@code max} less the reserved places. */
  private final int keep;
  /** The first {@code max + 1} so far, the last in order on top. */
  private final PriorityQueue<Entry> kept = new PriorityQueue<>(ORDER.reversed());
  private long added;

  /**
   * An empty list.
   *
   * @param max how many to report in all, at least 0
   * @param reserved how many of those places the caller keeps for its own, at least 0
   */
  Diagnostics(int max, int reserved) {
    this.max = max;
    this.keep = Math.max(0, max - reserved);
  }

  /**
   * Adds one.
   *
   * @param d the diagnostic
   */
  void add(Diagnostic d) {
    kept.add(new Entry(d, added++));
    if (kept.size() > keep + 1L) {
      kept.poll();
    }
  }

  /**
   * The diagnostics to report: the first {@code max - reserved} in order, then a note of how many more
   * there were.
   *
   * @return the list
   */
  List<Diagnostic> toList() {
    List<Entry> sorted = new ArrayList<>(kept);
    sorted.sort(ORDER);
    List<Diagnostic> out = new ArrayList<>(Math.min(sorted.size(), keep) + 1);
    for (int i = 0; i < sorted.size() && i < keep; i++) {
      out.add(sorted.get(i).diagnostic());
    }
    if (added > keep) {
      Diagnostic firstCut = sorted.get(keep).diagnostic();
      out.add(new Diagnostic(Severity.INFO, "diagnostics-truncated", (added - keep)
          + " more diagnostics were found and not kept (maxDiagnostics " + max + ")", firstCut.span()));
    }
    return out;
  }
}
