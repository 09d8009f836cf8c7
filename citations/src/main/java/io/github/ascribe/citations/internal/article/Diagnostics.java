package io.github.ascribe.citations.internal.article;

import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The diagnostics of one article, capped: it keeps the first {@code max} in text order (by span,
 * then in the order they were added) and counts the rest, which one {@code diagnostics-truncated}
 * note reports. Holds at most {@code max + 1} at any time, however many are added. Not thread-safe:
 * one per analysis.
 */
final class Diagnostics {

  /** A diagnostic and the order it was added in. */
  private record Entry(Diagnostic diagnostic, long seq) {}

  private static final Comparator<Entry> ORDER = Comparator.comparing((Entry e) -> e.diagnostic().span())
      .thenComparingLong(Entry::seq);

  private final int max;
  /** The first {@code max + 1} so far, the last in order on top. */
  private final PriorityQueue<Entry> kept = new PriorityQueue<>(ORDER.reversed());
  private long added;

  /**
   * An empty list.
   *
   * @param max how many to report, at least 0
   */
  Diagnostics(int max) {
    this.max = max;
  }

  /**
   * Adds one.
   *
   * @param d the diagnostic
   */
  void add(Diagnostic d) {
    kept.add(new Entry(d, added++));
    if (kept.size() > max + 1L) {
      kept.poll();
    }
  }

  /**
   * The diagnostics to report: the first {@code max} in order, then a note of how many more there were.
   *
   * @return the list
   */
  List<Diagnostic> toList() {
    List<Entry> sorted = new ArrayList<>(kept);
    sorted.sort(ORDER);
    List<Diagnostic> out = new ArrayList<>(Math.min(sorted.size(), max) + 1);
    for (int i = 0; i < sorted.size() && i < max; i++) {
      out.add(sorted.get(i).diagnostic());
    }
    if (added > max) {
      Diagnostic firstCut = sorted.get(max).diagnostic();
      out.add(new Diagnostic(Severity.INFO, "diagnostics-truncated", (added - max)
          + " more diagnostics were found and not kept (maxDiagnostics " + max + ")", firstCut.span()));
    }
    return out;
  }
}
