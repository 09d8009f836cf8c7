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
 * ChatGPT's {@code citeturn0news19} codes, a run of them ({@code citeturn0search2turn0news4}) as one, and
 * with the private-use characters around them as copied ({@code U+E200 cite U+E202 turn0news3 U+E201}): cut
 * from the claim with an {@code unresolved-citation-code} diagnostic (the turn numbers name no source).
 *
 * <pre>{@code
 * Inflation fell to 2.1%. citeturn0news19   // claim "Inflation fell to 2.1%."
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class CiteturnForm implements FormRecognizer {

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
    return Set.of(LexKind.WORD, LexKind.OTHER);
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    int[] at = LeakedCodes.trailing(LeakedCodes.Kind.CITETURN, in);
    if (at == null) {
      return List.of();
    }
    return List.of(LeakedCodes.hit(AttributionForm.MARKER, "code-citeturn", Span.of(at[0], at[2]), Span.of(at[0], at[1]),
        List.of(), "a ChatGPT citeturn code"));
  }
}
