package io.github.ascribe.core;

import java.util.Objects;

/**
 * One place in the text where a source is named, with what it resolved to.
 *
 * <pre>{@code
 * // in "AP News +2", the mention "AP News" at [0, 7) resolved by alias to Associated Press
 * mention.text();    // "AP News"
 * mention.source();  // Associated Press (AGENCY, associated-press)
 * mention.match();   // ALIAS
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the name exactly as written (for names broken over lines, the covered text)
 * @param span where it is written, in UTF-16 indices of the original input
 * @param source the source it resolved to (an ad-hoc source when unresolved)
 * @param match how it resolved
 */
public record SourceMention(String text, Span span, Source source, Match match) {

  /** Validates the fields. */
  public SourceMention {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(match, "match");
  }

  /**
   * The same mention, with its span shifted by {@code delta}.
   *
   * @param delta the offset to add
   * @return the shifted mention
   */
  public SourceMention shift(int delta) {
    return new SourceMention(text, Span.of(span.start() + delta, span.end() + delta), source, match);
  }

  @Override
  public String toString() {
    return "'" + text + "'" + span + " -> " + source.name() + " [" + match + "]";
  }
}
