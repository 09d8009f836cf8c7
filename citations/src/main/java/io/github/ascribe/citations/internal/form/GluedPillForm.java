package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Span;
import java.util.List;
import java.util.Set;

/**
 * A source pill without a count glued to a sentence's full stop ({@code …until 2028.bbc}): a chip
 * of one known source (see {@link ChipPills}). Immutable and thread-safe.
 */
public final class GluedPillForm extends ShapeRecognizer {

  /** The form. */
  public GluedPillForm() {
    super(AttributionForm.CHIP, Anchor.SENTENCE_END, Set.of(LexKind.WORD, LexKind.URL));
  }

  @Override
  List<Recognized> read(FormInput in, String s, int from, int end) {
    int e = TextScan.trimEnd(s, from, end);
    int at = e;
    while (at > from && e - at <= ChipPills.MAX_PILL && Character.isLetterOrDigit(s.charAt(at - 1))) {
      at--;
    }
    if (at - 2 < from || ChipPills.endAt(s, at, e, in::notationUnlessProse) != e) {
      return List.of();
    }
    return List.of(NotationHits.of(AttributionForm.CHIP, "chip-pill", in.notation(at, e), at, Span.of(at, e),
        Reach.SENTENCE));
  }
}
