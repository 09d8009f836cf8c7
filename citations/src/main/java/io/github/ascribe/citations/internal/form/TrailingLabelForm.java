package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.Resolution;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A media name in parentheses ending a sentence ({@code ... rose 4% (dpa).}): a label of the
 * sentence's claim. Immutable and thread-safe.
 */
public final class TrailingLabelForm implements FormRecognizer {

  @Override
  public AttributionForm form() {
    return AttributionForm.LABEL;
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
    String s = in.text();
    int from = in.range().start();
    int e = TextScan.trimEnd(s, from, in.range().end());
    if (e <= from) {
      return List.of();
    }
    int at = TextScan.beforeStop(s, from, e);
    // spec: "(" name ")" of at most 60 characters before the stop, exactly a media name
    if (s.charAt(at - 1) != ')') {
      return List.of();
    }
    int open = TextScan.lastIndexOf(s, '(', at - 1, Math.max(from, at - 60));
    if (open < from) {
      return List.of();
    }
    String name = s.substring(open + 1, at - 1);
    Optional<Resolution> media = in.registry().resolveExact(name);
    if (media.isEmpty() || !media.get().source().isMedia()) {
      return List.of();
    }
    // the label's span takes the stop after it, so that the claim ends before both; the mention is
    // the name inside the parentheses
    Span span = Span.of(open, e);
    SourceMention m = new SourceMention(name, Span.of(open + 1, at - 1), media.get().source(), media.get().match());
    return List.of(Recognized.of(AttributionForm.LABEL, "label-trailing", span, List.of(m), Reach.SENTENCE));
  }
}
