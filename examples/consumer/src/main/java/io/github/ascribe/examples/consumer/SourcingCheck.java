package io.github.ascribe.examples.consumer;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.Summary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A pre-publication check an editor might run: does an article meet a coverage threshold, and which
 * claims need a source?
 *
 * <pre>{@code
 * SourcingCheck check = new SourcingCheck(0.8);
 * SourcingCheck.Result r = check.check(text);
 * r.passed();         // false for the reference article: 7 of 9 claims
 * r.needsSource();    // ["While the meeting did not result ...", "As the conflict persists, ..."]
 * }</pre>
 *
 * <p>Immutable and thread-safe: the analyser is built once and shared.
 */
public final class SourcingCheck {

  private final Analyzer analyzer = Analyzer.builder().build();
  private final double minCoverage;

  /**
   * Creates a check.
   *
   * @param minCoverage the least coverage that passes, from 0 to 1
   */
  public SourcingCheck(double minCoverage) {
    if (!(minCoverage >= 0 && minCoverage <= 1)) {
      throw new IllegalArgumentException("minCoverage must be in [0, 1]: " + minCoverage);
    }
    this.minCoverage = minCoverage;
  }

  /**
   * The outcome of a check.
   *
   * @param summary the article's audit figures
   * @param passed whether coverage reaches the threshold
   * @param needsSource the text of every claim with no media source
   * @param sources the names of the media sources cited
   */
  public record Result(Summary summary, boolean passed, List<String> needsSource, List<String> sources) {

    /** Copies the lists. */
    public Result {
      needsSource = List.copyOf(needsSource);
      sources = List.copyOf(sources);
    }

    /**
     * One line for a log.
     *
     * @return e.g. {@code FAIL coverage 77.8% (7/9), 2 claims need a source}
     */
    public String line() {
      return String.format(Locale.ROOT, "%s coverage %.1f%% (%d/%d), %d claims need a source",
          passed ? "PASS" : "FAIL", summary.coverage() * 100, summary.attributedClaims(), summary.claims(),
          needsSource.size());
    }
  }

  /**
   * Checks an article.
   *
   * @param text the article
   * @return the result
   */
  public Result check(String text) {
    Article article = analyzer.analyze(text);
    List<String> needs = new ArrayList<>();
    for (Claim c : article.unattributedClaims()) {
      needs.add(c.text());
    }
    List<String> sources = new ArrayList<>();
    for (Source s : article.claimsBySource().keySet()) {
      if (s.isMedia()) {
        sources.add(s.name());
      }
    }
    Summary summary = article.summary();
    return new Result(summary, summary.coverage() >= minCoverage, needs, sources);
  }

  /**
   * Checks the files given and prints one line each; exits with 1 if any fails.
   *
   * @param args files (UTF-8)
   * @throws IOException if a file cannot be read
   */
  public static void main(String[] args) throws IOException {
    SourcingCheck check = new SourcingCheck(0.8);
    boolean ok = true;
    for (String file : args) {
      Result r = check.check(Files.readString(Path.of(file)));
      System.out.println(file + ": " + r.line());
      ok &= r.passed();
    }
    System.exit(ok ? 0 : 1);
  }
}
