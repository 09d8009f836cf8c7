package io.github.ascribe.citations.internal.source;

import java.util.Set;

/**
 * The English verb group of a cue, as the annotation guide's cue span covers it: the verb with its
 * auxiliaries, modals and negation ({@code has promised}, {@code did not say}, {@code would only
 * say}; an adverb between them stays inside, so the span is the hull of the guide's pieces), the
 * passive {@code was quoted as saying}, and the hearsay passives {@code is said to}, {@code are
 * believed to}, whose subject is the content's first words, not a source. An adverb before the
 * first auxiliary or before a bare verb is not part of it ({@code also announced}: {@code announced}).
 * Stateless.
 *
 * <pre>{@code
 * VerbGroup.Group g = VerbGroup.of(w, auxStart, verb, verbEnd); // tokens [g.start(), g.end())
 * }</pre>
 */
final class VerbGroup {

  /** Auxiliaries and modals that open a verb group. */
  private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "be",
      "been", "am", "will", "would", "could", "can", "may", "might", "must", "should", "shall", "did", "does", "do",
      "didn't", "doesn't", "don't", "won't", "wouldn't", "hasn't", "haven't", "isn't", "wasn't", "aren't");
  private static final Set<String> BE = Set.of("is", "are", "was", "were", "be", "been", "am");
  /** Participles of the hearsay passive: "is said to", "are believed to". */
  private static final Set<String> HEARSAY = Set.of("said", "believed", "reported", "understood", "alleged",
      "thought", "rumoured", "rumored");

  /**
   * A verb group.
   *
   * @param start its first token
   * @param end the token after it
   * @param hearsay whether it is a hearsay passive ({@code is said to}) with no source
   * @param passive whether it is another passive ({@code were told}, {@code was chosen}): its subject
   *     is no source
   */
  record Group(int start, int end, boolean hearsay, boolean passive) {

    /** An active verb group. */
    Group(int start, int end) {
      this(start, end, false, false);
    }
  }

  /**
   * Base forms of cues that are nouns as often as verbs: after "the rescue" they end a noun phrase
   * (a singular subject would take "plans", "notes").
   */
  private static final Set<String> NOUN_LIKE = Set.of("plan", "claim", "hope", "fear", "report", "promise", "doubt",
      "estimate", "charge", "call", "comment", "answer", "question", "order", "demand", "request", "forecast",
      "project", "rule", "signal", "review", "measure", "document", "text", "post", "record", "warning", "note",
      "want", "aim", "concern", "study", "survey");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "this", "that", "these", "those", "its",
      "his", "her", "their", "our", "my", "your");

  private VerbGroup() {}

  /**
   * Whether the cue form at token {@code i} ends a noun phrase instead: a form that is as often a
   * noun, after a determiner and a lower-case word ({@code the rescue plan}, {@code the draft text}).
   *
   * @param w the sentence's tokens
   * @param i the form's token
   * @return whether it is a noun here
   */
  static boolean nounCompound(WordTokens w, int i) {
    return i >= 2 && NOUN_LIKE.contains(w.key(i)) && w.word(i - 1) && w.word(i - 2) && DETERMINERS.contains(w.key(i - 2))
        && !w.startsUpper(i - 1) && !w.endsWith(i - 1, "ly") && !w.endsWith(i - 1, "s");
  }

  /**
   * The group of the verb at tokens {@code [verb, verbEnd)}, with the auxiliaries and adverbs read
   * before it from token {@code from}.
   *
   * @param w the sentence's tokens
   * @param from the first of the auxiliaries and adverbs before the verb ({@code verb} if none)
   * @param verb the verb's first token
   * @param verbEnd the token after the verb
   * @return the group
   */
  static Group of(WordTokens w, int from, int verb, int verbEnd) {
    int start = verb;
    int lastAux = -1;
    for (int k = from; k < verb; k++) {
      if (w.word(k) && AUXILIARIES.contains(w.key(k))) {
        start = Math.min(start, k);
        lastAux = k;
      }
    }
    int last = verbEnd - 1;
    // spec: "was quoted as saying" is one cue
    if (w.keyIs(last, "quoted") && verbEnd + 1 < w.size() && w.keyIs(verbEnd, "as") && w.keyIs(verbEnd + 1, "saying")) {
      return new Group(start, verbEnd + 2);
    }
    boolean be = lastAux >= 0 && BE.contains(w.key(lastAux));
    // spec: "is said to", "are believed to": a hearsay passive
    boolean hearsay = be && HEARSAY.contains(w.key(last)) && verbEnd < w.size() && w.keyIs(verbEnd, "to");
    if (hearsay) {
      return new Group(start, verbEnd + 1, true, false);
    }
    // spec: "Parents were told ...", "the target was chosen": the subject is who heard, not who said
    boolean passive = be && !w.endsWith(last, "ing") && !w.keyIs(lastAux, "being");
    return new Group(start, verbEnd, false, passive);
  }
}
