package io.github.ascribe.nlp.internal;

import io.github.ascribe.core.ProseRelation.SourceType;
import io.github.ascribe.core.Span;
import java.util.Optional;
import java.util.Set;

/**
 * The sources named so far in one analysis, for the pronoun sources that follow: {@code he}, {@code
 * she} (and {@code er}, {@code sie}, {@code il}, {@code elle}) stand for the last person named as a
 * source; {@code it}, {@code they} for the last organisation or government body. Kept in the
 * analysis's per-call state ({@code FormInput.state}), fed in text order as the claims are read. Not
 * thread-safe: it belongs to one analysis.
 *
 * <pre>{@code
 * Antecedents a = in.state(Antecedents.class, Antecedents::new);
 * Optional<Span> ante = a.of("she", SourceType.PERSON, sourceSpan);
 * a.named(sourceSpan, SourceType.PERSON);
 * }</pre>
 */
public final class Antecedents {

  private static final Set<String> PERSONAL = Set.of("he", "she", "er", "sie", "il", "elle");
  private static final Set<String> COLLECTIVE = Set.of("it", "they", "es", "ils", "elles");
  private static final Set<String> ALL = Set.of("he", "she", "er", "sie", "il", "elle", "it", "they", "es", "ils",
      "elles", "we", "wir", "nous", "i", "ich", "je");

  private Span person;
  private Span body;

  /** No source named yet. */
  public Antecedents() {}

  /**
   * Whether a source phrase is a pronoun.
   *
   * @param lower the phrase in lower case
   * @return true for a personal pronoun
   */
  public static boolean pronoun(String lower) {
    return ALL.contains(lower);
  }

  /**
   * The earlier name a pronoun source stands for.
   *
   * @param lower the pronoun in lower case
   * @param source its span
   * @return the span of the name, ending before the pronoun; empty if none is known
   */
  public Optional<Span> of(String lower, Span source) {
    Span s = PERSONAL.contains(lower) ? person : COLLECTIVE.contains(lower) ? body : null;
    return s != null && s.end() <= source.start() ? Optional.of(s) : Optional.empty();
  }

  /**
   * Records a source named by a phrase that is no pronoun.
   *
   * @param source its span
   * @param type its type
   */
  public void named(Span source, SourceType type) {
    if (type == SourceType.PERSON) {
      person = source;
    } else if (type == SourceType.ORGANISATION || type == SourceType.GOVERNMENT || type == SourceType.OUTLET) {
      body = source;
    }
  }
}
