package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.core.AttributionForm;
import java.util.Set;

/**
 * ChatGPT's {@code :contentReference[oaicite:0]{index=0}} left after a sentence in copied text: cut from
 * the claim with an {@code unresolved-citation-code} diagnostic, since nothing in the text says what it cites.
 *
 * <pre>{@code
 * The review can last 90 days. :contentReference[oaicite:1]{index=1}   // claim "The review can last 90 days."
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ContentReferenceForm extends LeakedCodeRecognizer {

  public ContentReferenceForm() {
    super(AttributionForm.MARKER, Set.of(LexKind.CLOSE), LeakedCodes.Kind.CONTENT_REFERENCE,
        "code-content-reference", "a ChatGPT content reference");
  }
}
