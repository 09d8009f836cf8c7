package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.core.AttributionForm;
import java.util.List;
import java.util.Set;

/**
 * A built-in form that looks for one shape of text where it is anchored: its form, anchor and
 * triggers are fixed values, and it reads the range it is given, so that a form class holds only its
 * own reading of the range. Immutable and thread-safe, as its subclasses must be.
 *
 * <pre>{@code
 * public final class ViaWireForm extends ShapeRecognizer {
 *   public ViaWireForm() {
 *     super(AttributionForm.DATELINE, Anchor.PARAGRAPH, Set.of(LexKind.WORD));
 *   }
 *   List<Recognized> read(FormInput in, String s, int from, int end) { ... } // "Via AP news wire"
 * }
 * }</pre>
 */
abstract class ShapeRecognizer implements FormRecognizer {

  private final AttributionForm form;
  private final Anchor anchor;
  private final Set<LexKind> triggers;

  ShapeRecognizer(AttributionForm form, Anchor anchor, Set<LexKind> triggers) {
    this.form = form;
    this.anchor = anchor;
    this.triggers = Set.copyOf(triggers);
  }

  @Override
  public final AttributionForm form() {
    return form;
  }

  @Override
  public final Anchor anchor() {
    return anchor;
  }

  @Override
  public final Set<LexKind> triggers() {
    return triggers;
  }

  @Override
  public final List<Recognized> recognize(FormInput in) {
    return read(in, in.text(), in.range().start(), in.range().end());
  }

  /**
   * What the range {@code [from, end)} of the text {@code s} holds of this form's shape; none
   * when it holds nothing.
   */
  abstract List<Recognized> read(FormInput in, String s, int from, int end);
}
