package io.github.ascribe.core.registry;

import io.github.ascribe.core.Source;
import java.util.Objects;

/**
 * A name that looks like a registry source but is not the same text: the source it imitates, and
 * why it is suspicious.
 *
 * <pre>{@code
 * SourceRegistry.bundled().confusable("Bl\u043e\u043emberg");
 * // Optional[Confusable[lookalike=Bloomberg News (AGENCY, bloomberg), reason=mixes Latin and Cyrillic letters]]
 * }</pre>
 *
 * @param lookalike the registry source the name imitates
 * @param reason what makes it a look-alike, for people
 */
public record Confusable(Source lookalike, String reason) {

  /** Validates the fields. */
  public Confusable {
    Objects.requireNonNull(lookalike, "lookalike");
    Objects.requireNonNull(reason, "reason");
  }
}
