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
 * Gemini's {@code [cite_start]} opening a sentence: cut from the claim. It names nothing (the {@code
 * [cite: n]} that closes the sentence does, see {@link LeakedCodes.Kind#GEMINI_CITE}), so it is no
 * attribution and gives no diagnostic.
 *
 * <pre>{@code
 * [cite_start]The audit found 38% need repairs[cite: 4].   // claim "The audit found 38% need repairs"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GeminiCiteStartForm implements FormRecognizer {

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
    return Set.of(LexKind.OPEN);
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    int a = in.range().start();
    int end = LeakedCodes.endAt(LeakedCodes.Kind.GEMINI_CITE_START, in.text(), a, in.range().end());
    if (end < 0) {
      return List.of();
    }
    return List.of(Recognized.of(AttributionForm.MARKER, "code-gemini-cite-start", Span.of(a, end), List.of(),
        Reach.NONE));
  }
}
