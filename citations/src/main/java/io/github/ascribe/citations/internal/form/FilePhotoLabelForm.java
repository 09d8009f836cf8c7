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
 * The label that opens a wire photo caption, {@code FILE PHOTO:} or {@code PHOTO:}: cut off the
 * caption's claim, with a {@code skipped-text} note; it names no source. Immutable and thread-safe.
 */
public final class FilePhotoLabelForm implements FormRecognizer {

  private static final List<String> LABELS = List.of("FILE PHOTO:", "PHOTO:", "FILE PICTURE:");

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
    return Set.of(LexKind.WORD);
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    String s = in.text();
    int from = in.range().start();
    int end = in.range().end();
    for (String label : LABELS) {
      if (s.startsWith(label, from)) {
        Span span = Span.of(from, from + label.length());
        int k = WireText.skipBlanks(s, span.end(), end);
        if (k >= end) {
          return List.of(); // spec: a label alone is no caption
        }
        return List.of(Recognized.of(AttributionForm.LABEL, "photo-label", span, List.of(), Reach.NONE)
            .removing(Span.of(from, k)).withDiagnostics(List.of(WireText.skipped(s, span, "a photo label"))));
      }
    }
    return List.of();
  }
}
