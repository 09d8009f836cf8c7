package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Span;
import java.util.List;
import java.util.Set;

/**
 * Markers the sentence segmenter put at the start of the next sentence ({@code trials.[1] Regulators
 * ...}): they belong to the claim before them. Immutable and thread-safe.
 */
public final class LeadingMarkerForm implements FormRecognizer {

  @Override
  public AttributionForm form() {
    return AttributionForm.MARKER;
  }

  @Override
  public Anchor anchor() {
    return Anchor.SENTENCE_START;
  }

  @Override
  public Set<LexKind> triggers() {
    return Set.of(LexKind.MARKER, LexKind.SUPERSCRIPT, LexKind.CLOSE); // "[ 1]" is no MARKER lexeme
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    int a = in.range().start();
    int lead = Markers.endAfter(in.text(), a, in.range().end());
    return lead > a ? List.of(NotationHits.marker(in, Span.of(a, lead), Reach.PREVIOUS_CLAIM)) : List.of();
  }
}
