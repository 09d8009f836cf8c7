package io.github.ascribe.citations;

import io.github.ascribe.core.Span;
import java.util.Objects;

/**
 * One token of attribution notation.
 *
 * <pre>{@code
 * Notation.parse("AP News +2").tokens();
 * // [NAME 'AP News' [0, 7), SPACE ' ' [7, 8), COUNT '+2' [8, 10)]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param kind what the token is
 * @param span where it is in the input
 * @param text the characters it covers, exactly as written
 */
public record Token(TokenKind kind, Span span, String text) {

  /** Validates the fields. */
  public Token {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("text length " + text.length() + " does not match span " + span);
    }
  }

  @Override
  public String toString() {
    return kind + " '" + text + "' " + span;
  }
}
