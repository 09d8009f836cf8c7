package io.github.ascribe.citations.internal.source;

import java.util.Set;

/**
 * Where the phrase next to a cue or a verb ends: reading backwards from a verb to its subject, or
 * forwards from a cue to its source, a phrase runs at most ten tokens and stops at a stop word or a
 * punctuation mark (an apostrophe is read through: {@code Ukraine’s}). Stateless.
 */
final class PhraseBounds {

  private static final int MOST_WORDS = 10;
  private static final Set<String> STOP_WORDS = Set.of("that", "which", "who", "whom", "whose", "while", "when",
      "where", "because", "but", "although", "though", "if", "after", "before", "since", "despite", "as", "than",
      "with", "without", "whether", "to", "for", "on", "in", "at", "from", "into", "about", "over", "under", "by",
      "including", "and", "or", "nor", "so", "yet", "until", "once", "unless", "however", "not");
  private static final Set<String> FORWARD_STOP = Set.of("that", "which", "who", "on", "in", "at", "after", "before",
      "because", "while", "when", "and", "but", "during", "last", "this", "late", "early", "earlier", "later",
      "yesterday", "today", "as", "to", "adding", "saying", "noting", "citing", "in a", "for", "with");

  private PhraseBounds() {}

  /** Index of the first word of the phrase ending before {@code end}, reading backwards to a stop. */
  static int backwardStart(WordTokens w, int end) {
    int k = end;
    while (k > 0 && end - k < MOST_WORDS) {
      if (!w.word(k - 1)) {
        if (!w.isApostrophe(k - 1)) {
          break;
        }
      } else if (STOP_WORDS.contains(w.key(k - 1))) {
        break;
      }
      k--;
    }
    return k;
  }

  /** Index past the last word of the phrase starting at {@code start}, reading forwards to a stop. */
  static int forwardEnd(WordTokens w, int start) {
    int k = start;
    while (k < w.size() && k - start < MOST_WORDS) {
      if (!w.word(k)) {
        if (!w.isApostrophe(k)) {
          break;
        }
      } else if (k > start && FORWARD_STOP.contains(w.key(k))) {
        break;
      }
      k++;
    }
    return k;
  }
}
