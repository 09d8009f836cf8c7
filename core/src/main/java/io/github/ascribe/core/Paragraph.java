package io.github.ascribe.core;

import java.util.Objects;

/**
 * A paragraph of an article: text between line breaks, including headings and list items.
 *
 * <p>Immutable and thread-safe.
 *
 * @param index position in {@link Article#paragraphs()}
 * @param span its text in the input, without the line break
 */
public record Paragraph(int index, Span span) {

  /** Validates the fields. */
  public Paragraph {
    Objects.requireNonNull(span, "span");
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0: " + index);
    }
  }
}
