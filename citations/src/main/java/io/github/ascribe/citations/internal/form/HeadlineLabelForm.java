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
 * A paragraph ending in a dash and an outlet's name ({@code Markets slide as rates rise — Financial
 * Times}): a label of the paragraph's claims. Immutable and thread-safe.
 */
public final class HeadlineLabelForm implements FormRecognizer {

  @Override
  public AttributionForm form() {
    return AttributionForm.LABEL;
  }

  @Override
  public Anchor anchor() {
    return Anchor.PARAGRAPH_END;
  }

  @Override
  public Set<LexKind> triggers() {
    return Set.of(LexKind.DASH, LexKind.WORD); // a dash between two words is part of a WORD lexeme
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    String s = in.text();
    int from = in.range().start();
    int end = in.range().end();
    // spec: the last dash within 60 characters of the end; what follows it is exactly a media name
    for (int i = end - 1; i > from && end - i < 60; i--) {
      char c = s.charAt(i);
      if (c == '—' || c == '–' || (c == '-' && i > 0 && s.charAt(i - 1) == ' ')) {
        String name = s.substring(i + 1, end).strip();
        Optional<Resolution> r = in.registry().resolveExact(name);
        if (r.isEmpty() || !r.get().source().isMedia()) {
          return List.of();
        }
        int at = s.indexOf(name, i + 1);
        SourceMention m = new SourceMention(name, Span.of(at, at + name.length()), r.get().source(),
            r.get().match());
        int k = i;
        while (k > from && TextScan.isBlank(s.charAt(k - 1))) {
          k--;
        }
        return List.of(Recognized.of(AttributionForm.LABEL, "label-headline", Span.of(i, end), List.of(m),
            Reach.PARAGRAPH).removing(Span.of(k, end)));
      }
    }
    return List.of();
  }
}
