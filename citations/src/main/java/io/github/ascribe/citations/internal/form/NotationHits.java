package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.internal.notation.Readings;
import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.citations.internal.source.SourceFinders;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Severity;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what notation reading or a reference list gave into a {@link Recognized}: shared by the
 * forms whose text is notation (source lines, tails, chips, links, corroborations) and by the two
 * marker forms. No form class. Stateless.
 */
public final class NotationHits {

  private NotationHits() {}

  /**
   * An attribution from notation read at {@code offset}: its mentions by span and its notes, moved
   * to the article's indexes, with its counts.
   *
   * @param form the form
   * @param rule the rule
   * @param r the notation read
   * @param offset where the notation's text starts in the article
   * @param span the attribution's span
   * @param reach what it covers
   * @return the result
   */
  public static Recognized of(AttributionForm form, String rule, NotationResult r, int offset, Span span,
      Reach reach) {
    SourceMention[] mentions = Readings.sorted(r);
    List<SourceMention> listed = new ArrayList<>(mentions.length);
    for (SourceMention m : mentions) {
      listed.add(m.shift(offset));
    }
    List<Diagnostic> notes = new ArrayList<>(r.diagnostics().size());
    for (Diagnostic d : r.diagnostics()) {
      notes.add(d.shift(offset));
    }
    return Recognized.of(form, rule, span, listed, reach).withCounts(r.unnamedSources(), r.declaredTotal())
        .withDiagnostics(notes);
  }

  /**
   * A chip trailer {@code span}: its text, or the text inside its brackets, read as notation.
   *
   * @param in the input
   * @param span the chip, with any full stop after it
   * @return the result
   */
  public static Recognized chip(FormInput in, Span span) {
    String s = in.text();
    boolean wrapped = s.charAt(span.start()) == '(' && s.charAt(span.end() - 1) == ')' && span.length() >= 2;
    int from = span.start() + (wrapped ? 1 : 0);
    int to = span.end() - (wrapped ? 1 : 0);
    return of(AttributionForm.CHIP, "chip-trailing", in.notation(from, to), from, span, Reach.SENTENCE);
  }

  /**
   * A marker {@code span}: the sources its numbers have in the reference lists, with a warning for
   * each number no list has.
   *
   * @param in the input
   * @param span the marker
   * @param reach what it covers
   * @return the result
   */
  public static Recognized marker(FormInput in, Span span, Reach reach) {
    List<SourceMention> mentions = new ArrayList<>();
    List<Diagnostic> notes = new ArrayList<>();
    for (int number : Markers.numbers(span.text(in.text()))) {
      List<SourceMention> ref = in.references().get(number);
      if (ref == null) {
        notes.add(new Diagnostic(Severity.WARNING, "unresolved-marker",
            "marker " + Markers.label(number) + " has no entry in a reference list", span));
      } else {
        mentions.addAll(ref);
      }
    }
    return Recognized.of(AttributionForm.MARKER, "marker", span, mentions, reach).withDiagnostics(notes)
        .notAntecedent();
  }
}
