package io.github.ascribe.cli;

import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.Summary;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Small formatting helpers shared by the text and HTML reports, locale-independent.
 *
 * <pre>{@code
 * Figures.coverage(summary);   // "77.8% (7/9)"
 * }</pre>
 */
final class Figures {

  private Figures() {}

  /**
   * Coverage as a percentage and a fraction.
   *
   * @param s the summary
   * @return e.g. {@code 77.8% (7/9)}
   */
  static String coverage(Summary s) {
    return percent(s.coverage()) + " (" + s.attributedClaims() + "/" + s.claims() + ")";
  }

  /**
   * A fraction as a percentage with one decimal.
   *
   * @param fraction in [0, 1]
   * @return e.g. {@code 77.8%}
   */
  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }

  /**
   * Sources as {@code Name (KIND)}, comma-separated.
   *
   * @param sources the sources
   * @return the list, or an empty string
   */
  static String names(List<Source> sources) {
    return sources.stream().map(s -> s.name() + " (" + s.kind() + ")").collect(Collectors.joining(", "));
  }

  /**
   * A claim's media sources with the unnamed count, as one phrase.
   *
   * @param c the claim
   * @return e.g. {@code Reuters (AGENCY), AP (AGENCY) + 2 unnamed}, or {@code no media source}
   */
  static String mediaSources(Claim c) {
    String named = names(c.mediaSources());
    int unnamed = c.unnamedSources();
    if (unnamed == 0) {
      return named.isEmpty() ? "no media source" : named;
    }
    String more = unnamed + " unnamed";
    return named.isEmpty() ? more : named + " + " + more;
  }
}
