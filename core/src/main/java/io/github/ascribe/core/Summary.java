package io.github.ascribe.core;

/**
 * Audit figures for one article.
 *
 * <p>Coverage is media coverage: a claim is attributed when at least one outlet, agency, aggregator
 * or unknown notation name (named or counted) backs it. Claims attributed only to people,
 * organisations or anonymous sources are counted in {@code otherAttributedClaims}, not in coverage.
 *
 * <p>Immutable and thread-safe.
 *
 * @param claims number of claims
 * @param attributedClaims claims with at least one media source
 * @param coverage {@code attributedClaims / claims}; 1.0 when there are no claims (nothing is unattributed)
 * @param unattributedClaims claims with no media source
 * @param singleSourceClaims claims backed by exactly one media source
 * @param otherAttributedClaims claims with at least one person, organisation or anonymous source
 * @param distinctSources distinct named media sources over the article
 * @param independentSources distinct named media sources that are not aggregators
 */
public record Summary(
    int claims,
    int attributedClaims,
    double coverage,
    int unattributedClaims,
    int singleSourceClaims,
    int otherAttributedClaims,
    int distinctSources,
    int independentSources) {

  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "claims=%d attributed=%d coverage=%.3f unattributed=%d singleSource=%d otherAttributed=%d"
            + " distinctSources=%d independentSources=%d",
        claims, attributedClaims, coverage, unattributedClaims, singleSourceClaims,
        otherAttributedClaims, distinctSources, independentSources);
  }
}
