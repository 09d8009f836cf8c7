package io.github.ascribe.citations;

import java.util.Objects;

/**
 * Whether a string is attribution notation at all, and why. {@code docs/notation.md} lists the
 * reasons and the order they are checked in.
 *
 * <pre>{@code
 * Notation.parse("AFP, Meduza").verdict();              // notation: all-names-known
 * Notation.parse("Poland, Hungary and Slovakia").verdict(); // not notation: places
 * }</pre>
 *
 * @param notation true if the string reads as attribution notation
 * @param reason a stable kebab-case reason code
 * @param explanation a sentence for people
 */
public record Verdict(boolean notation, String reason, String explanation) {

  /** Validates the fields. */
  public Verdict {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(explanation, "explanation");
  }

  @Override
  public String toString() {
    return (notation ? "notation: " : "not notation: ") + reason + " (" + explanation + ")";
  }
}
