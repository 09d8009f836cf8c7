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
 * An outlet's name in brackets opening a paragraph ({@code [Kyiv Post] Officials said ...}): a label
 * of the paragraph's claims. Immutable and thread-safe.
 */
public final class LeadingLabelForm implements FormRecognizer {

  @Override
  public AttributionForm form() {
    return AttributionForm.LABEL;
  }

  @Override
  public Anchor anchor() {
    return Anchor.PARAGRAPH_START;
  }

  @Override
  public Set<LexKind> triggers() {
    return Set.of(LexKind.OPEN, LexKind.MARKER);
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    String s = in.text();
    int from = in.range().start();
    int end = in.range().end();
    if (from >= end || s.charAt(from) != '[') {
      return List.of();
    }
    // spec: "[" media name "]" within 60 characters, not followed by "(" (that is a link)
    int close = TextScan.indexOf(s, ']', from, Math.min(end, from + 61));
    if (close < 0 || (close + 1 < end && s.charAt(close + 1) == '(')) {
      return List.of();
    }
    String name = s.substring(from + 1, close);
    Optional<Resolution> r = in.registry().resolveExact(name);
    if (r.isEmpty() || !r.get().source().isMedia()) {
      return List.of();
    }
    SourceMention m = new SourceMention(name, Span.of(from + 1, close), r.get().source(), r.get().match());
    int k = close + 1;
    while (k < end && TextScan.isBlank(s.charAt(k))) {
      k++;
    }
    return List.of(Recognized.of(AttributionForm.LABEL, "label-leading", Span.of(from, close + 1), List.of(m),
        Reach.PARAGRAPH).removing(Span.of(from, k)));
  }
}
