package io.github.ascribe.citations.form;

import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.ProseRelation;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a {@link FormRecognizer} found: an attribution's form, rule, span and sources, how far it
 * reaches, and the span it takes out of the claim text. Spans are UTF-16 indexes into the whole
 * article ({@link FormInput#text()}).
 *
 * <pre>{@code
 * Recognized.of(AttributionForm.LABEL, "label-trailing", Span.of(30, 35), List.of(dpa), Reach.SENTENCE)
 *     .removing(Span.of(29, 36));
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param form the attribution form
 * @param rule the rule that matched ({@code chip-trailing}); provenance for the reader of a report
 * @param span the attribution's text
 * @param mentions the sources it names, in text order
 * @param unnamed how many unnamed sources it counts ({@code +2})
 * @param total the total it declares ({@code =5}), if any
 * @param reach which claims it covers
 * @param removed the span cut out of the claim (or paragraph) text; it contains {@code span} or
 *     equals it, plus blanks around it
 * @param diagnostics notes about it, reported with the article
 * @param antecedent whether its resolved media mentions can be what a later {@code the newspaper}
 *     refers to: true for names written out, false for numbers and bare addresses
 * @param prose the source, cue and content of a prose attribution, if its structure was read
 */
public record Recognized(AttributionForm form, String rule, Span span, List<SourceMention> mentions, int unnamed,
    OptionalInt total, Reach reach, Span removed, List<Diagnostic> diagnostics, boolean antecedent,
    Optional<ProseRelation> prose) {

  /**
   * A result without a prose relation, as before the relation was added.
   *
   * @param form the attribution form
   * @param rule the rule that matched
   * @param span the attribution's text
   * @param mentions the sources it names, in text order
   * @param unnamed how many unnamed sources it counts
   * @param total the total it declares, if any
   * @param reach which claims it covers
   * @param removed the span cut out of the claim text
   * @param diagnostics notes about it
   * @param antecedent whether its media mentions can be what a later {@code the newspaper} refers to
   */
  public Recognized(AttributionForm form, String rule, Span span, List<SourceMention> mentions, int unnamed,
      OptionalInt total, Reach reach, Span removed, List<Diagnostic> diagnostics, boolean antecedent) {
    this(form, rule, span, mentions, unnamed, total, reach, removed, diagnostics, antecedent, Optional.empty());
  }

  /** Checks the values and copies the lists. */
  public Recognized {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(span, "span");
    mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
    if (unnamed < 0) {
      throw new IllegalArgumentException("unnamed must be >= 0: " + unnamed);
    }
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(reach, "reach");
    Objects.requireNonNull(removed, "removed");
    diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
    Objects.requireNonNull(prose, "prose");
  }

  /**
   * An attribution that removes exactly its span, counts no unnamed sources and has no notes.
   *
   * @param form the form
   * @param rule the rule
   * @param span where it is
   * @param mentions its sources
   * @param reach what it covers
   * @return the result
   */
  public static Recognized of(AttributionForm form, String rule, Span span, List<SourceMention> mentions,
      Reach reach) {
    return new Recognized(form, rule, span, mentions, 0, OptionalInt.empty(), reach, span, List.of(), true);
  }

  /**
   * This result with counts.
   *
   * @param unnamed unnamed sources counted
   * @param total the declared total, if any
   * @return a new result
   */
  public Recognized withCounts(int unnamed, OptionalInt total) {
    return new Recognized(form, rule, span, mentions, unnamed, total, reach, removed, diagnostics, antecedent, prose);
  }

  /**
   * This result removing another span from the claim text.
   *
   * @param removed the span to remove
   * @return a new result
   */
  public Recognized removing(Span removed) {
    return new Recognized(form, rule, span, mentions, unnamed, total, reach, removed, diagnostics, antecedent, prose);
  }

  /**
   * This result with notes.
   *
   * @param diagnostics the notes
   * @return a new result
   */
  public Recognized withDiagnostics(List<Diagnostic> diagnostics) {
    return new Recognized(form, rule, span, mentions, unnamed, total, reach, removed, diagnostics, antecedent, prose);
  }

  /**
   * This result with mentions that no later {@code the newspaper} refers to.
   *
   * @return a new result
   */
  public Recognized notAntecedent() {
    return new Recognized(form, rule, span, mentions, unnamed, total, reach, removed, diagnostics, false, prose);
  }

  /**
   * This result with the structure of a prose attribution.
   *
   * @param relation its source, cue and content
   * @return a new result
   */
  public Recognized withProse(ProseRelation relation) {
    return new Recognized(form, rule, span, mentions, unnamed, total, reach, removed, diagnostics, antecedent,
        Optional.of(relation));
  }
}
