package io.github.ascribe.core.registry;

import io.github.ascribe.core.Match;
import io.github.ascribe.core.Source;
import java.util.Objects;

/**
 * The result of a successful registry look-up: the source and how the name matched it.
 *
 * @param source the registry source
 * @param match how the name matched
 */
public record Resolution(Source source, Match match) {

  /** Validates the fields. */
  public Resolution {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(match, "match");
  }
}
