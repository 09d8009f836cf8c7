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
 * ChatGPT's {@code :contentReference[oaicite:0]{index=0}} left after a sentence in copied text: cut from
 * the claim with an {@code unresolved-citation-code} diagnostic, since nothing in the text says what it cites.
 *
 * <pre>{@code
 * The review can last 90 days. :contentReference[oaicite:1]{index=1}   // claim "The review can last 90 days."
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class ContentReferenceForm implements FormRecognizer {

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
    return Set.of(LexKind.CLOSE);
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    int[] at = LeakedCodes.trailing(LeakedCodes.Kind.CONTENT_REFERENCE, in);
    if (at == null) {
      return List.of();
    }
    return List.of(LeakedCodes.hit(AttributionForm.MARKER, "code-content-reference", Span.of(at[0], at[2]), Span.of(at[0], at[1]),
        List.of(), "a ChatGPT content reference"));
  }
}
