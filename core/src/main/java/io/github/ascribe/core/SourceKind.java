package io.github.ascribe.core;

/**
 * What kind of thing a {@link Source} is.
 *
 * <p>The first three kinds and {@link #UNKNOWN} are <em>media</em> sources: they count towards an
 * article's coverage. People, organisations and anonymous sources are kept and reported, but counted
 * in a separate figure (see {@link Summary}).
 */
public enum SourceKind {
  /** A news outlet: newspaper, broadcaster, magazine, news site. */
  OUTLET,
  /** A wire service or news agency (AP, Reuters, AFP, dpa, Xinhua, ...). */
  AGENCY,
  /** A service that republishes other outlets' stories (Yahoo News, MSN, Google News, ...). */
  AGGREGATOR,
  /** A named person ({@code Marco Rubio said}, {@code she said}). */
  PERSON,
  /** An organisation that is not a news medium ({@code the ministry said}). */
  ORGANIZATION,
  /** A source the text deliberately leaves unnamed ({@code an official}, {@code sources familiar}). */
  ANONYMOUS,
  /** A name written where a source belongs (in notation) that the registry does not know. */
  UNKNOWN;

  /**
   * Whether sources of this kind count as media coverage.
   *
   * @return true for outlets, agencies, aggregators and unknown names from notation
   */
  public boolean isMedia() {
    return this == OUTLET || this == AGENCY || this == AGGREGATOR || this == UNKNOWN;
  }

  /**
   * Whether sources of this kind report independently. Aggregators republish others' work, so two
   * aggregators do not make two independent sources.
   *
   * @return true for media kinds other than {@link #AGGREGATOR}
   */
  public boolean isIndependentMedia() {
    return isMedia() && this != AGGREGATOR;
  }
}
