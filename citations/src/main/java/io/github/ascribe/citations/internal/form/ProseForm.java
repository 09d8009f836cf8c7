package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.citations.internal.source.SourceFinders;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.MatchKind;
import io.github.ascribe.core.Severity;
import io.github.ascribe.core.SourceMention;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Prose attributions in a claim: cue phrases ({@code according to X}, {@code citing X}, {@code told
 * X}) and reporting verbs with their subject ({@code X said}, {@code said X}); a reporting verb also
 * covers a quotation right next to it. A name that only looks like a registry name is kept as an
 * unknown source, with a warning. Immutable and thread-safe.
 */
public final class ProseForm implements FormRecognizer {

  private final SourceFinders finders;

  /**
   * The form.
   *
   * @param finders the prose finder
   */
  public ProseForm(SourceFinders finders) {
    this.finders = Objects.requireNonNull(finders, "finders");
  }

  @Override
  public AttributionForm form() {
    return AttributionForm.PROSE;
  }

  @Override
  public Anchor anchor() {
    return Anchor.INLINE;
  }

  @Override
  public Set<LexKind> triggers() {
    return Set.of(LexKind.WORD);
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    List<SourceFinders.ProseHit> hits = finders.prose(in.state(SourceFinders.Phrases.class, SourceFinders.Phrases::new), in.text(),
        in.paragraph().start(), in.range().start(), in.range().end(), in.lastMedia().orElse(null));
    List<Recognized> out = new ArrayList<>(hits.size());
    for (SourceFinders.ProseHit h : hits) {
      SourceMention m = h.mention();
      List<Diagnostic> notes = new ArrayList<>(1);
      if (m.match().kind() == MatchKind.CONFUSABLE) {
        in.registry().confusable(m.text()).ifPresent(c -> notes.add(new Diagnostic(Severity.WARNING,
            "confusable-name", "'" + m.source().name() + "' looks like " + c.lookalike().name()
                + " but is not the same text (" + c.reason() + "); kept as an unknown source", m.span())));
      }
      Reach reach = h.rule().startsWith("prose-verb") ? Reach.SENTENCE_AND_QUOTE : Reach.SENTENCE;
      out.add(Recognized.of(AttributionForm.PROSE, h.rule(), h.span(), List.of(m), reach).withDiagnostics(notes)
          .withProse(h.relation()));
    }
    return out;
  }
}
