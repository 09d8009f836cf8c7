package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Span;
import java.util.List;
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
public final class GrokCardForm implements FormRecognizer {

  @Override
  public AttributionForm form() {
    return AttributionForm.MARKER;
  }

  @Override
  public Anchor anchor() {
    return Anchor.SENTENCE_END;
  }

  @Override
  public Set<LexKind> triggers() {
    return Set.of(LexKind.CLOSE, LexKind.OTHER, LexKind.QUOTE);
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    int[] at = LeakedCodes.trailing(LeakedCodes.Kind.GROK_CARD, in);
    if (at == null) {
      return List.of();
    }
    return List.of(LeakedCodes.hit(AttributionForm.MARKER, "code-grok-card", Span.of(at[0], at[2]), Span.of(at[0], at[1]),
        List.of(), "a Grok citation card"));
  }
}
