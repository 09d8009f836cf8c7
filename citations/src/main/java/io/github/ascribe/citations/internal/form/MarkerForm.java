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
 * Numbered markers ending a sentence ({@code trials[1].}, {@code [2][3]}, {@code [1, 4, 8]}, {@code
 * [1-3]}, {@code [^4]}, {@code [^4^]}, {@code [^1_2]}, {@code [web:1]}, {@code ¹²}, and in an answer
 * with a reference list digits glued after the stop, {@code the bridge.1}), resolved through the
 * article's reference lists. Immutable and thread-safe.
 */
public final class MarkerForm implements FormRecognizer {

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
    return Set.of(LexKind.MARKER, LexKind.SUPERSCRIPT, LexKind.CLOSE, LexKind.WORD); // "[ 1]", "[^1^]" are no MARKER lexeme; glued digits are a WORD
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    String s = in.text();
    int from = in.range().start();
    int e = TextScan.trimEnd(s, from, in.range().end());
    if (e <= from) {
      return List.of();
    }
    // spec: the markers stand before the sentence's full stop, if it has one
    int start = Markers.startBefore(s, from, TextScan.beforeStop(s, from, e));
    if (start < 0 && !in.references().isEmpty()) {
      // spec: digits glued after the stop (the bridge.1) are markers only in an answer with a list
      start = Markers.gluedStartBefore(s, from, e);
    }
    return start < 0 ? List.of() : List.of(NotationHits.marker(in, Span.of(start, e), Reach.SENTENCE));
  }
}
