package io.github.ascribe.citations.internal.source;

/**
 * The clause shapes around a cue in German, Spanish, French, Italian and Portuguese prose: where an
 * adjunct's source ends ({@code Según la última encuesta del instituto Demoscopia,}), a subject set
 * off from its verb by a relative clause or apposition ({@code La ministra, que …, dijo}), a name in
 * apposition after a title ({@code El ministro de Economía, Carlos Ruiz, afirmó}), and whether an
 * attitude verb has a clause as its content. Holds only configuration: immutable and thread-safe.
 *
 * <pre>{@code
 * IntlClauses clauses = new IntlClauses(IntlGrammar.bundled(), np);
 * int end = clauses.adjunctEnd(w, "es", 1);   // the comma after "la delegación del Gobierno"
 * }</pre>
 */
final class IntlClauses {

  /**
   * A subject before an insertion: words {@code [start, end)}, then the insertion {@code
   * [insertionStart, insertionEnd)} between two commas.
   */
  record Subject(int start, int end, int insertionStart, int insertionEnd) {}

  /** The most words an adjunct's source has when a comma closes it. */
  private static final int ADJUNCT_WORDS = 14;
  /** The most words a name in apposition has. */
  private static final int NAME_WORDS = 4;

  private final IntlGrammar grammar;
  private final IntlPhrases np;

  IntlClauses(IntlGrammar grammar, IntlPhrases np) {
    this.grammar = grammar;
    this.np = np;
  }

  /**
   * Index past the source of an adjunct cue whose source starts at {@code a}: in the Romance
   * languages the comma that closes the adjunct, if one comes within {@link #ADJUNCT_WORDS} words
   * of words only; else the end of the noun phrase.
   */
  int adjunctEnd(WordTokens w, String lang, int a) {
    if (!lang.equals("de")) {
      for (int k = a; k < w.size() && k - a <= ADJUNCT_WORDS; k++) {
        if (!w.word(k)) {
          if (w.text(k).equals(",") && k > a) {
            return k;
          }
          if (!w.isApostrophe(k)) {
            break;
          }
        }
      }
    }
    return np.forwardEnd(w, lang, a);
  }

  /**
   * The source with a name in apposition after it ({@code Secondo il ministro, Marco Ferri, …}):
   * the person that name is, keeping the span of {@code f}; else {@code f}.
   */
  SourcePhrases.Found apposition(WordTokens w, String lang, int b, SourcePhrases.Found f, SourcePhrases.Context ctx) {
    if (f.source().isMedia() || b >= w.size() || !w.text(b).equals(",")) {
      return f;
    }
    int k = b + 1;
    while (k < w.size() && k - b <= NAME_WORDS && w.word(k) && w.startsUpper(k)) {
      k++;
    }
    if (k == b + 1 || k >= w.size() || !w.text(k).equals(",")) {
      return f;
    }
    SourcePhrases.Found person = np.name(w, b + 1, k, ctx);
    return person == null ? f : new SourcePhrases.Found(person.source(), f.span(), person.match());
  }

  /**
   * The subject before the insertion that the comma at {@code comma} closes: the comma opening it
   * is at most {@code most} tokens back with only words between (a relative clause, an apposition,
   * {@code de 61 anos}, {@code em entrevista a este jornal}), and the subject before it reaches back
   * to the start of its clause; or null.
   */
  Subject subjectBeforeInsertion(WordTokens w, String lang, int comma, int most) {
    int open = -1;
    for (int k = comma - 1; k > 0 && k >= comma - most; k--) {
      if (w.word(k) || w.isApostrophe(k)) {
        continue;
      }
      if (w.text(k).equals(",")) {
        open = k;
      }
      break;
    }
    if (open <= 0 || open + 1 >= comma || !w.word(open + 1)) {
      return null;
    }
    int start = np.backwardStart(w, lang, open);
    boolean clauseStart = start == 0 || !w.word(start - 1);
    if (!clauseStart || start >= open || !np.subject(w, lang, start, open)) {
      return null;
    }
    return new Subject(start, open, open + 1, comma);
  }

  /**
   * The source of a subject with an insertion: when the insertion is a person's name ({@code La
   * portavoz, Lucía Martín, afirmó}), that person with the subject's span; else {@code f}.
   */
  SourcePhrases.Found named(WordTokens w, String lang, Subject s, SourcePhrases.Found f, SourcePhrases.Context ctx) {
    if (f.source().isMedia() || s.insertionEnd() - s.insertionStart() > NAME_WORDS) {
      return f;
    }
    for (int k = s.insertionStart(); k < s.insertionEnd(); k++) {
      if (!w.word(k) || !w.startsUpper(k)) {
        return f;
      }
    }
    SourcePhrases.Found person = np.name(w, s.insertionStart(), s.insertionEnd(), ctx);
    return person == null ? f : new SourcePhrases.Found(person.source(), f.span(), person.match());
  }

  /**
   * Whether the verb {@code [i, end)} has a clause as its content: a comma, colon or complementiser
   * after it ({@code creen que}, {@code befürchten, dass}, {@code pensent qu'…}), or a comma or
   * quotation before its subject ({@code …, glauben Experten}).
   */
  boolean clauseAround(WordTokens w, String lang, int i, int end) {
    if (w.word(end - 1) && complementiser(w, lang, end - 1)) {
      return true; // a form listed with its complementiser: "creen que"
    }
    if (end < w.size()) {
      if (!w.word(end)) {
        String t = w.text(end);
        if (t.equals(",") || t.equals(":")) {
          return true;
        }
      } else if (complementiser(w, lang, end)
          || (end + 1 < w.size() && w.word(end + 1) && complementiser(w, lang, end + 1))) {
        return true; // "creen que", "pensent pourtant que"
      }
    }
    if (i == 0 || w.word(i - 1) || w.isApostrophe(i - 1)) {
      return false;
    }
    // content before ("…, glauben Experten."): the subject after the verb ends the clause, so the
    // verb is not the main verb after a subordinate clause ("Wie X berichtete, plant der Konzern …")
    int b = np.forwardEnd(w, lang, end);
    return b > end && (b >= w.size() || !w.word(b));
  }

  /** Whether word {@code k} is a complementiser: {@code que}, {@code dass}, {@code che}, {@code qu'…}. */
  boolean complementiser(WordTokens w, String lang, int k) {
    String key = w.key(k);
    return (grammar.has(lang, "stop", key) && (key.equals("que") || key.equals("dass") || key.equals("che")))
        || key.startsWith("qu'") || key.startsWith("ch'");
  }
}
