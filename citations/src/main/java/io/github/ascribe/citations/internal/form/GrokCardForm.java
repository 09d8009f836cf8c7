package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.core.AttributionForm;
import java.util.Set;

/**
 * Grok's citation cards after a sentence: {@code [](grok_render_citation_card_json={…})}, {@code <grok-card
 * …></grok-card>} and the opening {@code <grok:render …>} tag of a block (the form of
 * Grok's render blocks cuts its other lines): cut from the claim with an {@code unresolved-citation-code} diagnostic.
 *
 * <pre>{@code
 * Drivers will strike on Monday. [](grok_render_citation_card_json={"cardIds":["bde569"]})
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GrokCardForm extends LeakedCodeRecognizer {

  public GrokCardForm() {
    super(AttributionForm.MARKER, Set.of(LexKind.CLOSE, LexKind.OTHER, LexKind.QUOTE), LeakedCodes.Kind.GROK_CARD,
        "code-grok-card", "a Grok citation card");
  }
}
