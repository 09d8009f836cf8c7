package io.github.ascribe.core;

import java.util.Objects;

/**
 * A problem or note found while reading text, tied to the place it was found.
 *
 * <p>Codes are stable, lowercase kebab-case identifiers (for example {@code restated-unlisted} or
 * {@code unresolved-marker}) that programs may match on; messages are for people and may change.
 * Every code is listed in {@code docs/diagnostics.md}.
 *
 * <pre>{@code
 * new Diagnostic(Severity.WARNING, "total-mismatch", "=5 declared, 4 named", Span.of(10, 12));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param severity how serious it is
 * @param code stable kebab-case code
 * @param message human-readable explanation
 * @param span where in the input it applies
 */
public record Diagnostic(Severity severity, String code, String message, Span span) {

  /** Validates the fields. */
  public Diagnostic {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(span, "span");
    if (!isKebabCase(code)) {
      throw new IllegalArgumentException("code must be kebab-case: " + code);
    }
  }

  /**
   * Whether the text matches {@code [a-z0-9]+(-[a-z0-9]+)*}, checked without a regex; source ids
   * follow the same rule ({@link Source}).
   */
  static boolean isKebabCase(String code) {
    int n = code.length();
    if (n == 0 || code.charAt(0) == '-' || code.charAt(n - 1) == '-') {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = code.charAt(i);
      if (c == '-') {
        if (code.charAt(i - 1) == '-') {
          return false;
        }
      } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }

  /**
   * Shifts the span by {@code delta}, for diagnostics found in a slice of a larger text.
   *
   * @param delta the offset of the slice in the larger text
   * @return a diagnostic whose span points into the larger text
   */
  public Diagnostic shift(int delta) {
    return new Diagnostic(severity, code, message, Span.of(span.start() + delta, span.end() + delta));
  }

  @Override
  public String toString() {
    return severity + " " + code + " " + span + ": " + message;
  }
}
