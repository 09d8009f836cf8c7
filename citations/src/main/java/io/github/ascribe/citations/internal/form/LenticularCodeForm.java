package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Span;
import java.util.List;
import java.util.Set;

/**
 * Lenticular citation codes of assistants with file search ({@code 【24†source】}, {@code 【4:2†report.pdf】}),
 * before or after the stop: cut from the claim with an {@code unresolved-citation-code} diagnostic.
 *
 * <pre>{@code
 * The audit found 38% need repairs【24†source】.   // claim "The audit found 38% need repairs"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LenticularCodeForm implements FormRecognizer {

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
    return Set.of(LexKind.OTHER, LexKind.CLOSE, LexKind.QUOTE);
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    int[] at = LeakedCodes.trailing(LeakedCodes.Kind.LENTICULAR, in);
    if (at == null) {
      return List.of();
    }
    return List.of(LeakedCodes.hit(AttributionForm.MARKER, "code-lenticular", Span.of(at[0], at[2]), Span.of(at[0], at[1]),
        List.of(), "a lenticular citation code"));
  }
}
