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
    int at = TextScan.endsWithStop(s, from, e) ? e - 1 : e;
    // spec: "(" name ")" of at most 60 characters before the stop, exactly a media name
    if (s.charAt(at - 1) != ')') {
      return List.of();
    }
    int open = TextScan.lastIndexOf(s, '(', at - 1, Math.max(from, at - 60));
    if (open < from) {
      return List.of();
    }
    Optional<Resolution> media = in.registry().resolveExact(s.substring(open + 1, at - 1));
    if (media.isEmpty() || !media.get().source().isMedia()) {
      return List.of();
    }
    // the name is the span less its first and last character, as the span is taken with its stop
    Span span = Span.of(open, e);
    String name = s.substring(open + 1, e - 1);
    Optional<Resolution> r = in.registry().resolveExact(name);
    if (r.isEmpty()) {
      return List.of(Recognized.of(AttributionForm.LABEL, "label-trailing", span, List.of(), Reach.NONE));
    }
    SourceMention m = new SourceMention(name, Span.of(open + 1, e - 1), r.get().source(), r.get().match());
    return List.of(Recognized.of(AttributionForm.LABEL, "label-trailing", span, List.of(m), Reach.SENTENCE));
  }
}
