package io.github.ascribe.cli;

import java.io.PrintWriter;
import java.util.Objects;

/**
 * What {@code analyze} found, file by file, and the exit code it comes to. Each problem is said on
 * standard error in one line naming the file. When several apply, the code is the most serious:
 * 3 (internal error, decided in {@link Main}), then 2, 4 and 1.
 *
 * <pre>{@code
 * ExitStatus status = new ExitStatus(err, 0.8);
 * status.file("a.txt", summary, null);   // coverage 0.5: says so, code 1
 * status.code();                          // Main.BELOW_MIN_COVERAGE
 * }</pre>
 *
 * <p>Not thread-safe.
 */
final class ExitStatus {

  private final PrintWriter err;
  private final Double minCoverage;
  private boolean unreadable;
  private boolean truncated;
  private boolean below;

  /**
   * Starts with nothing wrong.
   *
   * @param err where problems are said
   * @param minCoverage the {@code --min-coverage} fraction, or null
   */
  ExitStatus(PrintWriter err, Double minCoverage) {
    this.err = Objects.requireNonNull(err, "err");
    this.minCoverage = minCoverage;
  }

  /**
   * An input that could not be read or was refused.
   *
   * @param message what is wrong, starting with the file's name
   */
  void unreadable(String message) {
    unreadable = true;
    err.println("ascribe: " + message);
  }

  /**
   * A file analysed to its end.
   *
   * @param name the file's name
   * @param summary its figures
   * @param truncation its first {@code input-truncated} error, or null if it was read whole
   */
  void file(String name, JsonModel.SummaryEntry summary, JsonModel.DiagnosticEntry truncation) {
    if (truncation != null) {
      truncated = true;
      err.println("ascribe: " + name + ": input truncated at line " + truncation.line() + ": " + truncation.message());
    }
    if (minCoverage == null) {
      return;
    }
    if (summary.claims() == 0) {
      below = true;
      err.println("ascribe: " + name + ": no claims found, so --min-coverage " + Figures.percent(minCoverage)
          + " is not met");
    } else if (summary.coverage() < minCoverage) {
      below = true;
      err.println("ascribe: " + name + ": coverage " + Figures.percent(summary.coverage()) + " ("
          + summary.attributedClaims() + "/" + summary.claims() + ") is below --min-coverage "
          + Figures.percent(minCoverage));
    }
  }

  /**
   * The exit code: 2 if an input was unreadable, else 4 if one was truncated, else 1 if a file missed
   * {@code --min-coverage}, else 0.
   *
   * @return the code
   */
  int code() {
    return unreadable ? Main.USAGE : truncated ? Main.TRUNCATED : below ? Main.BELOW_MIN_COVERAGE : Main.OK;
  }
}
