package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.citations.internal.source.SourceFinders;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Span;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A sentence saying that outlets back what came before ({@code Reuters, The Times and WSJ all report
 * this.}): attribution, not a claim; it covers the claims of its paragraph before it, else those of
 * the paragraph above. Immutable and thread-safe.
 */
public final class CorroborationForm implements FormRecognizer {

  private final SourceFinders finders;

  /**
   * The form.
   *
   * @param finders the corroboration check
   */
  public CorroborationForm(SourceFinders finders) {
    this.finders = Objects.requireNonNull(finders, "finders");
  }

  @Override
  public AttributionForm form() {
    return AttributionForm.CORROBORATION;
  }

  @Override
  public Anchor anchor() {
    return Anchor.SENTENCE;
  }

  @Override
  public Set<LexKind> triggers() {
    return Set.of(LexKind.WORD);
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    int a = in.range().start();
    int b = in.range().end();
    SourceFinders.Corroboration c = finders.corroboration(in.state(SourceFinders.Phrases.class, SourceFinders.Phrases::new), in.text(),
        a, b);
    if (c == null) {
      return List.of();
    }
    return List.of(NotationHits.of(AttributionForm.CORROBORATION, "corroboration", c.subject(), c.subjectStart(),
        Span.of(a, b), Reach.PARAGRAPH_BEFORE));
  }
}
