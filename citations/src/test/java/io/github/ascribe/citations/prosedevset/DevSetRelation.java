package io.github.ascribe.citations.prosedevset;

import io.github.ascribe.core.Span;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One hand-annotated attribution relation of the prose development set: where its source, cue and
 * content are written (each possibly in several pieces), what kind it is, what type of source it has
 * and which constructions of the issue it exercises. See {@code docs/prose-annotation.md}.
 *
 * <pre>{@code
 * // {S1 The minister} {C1 said} {Q1 the talks would resume}.
 * // @1 kind=indirect type=person cons=x-said
 * relation.cue();           // [[13, 17)]
 * relation.constructions();  // [x-said]
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the number written in the markup ({@code 1} for {@code {S1 ...}})
 * @param kind one of {@link #KINDS}
 * @param type one of {@link #TYPES}
 * @param constructions the constructions it exercises, each one of {@link #CONSTRUCTIONS}
 * @param antecedent for a pronoun source, the label of the named mention it refers to ({@code S2},
 *     {@code M1}); empty otherwise
 * @param source the source pieces, in text order (empty for an agentless passive)
 * @param cue the cue pieces, in text order, at least one
 * @param content the content pieces, in text order, at least one
 */
record DevSetRelation(int id, String kind, String type, List<String> constructions, String antecedent,
    List<Span> source, List<Span> cue, List<Span> content) {

  /** Kinds of relation (PARC's direct, indirect and mixed, plus {@code according to}-style adjuncts). */
  static final Set<String> KINDS = Set.of("direct", "indirect", "mixed", "adjunct");

  /** Types of source. */
  static final Set<String> TYPES = Set.of("person", "organisation", "government", "outlet", "anonymous", "document");

  /** The constructions of the issue that relations are tagged with. */
  static final List<String> CONSTRUCTIONS = List.of(
      "x-said", "said-x", "x-who-said", "x-told-y", "according-to", "initial-adjunct", "in-a-statement",
      "sources-say", "familiar-with", "quoted-as-saying", "is-said-to", "pronoun", "multi-sentence",
      "attitude", "noun-cue", "content-first");

  /** Checks the values; the parser reports bad values with a position before it gets here. */
  DevSetRelation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(antecedent, "antecedent");
    constructions = List.copyOf(constructions);
    source = List.copyOf(source);
    cue = List.copyOf(cue);
    content = List.copyOf(content);
    if (id < 1 || !KINDS.contains(kind) || !TYPES.contains(type) || cue.isEmpty() || content.isEmpty()
        || constructions.isEmpty() || !CONSTRUCTIONS.containsAll(constructions)) {
      throw new IllegalArgumentException("bad relation " + id + " " + kind + " " + type + " " + constructions);
    }
  }

  /**
   * The smallest span covering every piece of the relation.
   *
   * @return the hull of source, cue and content
   */
  Span hull() {
    Span h = cue.get(0);
    for (List<Span> l : List.of(source, cue, content)) {
      for (Span s : l) {
        h = h.union(s);
      }
    }
    return h;
  }
}
