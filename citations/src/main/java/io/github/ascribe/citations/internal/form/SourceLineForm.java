package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.internal.notation.Readings;
import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.citations.SourceLineScope;
import io.github.ascribe.citations.TokenKind;
import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.citations.internal.source.SourceFinders;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.MatchKind;
import io.github.ascribe.core.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A paragraph that is notation on its own ({@code WSJ, The Guardian, Yahoo}): a source line,
 * covering the paragraph above, or its section with {@link SourceLineScope#SECTION_ABOVE}. A line
 * that is a lead-in and one web address ({@code **Source:** https://apnews.com/...}) is a label of
 * the paragraph above. Immutable and thread-safe.
 */
public final class SourceLineForm implements FormRecognizer {

  @Override
  public AttributionForm form() {
    return AttributionForm.SOURCE_LINE;
  }

  @Override
  public Anchor anchor() {
    return Anchor.PARAGRAPH;
  }

  @Override
  public Set<LexKind> triggers() {
    return Set.of(); // any paragraph may be a list of names
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    int a = in.range().start();
    int b = in.range().end();
    Optional<NotationResult> read = in.notationUnlessProse(a, b);
    if (read.isEmpty() || !read.get().isNotation()) {
      return List.of();
    }
    NotationResult r = read.get();
    // spec: one web address after a lead-in is a label of the paragraph above
    boolean label = Readings.count(r) == 1 && Readings.first(r).match().kind() == MatchKind.DOMAIN
        && Readings.hasToken(r, TokenKind.LEAD_IN);
    Reach reach = !label && in.sourceLineScope() == SourceLineScope.SECTION_ABOVE ? Reach.SECTION_ABOVE
        : Reach.PARAGRAPH_ABOVE;
    return List.of(NotationHits.of(label ? AttributionForm.LABEL : AttributionForm.SOURCE_LINE,
        label ? "label-source-url" : "source-line", r, a, Span.of(a, b), reach));
  }
}
