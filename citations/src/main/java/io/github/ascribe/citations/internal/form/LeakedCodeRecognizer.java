package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import java.util.List;
import java.util.Set;

/**
 * A citation code an answer engine leaves in copied text, closing a sentence before or after its
 * stop ({@link LeakedCodes#trailing}): the code is cut from the claim under its rule, with the
 * sources it names if any, else an {@code unresolved-citation-code} diagnostic ({@link
 * LeakedCodes#hit}). A form class gives its kind, rule and name, and reads what the code names
 * when it names anything. Immutable and thread-safe.
 *
 * <pre>{@code
 * public final class LenticularCodeForm extends LeakedCodeRecognizer {
 *   public LenticularCodeForm() {
 *     super(AttributionForm.MARKER, Set.of(LexKind.OTHER), LeakedCodes.Kind.LENTICULAR, "code-lenticular",
 *         "a lenticular citation code");
 *   }
 * }
 * }</pre>
 */
abstract class LeakedCodeRecognizer extends ShapeRecognizer {

  private final LeakedCodes.Kind kind;
  private final String rule;
  private final String what;

  LeakedCodeRecognizer(AttributionForm form, Set<LexKind> triggers, LeakedCodes.Kind kind, String rule, String what) {
    super(form, Anchor.SENTENCE_END, triggers);
    this.kind = kind;
    this.rule = rule;
    this.what = what;
  }

  @Override
  final List<Recognized> read(FormInput in, String s, int from, int end) {
    int[] at = LeakedCodes.trailing(kind, in);
    if (at == null) {
      return List.of();
    }
    return List.of(code(in, Span.of(at[0], at[2]), Span.of(at[0], at[1])));
  }

  /**
   * The hit of the code at {@code code}, cut with {@code span} (the code and the stop after it, if
   * any); by default the code names no source.
   */
  Recognized code(FormInput in, Span span, Span code) {
    return hit(span, code, List.of());
  }

  /** The hit of this form's rule for a code naming these sources, maybe none. */
  final Recognized hit(Span span, Span code, List<SourceMention> mentions) {
    return LeakedCodes.hit(form(), rule, span, code, mentions, what);
  }
}
