package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.ProseRelation.CueGroup;
import java.util.EnumSet;
import java.util.Set;

/**
 * The reporting and attitude verbs of German, Spanish, French, Italian and Portuguese as the cue
 * lexicon lists them ({@link CueLexicon}, groups {@code SAYING}, {@code ARGUING}, {@code WARNING},
 * {@code THINKING}): the longest form starting at a word, and German separable verbs whose particle
 * ends the clause ({@code teilte … mit}). Immutable and thread-safe.
 *
 * <pre>{@code
 * IntlVerbs verbs = new IntlVerbs(CueLexicon.bundled());
 * verbs.entry("es", "afirmo");   // Entry[es, SAYING, afirmar]
 * }</pre>
 */
final class IntlVerbs {

  /** The groups of the cue lexicon read as verbs. */
  private static final Set<CueGroup> VERB_GROUPS = EnumSet.of(CueGroup.SAYING, CueGroup.ARGUING, CueGroup.WARNING,
      CueGroup.THINKING);
  /** German particles of separable verbs listed as "teilte mit". */
  static final Set<String> PARTICLES = Set.of("mit", "an", "ein", "hinzu", "vor", "zu", "klar", "fest");
  /** How many tokens a German verb's particle may follow it by. */
  static final int PARTICLE_REACH = 8;
  /** The most words a verb form of the cue lexicon has. */
  private static final int VERB_WORDS = 4;

  private final CueLexicon cues;

  IntlVerbs(CueLexicon cues) {
    this.cues = cues;
  }

  /**
   * The words of the verb form of {@code lang} starting at word {@code i}: the longest form the cue
   * lexicon lists for the language in a verb group; for a German separable verb listed as {@code
   * teilte mit}, 1 (the first word, the cue) when its particle ends the clause; else 0.
   */
  int length(String lang, WordTokens w, int i) {
    for (int n = Math.min(VERB_WORDS, w.size() - i); n >= 1; n--) {
      if (!w.word(i + n - 1)) {
        continue;
      }
      if (entry(lang, n == 1 ? w.key(i) : w.phraseKey(i, i + n)) != null) {
        return n;
      }
    }
    if (lang.equals("de")) {
      for (int k = i + 1; k < w.size() && k <= i + PARTICLE_REACH && w.word(k); k++) {
        if (PARTICLES.contains(w.key(k)) && (k + 1 >= w.size() || !w.word(k + 1))
            && entry(lang, w.key(i) + " " + w.key(k)) != null) {
          return 1; // "teilte am Abend mit,": the particle ends the clause
        }
      }
    }
    return 0;
  }

  /** The cue lexicon's verb entry of {@code lang} for a normalised form, or null. */
  CueLexicon.Entry entry(String lang, String form) {
    for (CueLexicon.Entry e : cues.entries(form)) {
      if (e.language().equals(lang) && VERB_GROUPS.contains(e.group())) {
        return e;
      }
    }
    return null;
  }
}
