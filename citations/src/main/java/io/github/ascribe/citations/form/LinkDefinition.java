package io.github.ascribe.citations.form;

import io.github.ascribe.core.Span;
import java.util.Objects;

/**
 * A reference-style link definition, a line of its own anywhere in the text: {@code [3]:
 * https://www.reuters.com/… "Title"} or {@code [reuters]: <https://…>}. A reference link {@code
 * ([Reuters][3])} takes its address from it.
 *
 * <pre>{@code
 * // in a recogniser:
 * Optional<LinkDefinition> d = in.linkDefinition("3");
 * d.map(LinkDefinition::url);   // Optional[https://www.reuters.com/…]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param label the label as written between the brackets ({@code 3}, {@code reuters})
 * @param url the address, without angle brackets
 * @param title the title after the address, or empty
 * @param span the whole definition line, without its line break
 */
public record LinkDefinition(String label, String url, String title, Span span) {

  /** Validates the fields. */
  public LinkDefinition {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(span, "span");
    if (label.isBlank() || url.isBlank()) {
      throw new IllegalArgumentException("label and url must not be blank: [" + label + "]: " + url);
    }
  }
}
