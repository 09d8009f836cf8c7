package io.github.ascribe.citations.internal.source;

import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.core.Severity;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds corroboration statements: a list of outlets, then a quantifier or an anaphor around a
 * reporting verb, saying the outlets back what came before ({@code To date Reuters, The Times, and
 * WSJ all report this news item as accurate.}, {@code AP and AFP both reported the same.}). Such a
 * sentence is attribution, not a claim. Immutable; thread-safe.
 */
public final class Corroborations {

  /** The outlet list of a corroboration statement, parsed as notation, and where it starts. */
  public record Hit(NotationResult subject, int subjectStart) {}

  private static final Set<String> VERBS = Set.of("report", "reports", "reported", "reporting", "confirm", "confirms",
      "confirmed", "corroborate", "corroborates", "corroborated", "verify", "verifies", "verified", "carry",
      "carries", "carried", "cover", "covers", "covered", "publish", "publishes", "published", "back", "backs",
      "backed", "cite", "cites", "cited", "run", "ran", "say", "said", "agree", "agreed");
  private static final Set<String> QUANTIFIERS = Set.of("all", "both", "each", "also", "independently", "too",
      "likewise", "similarly");
  private static final Set<String> ANAPHORS = Set.of("this", "these", "it", "same");
  private static final Set<String> AUXILIARIES = Set.of("have", "has", "had", "did", "do", "does", "now", "since");
  /** Verbs further into a sentence than this many tokens are not looked at. */
  private static final int LIMIT = 40;

  /** Reads an outlet list as notation (the notation reader, which this package does not import). */
  private final Function<String, NotationResult> notation;
  private final SourcePhrases phrases;

  /**
   * A finder reading outlet lists with a notation reader.
   *
   * @param notation reads the outlet list
   * @param phrases finds where the list starts
   */
  public Corroborations(Function<String, NotationResult> notation, SourcePhrases phrases) {
    this.notation = notation;
    this.phrases = phrases;
  }

  /**
   * The corroboration statement a sentence is, if it is one.
   *
   * @param w the tokens of the sentence, as {@link SourcePhrases.Context#words} gives them
   * @return the statement's outlet list, or null
   */
  public Hit find(WordTokens w) {
    String s = w.text();
    for (int p = 1; p < w.size() && p < LIMIT; p++) {
      if (!VERBS.contains(w.key(p))) {
        continue;
      }
      int q = p;
      while (q > 0 && AUXILIARIES.contains(w.key(q - 1))) {
        q--;
      }
      boolean quantified = q > 0 && QUANTIFIERS.contains(w.key(q - 1));
      if (quantified) {
        q--;
      }
      boolean anaphor = false;
      for (int k = p + 1; k < w.size() && k <= p + 3; k++) {
        if (ANAPHORS.contains(w.key(k))) {
          anaphor = true;
        }
      }
      if (!quantified && !anaphor) {
        continue;
      }
      int first = phrases.firstRegistryWord(w, 0, q);
      if (first < 0) {
        return null;
      }
      int start = w.start(first);
      NotationResult r = notation.apply(s.substring(start, w.end(q - 1)));
      boolean allKnown = !r.mentions().isEmpty()
          && r.mentions().stream().allMatch(m -> m.match().isResolved() && m.source().isMedia());
      boolean onlyNotes = r.diagnostics().stream().allMatch(d -> d.severity() == Severity.INFO);
      if (allKnown && onlyNotes) { // with a mention, quantified or not
        return new Hit(r, start);
      }
      return null;
    }
    return null;
  }
}
