package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A sentence that is notation on its own, at the end of a paragraph's claims ({@code Reuters +
 * Bloomberg + FT.}): a source tail, covering the claims of its paragraph before it that no earlier
 * tail covers. Immutable and thread-safe.
 */
public final class SentenceTailForm implements FormRecognizer {

  @Override
  public AttributionForm form() {
    return AttributionForm.SOURCE_TAIL;
  }

  @Override
  public Anchor anchor() {
    return Anchor.SENTENCE;
  }

  @Override
  public Set<LexKind> triggers() {
    return Set.of(); // any sentence may be a list of names
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    int a = in.range().start();
    int b = in.range().end();
    Optional<NotationResult> r = in.notationUnlessProse(a, b);
    if (r.isEmpty() || !r.get().isNotation()) {
      return List.of();
    }
    return List.of(NotationHits.of(AttributionForm.SOURCE_TAIL, "sentence-tail", r.get(), a, Span.of(a, b),
        Reach.SENTENCE_TAIL));
  }
}
