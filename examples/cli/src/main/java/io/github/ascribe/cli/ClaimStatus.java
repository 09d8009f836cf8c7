package io.github.ascribe.cli;

import io.github.ascribe.core.Claim;
import java.util.Locale;

/**
 * How well a claim is sourced, by its media source count (named plus unnamed): the colour of a claim
 * in the HTML report and the {@code status} field of JSON and CSV.
 *
 * <pre>{@code
 * ClaimStatus.of(article.claims().get(3));   // MULTI_SOURCE
 * ClaimStatus.MULTI_SOURCE.label();          // "multi-source"
 * }</pre>
 */
public enum ClaimStatus {
  /** Two or more media sources. */
  MULTI_SOURCE,
  /** Exactly one media source. */
  SINGLE_SOURCE,
  /** No media source (people, organisations or anonymous sources may still be named). */
  UNATTRIBUTED;

  /**
   * The status of a claim.
   *
   * @param claim the claim
   * @return its status
   */
  public static ClaimStatus of(Claim claim) {
    int n = claim.sourceCount();
    return n >= 2 ? MULTI_SOURCE : n == 1 ? SINGLE_SOURCE : UNATTRIBUTED;
  }

  /**
   * The kebab-case label used in JSON, CSV and CSS classes.
   *
   * @return e.g. {@code single-source}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
