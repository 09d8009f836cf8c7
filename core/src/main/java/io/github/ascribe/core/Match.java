package io.github.ascribe.core;

import java.util.Objects;

/**
 * How a mention was matched, with a score in {@code [0, 1]}: 1 for exact, alias and domain matches,
 * the similarity for fuzzy matches, 0 for unresolved names.
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind how it matched
 * @param score confidence in {@code [0, 1]}
 */
public record Match(MatchKind kind, double score) {

  /** An exact match of the canonical name. */
  public static final Match EXACT = new Match(MatchKind.EXACT, 1.0);
  /** A match of an alias. */
  public static final Match ALIAS = new Match(MatchKind.ALIAS, 1.0);
  /** A match through a web domain. */
  public static final Match DOMAIN = new Match(MatchKind.DOMAIN, 1.0);
  /** No match. */
  public static final Match UNRESOLVED = new Match(MatchKind.UNRESOLVED, 0.0);
  /** A look-alike of a registry name, deliberately not resolved. */
  public static final Match CONFUSABLE = new Match(MatchKind.CONFUSABLE, 0.0);

  /** Validates the fields. */
  public Match {
    Objects.requireNonNull(kind, "kind");
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0, 1]: " + score);
    }
  }

  /**
   * A fuzzy match.
   *
   * @param score the similarity, in {@code [0, 1]}
   * @return the match
   */
  public static Match fuzzy(double score) {
    return new Match(MatchKind.FUZZY, score);
  }

  /**
   * Whether the name was found in the registry.
   *
   * @return false for {@link MatchKind#UNRESOLVED} and {@link MatchKind#CONFUSABLE}
   */
  public boolean isResolved() {
    return kind != MatchKind.UNRESOLVED && kind != MatchKind.CONFUSABLE;
  }

  @Override
  public String toString() {
    return kind == MatchKind.FUZZY ? "FUZZY(" + String.format(java.util.Locale.ROOT, "%.3f", score) + ")" : kind.name();
  }
}
