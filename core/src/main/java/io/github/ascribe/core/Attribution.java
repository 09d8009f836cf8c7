package io.github.ascribe.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * One attribution found in an article: a piece of text that names sources for some claims.
 *
 * <pre>{@code
 * Article a = Ascribe.analyze(text);
 * for (Attribution at : a.attributions()) {
 *   System.out.println(at.form() + " " + at.sources() + " +" + at.unnamedSources() + " -> claims " + at.claims());
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param index position in {@link Article#attributions()}
 * @param form which form it takes
 * @param rule the name of the rule that produced it, so users can see why (see {@code docs/analysis.md})
 * @param span the text of the attribution (the whole notation line, the prose phrase, ...)
 * @param mentions the sources it names, in text order
 * @param unnamedSources how many more sources it says exist without naming them ({@code +2})
 * @param declaredTotal the total of distinct named sources it declares ({@code =4}), if any
 * @param claims indexes of the claims it covers, ascending and distinct
 * @param prose for a prose attribution whose structure was read, its source, cue and content
 *     ({@link ProseRelation}); empty for the other forms
 */
public record Attribution(
    int index,
    AttributionForm form,
    String rule,
    Span span,
    List<SourceMention> mentions,
    int unnamedSources,
    OptionalInt declaredTotal,
    List<Integer> claims,
    Optional<ProseRelation> prose) {

  /**
   * An attribution without a prose relation, as before the relation was added.
   *
   * @param index position in {@link Article#attributions()}
   * @param form which form it takes
   * @param rule the name of the rule that produced it
   * @param span the text of the attribution
   * @param mentions the sources it names, in text order
   * @param unnamedSources how many more sources it says exist without naming them
   * @param declaredTotal the total of distinct named sources it declares, if any
   * @param claims indexes of the claims it covers, ascending and distinct
   */
  public Attribution(int index, AttributionForm form, String rule, Span span, List<SourceMention> mentions,
      int unnamedSources, OptionalInt declaredTotal, List<Integer> claims) {
    this(index, form, rule, span, mentions, unnamedSources, declaredTotal, claims, Optional.empty());
  }

  /** Validates the fields and copies the lists. */
  public Attribution {
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(span, "span");
    mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
    Objects.requireNonNull(declaredTotal, "declaredTotal");
    claims = List.copyOf(Objects.requireNonNull(claims, "claims"));
    Objects.requireNonNull(prose, "prose");
    if (index < 0) {
      throw new IllegalArgumentException("index must be >= 0: " + index);
    }
    if (unnamedSources < 0) {
      throw new IllegalArgumentException("unnamedSources must be >= 0: " + unnamedSources);
    }
    if (declaredTotal.isPresent() && declaredTotal.getAsInt() < 0) {
      throw new IllegalArgumentException("declaredTotal must be >= 0: " + declaredTotal);
    }
    for (int i = 0; i < claims.size(); i++) {
      if (claims.get(i) < 0 || (i > 0 && claims.get(i) <= claims.get(i - 1))) {
        throw new IllegalArgumentException("claims must be ascending, distinct and >= 0: " + claims);
      }
    }
  }

  /**
   * The distinct sources named, in order of first mention. A look-alike of a registry name ({@link
   * MatchKind#CONFUSABLE}: {@code Guardіan} with a Cyrillic {@code і}) stays in {@link #mentions()}
   * but is no source: it does not make a claim attributed, nor count as an independent source.
   *
   * @return the sources
   */
  public List<Source> sources() {
    Set<Source> seen = new LinkedHashSet<>();
    for (SourceMention m : mentions) {
      if (m.match().kind() != MatchKind.CONFUSABLE) {
        seen.add(m.source());
      }
    }
    return List.copyOf(new ArrayList<>(seen));
  }

  /**
   * The same attribution covering other claims (used while building an article).
   *
   * @param newClaims claim indexes, ascending and distinct
   * @return a copy with {@code claims} replaced
   */
  public Attribution withClaims(List<Integer> newClaims) {
    return new Attribution(index, form, rule, span, mentions, unnamedSources, declaredTotal, newClaims, prose);
  }

  /**
   * The same attribution at another index (used while building an article).
   *
   * @param newIndex position in the article's list
   * @return a copy with {@code index} replaced
   */
  public Attribution withIndex(int newIndex) {
    return new Attribution(newIndex, form, rule, span, mentions, unnamedSources, declaredTotal, claims, prose);
  }

  /**
   * The same attribution with a prose relation (used while building an article).
   *
   * @param relation the relation
   * @return a copy with {@code prose} set
   */
  public Attribution withProse(ProseRelation relation) {
    return new Attribution(index, form, rule, span, mentions, unnamedSources, declaredTotal, claims,
        Optional.of(relation));
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append('#').append(index).append(' ').append(form).append(' ').append(span).append(' ');
    List<String> names = new ArrayList<>();
    for (Source s : sources()) {
      names.add(s.name());
    }
    sb.append(names);
    if (unnamedSources > 0) {
      sb.append(" +").append(unnamedSources);
    }
    declaredTotal.ifPresent(t -> sb.append(" =").append(t));
    sb.append(" -> claims ").append(claims).append(" (").append(rule).append(')');
    prose.ifPresent(p -> sb.append(' ').append(p.kind()).append('/').append(p.sourceType()).append('/')
        .append(p.cueGroup()).append(':').append(p.cueLemma()));
    return sb.toString();
  }
}
