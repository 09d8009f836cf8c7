package io.github.ascribe.citations.answerengines;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The figures of one group of items (an engine, a form, or the whole corpus). Mutable, filled by one
 * thread while the report is built.
 */
final class Tally {

  private final Set<String> texts = new LinkedHashSet<>();
  private int items;
  private int exact;
  private int expectedClaims;
  private int actualClaims;
  private int foundClaims;
  private int expectedPairs;
  private int actualPairs;
  private int correctPairs;

  void add(Item i) {
    texts.add(i.text());
    if (i.scored()) {
      items++;
      exact += i.exact() ? 1 : 0;
    }
    expectedClaims += i.expectedClaims();
    actualClaims += i.actualClaims();
    foundClaims += i.foundClaims();
    expectedPairs += i.expectedPairs();
    actualPairs += i.actualPairs();
    correctPairs += i.correctPairs();
  }

  int texts() {
    return texts.size();
  }

  int items() {
    return items;
  }

  /** Items read exactly, over all scored items (1 when there are none). */
  double exactRate() {
    return rate(exact, items);
  }

  double claimPrecision() {
    return rate(foundClaims, actualClaims);
  }

  double claimRecall() {
    return rate(foundClaims, expectedClaims);
  }

  double pairPrecision() {
    return rate(correctPairs, actualPairs);
  }

  double pairRecall() {
    return rate(correctPairs, expectedPairs);
  }

  /** One row of the report table. */
  String row(String name, String status) {
    return String.format(Locale.ROOT, "%-26s %5d %6d %6s %6s %6s %6s %7s  %s", name, texts(), expectedClaims,
        pct(claimPrecision()), pct(claimRecall()), pct(pairPrecision()), pct(pairRecall()),
        exact + "/" + items, pct(exactRate()) + (status.isEmpty() ? "" : "  " + status));
  }

  /** The header of {@link #row}. */
  static String header(String first) {
    return String.format(Locale.ROOT, "%-26s %5s %6s %6s %6s %6s %6s %7s  %s", first, "texts", "claims", "cl.P",
        "cl.R", "src.P", "src.R", "exact", "exact%");
  }

  private static double rate(int n, int d) {
    return d == 0 ? 1.0 : (double) n / d;
  }

  private static String pct(double r) {
    return String.format(Locale.ROOT, "%.1f", 100 * r);
  }
}
