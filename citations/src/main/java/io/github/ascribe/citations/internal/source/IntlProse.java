package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.ProseRelation.CueGroup;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.text.Names;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Finds prose attributions in sentences written in German, Spanish, French, Italian or Portuguese
 * (the languages guessed from the sentence's function words, {@link IntlGrammar#languages}):
 *
 * <ul>
 *   <li>adjunct cues before their source: {@code Según fuentes del Ministerio, …}, {@code selon
 *       l'Insee}, {@code laut dem Spiegel}, {@code nach Informationen des ZDF}, {@code secondo il
 *       Messaggero}, {@code de acordo com a Lusa}; a name in apposition after a title names the
 *       person ({@code Secondo il ministro, Marco Ferri, …});
 *   <li>adjunct cues after it: {@code Dem Handelsblatt zufolge};
 *   <li>"as X reported" frames: {@code Wie die FAZ berichtete, …}, {@code Como informó El País, …};
 *   <li>the reporting and attitude verbs of the cue lexicon ({@link CueLexicon}, every inflection
 *       listed there) with their subject before ({@code La préfecture a indiqué}, {@code X, que …,
 *       dijo}, {@code La portavoz, Lucía Martín, afirmó}) or after them ({@code …, informó el INE},
 *       {@code „…“, sagte Weiß}, German verb-second {@code Am Montag sagte der Minister}); German
 *       separable verbs with their particle later in the clause ({@code teilte am Abend mit}).
 * </ul>
 *
 * An attitude verb ({@code creen}, {@code befürchten}) needs a clause as its content: a
 * complementiser or a comma after it, or content before it. Holds only configuration: immutable
 * and thread-safe.
 *
 * <pre>{@code
 * IntlProse intl = new IntlProse(phrases, CueLexicon.bundled(), IntlGrammar.bundled(), Lexicon.get());
 * intl.find(paragraphStart, ctx.words(text, from, to), ctx, null, new BitSet(), hits);
 * }</pre>
 */
final class IntlProse {

  /** Clitic pronouns joined to a verb by a hyphen ({@code disse-nos}, {@code afirmou-lhe}). */
  private static final Set<String> CLITICS = Set.of("nos", "me", "te", "se", "lhe", "lhes", "lo", "la", "los", "las",
      "o", "a", "os", "as", "vos");
  /** The most words of an adjunct between a verb and its inverted subject ({@code en un comunicado}). */
  private static final int ADJUNCT_WORDS = 5;
  /** The most tokens between the commas of a relative clause or apposition between a subject and its verb. */
  private static final int INSERTION_WORDS = 16;

  private final SourcePhrases phrases;
  private final IntlVerbs verbs;
  private final IntlGrammar grammar;
  private final IntlPhrases np;
  private final IntlClauses clauses;

  IntlProse(SourcePhrases phrases, CueLexicon cues, IntlGrammar grammar, Lexicon lexicon) {
    this.phrases = phrases;
    this.verbs = new IntlVerbs(cues);
    this.grammar = grammar;
    this.np = new IntlPhrases(phrases, grammar, lexicon);
    this.clauses = new IntlClauses(grammar, np);
  }

  /**
   * Adds the hits of a sentence's tokens, in text order, and marks the words of each hit's cue and
   * source {@code taken}, so that the other finders read no cue or verb in them.
   */
  void find(int paragraphStart, WordTokens w, SourcePhrases.Context ctx, SourcePhrases.Found lastMedia,
      BitSet taken, List<ProseFinder.Hit> hits) {
    for (String lang : grammar.languages(w, 0, w.size())) {
      read(new Reader(lang, w, ctx, paragraphStart, lastMedia, taken, hits));
    }
  }

  /** Reads the sentence's tokens in one language. */
  private void read(Reader r) {
    String lang = r.lang;
    WordTokens w = r.w;
    for (int i = 0; i < w.size(); i++) {
      if (!w.word(i) || r.taken.get(i)) {
        continue;
      }
      int n = grammar.phraseAt(lang, "before", w, i);
      if (n > 0 && r.adjunctBefore(i, n)) {
        continue;
      }
      if (grammar.has(lang, "after", w, i) && r.adjunctAfter(i)) {
        continue;
      }
      if (grammar.has(lang, "as", w, i) && r.asFrame(i)) {
        continue;
      }
      if (r.joined(i)) {
        continue;
      }
      int len = verbs.length(lang, w, i);
      if (len != 0) {
        r.verb(i, len);
      }
    }
  }

  /** The state of reading one sentence. */
  private final class Reader {
    private final String lang;
    private final WordTokens w;
    private final SourcePhrases.Context ctx;
    private final int paragraphStart;
    private final SourcePhrases.Found lastMedia;
    private final BitSet taken;
    private final List<ProseFinder.Hit> hits;

    Reader(String lang, WordTokens w, SourcePhrases.Context ctx, int paragraphStart, SourcePhrases.Found lastMedia,
        BitSet taken, List<ProseFinder.Hit> hits) {
      this.lang = lang;
      this.w = w;
      this.ctx = ctx;
      this.paragraphStart = paragraphStart;
      this.lastMedia = lastMedia;
      this.taken = taken;
      this.hits = hits;
    }

    /** "Según X, …", "laut X": the source follows the cue of {@code n} words at {@code i}. */
    boolean adjunctBefore(int i, int n) {
      int a = i + n;
      if (a >= w.size() || !w.word(a)) {
        return false;
      }
      int said = verbs.length(lang, w, a);
      if (said > 0) {
        // "según afirmó el propio diario", "segundo informou a Lusa": the source follows the verb
        int b = np.forwardEnd(w, lang, a + said);
        SourcePhrases.Found f = np.subject(w, lang, a + said, b) ? classify(a + said, b) : null;
        if (f != null) {
          add("cue-according", Span.of(w.start(i), w.end(a + said - 1)), f, i, b, w.phraseKey(i, i + n));
        }
        return f != null;
      }
      int b = clauses.adjunctEnd(w, lang, a);
      SourcePhrases.Found f = classify(a, b);
      if (f == null) {
        return false;
      }
      f = clauses.apposition(w, lang, b, f, ctx);
      add("cue-according", Span.of(w.start(i), w.end(i + n - 1)), f, i, b, w.phraseKey(i, i + n));
      return true;
    }

    /** "Dem Handelsblatt zufolge": the source comes before the cue at {@code i}. */
    boolean adjunctAfter(int i) {
      int a = np.backwardStart(w, lang, i);
      SourcePhrases.Found f = a < i && np.subject(w, lang, a, i) ? classify(a, i) : null;
      if (f == null) {
        return false;
      }
      add("cue-according", Span.of(w.start(i), w.end(i)), f, a, i + 1, w.key(i));
      return true;
    }

    /** "Wie die FAZ berichtete, …", "Como informó El País, …": {@code as} at {@code i}, a source and a verb. */
    boolean asFrame(int i) {
      int len = verbs.length(lang, w, i + 1);
      if (len > 0) {
        int b = np.forwardEnd(w, lang, i + 1 + len);
        SourcePhrases.Found f = classify(i + 1 + len, b);
        if (f == null) {
          return false;
        }
        add("cue-according", Span.of(w.start(i + 1), w.end(i + len)), f, i, b, w.phraseKey(i + 1, i + 1 + len));
        return true;
      }
      int b = np.forwardEnd(w, lang, i + 1);
      int v = b;
      while (v < w.size() && (w.word(v) ? grammar.has(lang, "skip", w, v) : isQuoteMark(w, v))) {
        v++;
      }
      len = v < w.size() ? verbs.length(lang, w, v) : 0;
      SourcePhrases.Found f = len > 0 && np.subject(w, lang, i + 1, b) ? classify(i + 1, b) : null;
      if (f == null) {
        return false;
      }
      add("cue-according", Span.of(w.start(v), w.end(v + len - 1)), f, i, v + len, w.phraseKey(v, v + len));
      return true;
    }

    /**
     * A verb written as one word with a pronoun or clitic: French {@code a-t-il ajouté}, {@code
     * dit-elle} (the pronoun is the source, after the verb), Portuguese and Spanish {@code disse-nos}
     * (the verb without its clitic, read as any other). Whether a hit or a verb was read.
     */
    boolean joined(int i) {
      String key = w.key(i);
      int dash = key.lastIndexOf('-');
      if (dash <= 0 || dash == key.length() - 1) {
        return false;
      }
      String base = key.substring(0, dash);
      String tail = key.substring(dash + 1);
      if (base.endsWith("-t")) {
        base = base.substring(0, base.length() - 2); // "a-t-il": the euphonic t
      }
      if (lang.equals("fr") && grammar.has(lang, "pronoun", tail)) {
        boolean aux = (base.equals("a") || base.equals("ont")) && i + 1 < w.size() && w.word(i + 1);
        CueLexicon.Entry entry = verbs.entry(lang, aux ? base + " " + w.key(i + 1) : base);
        if (entry == null) {
          return false;
        }
        Span cue = aux ? Span.of(w.start(i + 1), w.end(i + 1)) : Span.of(w.start(i), w.start(i) + base.length());
        Span pronoun = Span.of(w.end(i) - tail.length(), w.end(i));
        add("verb-inverted", cue, phrases.pronoun(pronoun, tail, ctx), i, aux ? i + 2 : i + 1, entry.lemma());
        return true;
      }
      if (CLITICS.contains(tail) && !lang.equals("de")) {
        CueLexicon.Entry entry = verbs.entry(lang, base);
        if (entry != null) {
          verb(i, i + 1, entry, Span.of(w.start(i), w.start(i) + base.length()));
          return true;
        }
      }
      return false;
    }

    /** A verb of {@code len} words at {@code i} with its subject before or after it. */
    void verb(int i, int len) {
      CueLexicon.Entry entry = verbs.entry(lang, len == 1 ? w.key(i) : w.phraseKey(i, i + len));
      int last = i + len;
      if (entry == null && len == 1 && lang.equals("de")) {
        // a separable verb's first part: "teilte" of "teilte ... mit", whose particle ends the clause
        for (int k = i + 1; k < w.size() && k <= i + IntlVerbs.PARTICLE_REACH && w.word(k) && entry == null; k++) {
          entry = IntlVerbs.PARTICLES.contains(w.key(k)) ? verbs.entry(lang, w.key(i) + " " + w.key(k)) : null;
          last = k + 1;
        }
      }
      if (entry != null) {
        // spec: a form listed with its complementiser ("creen que") cues without it
        int cueEnd = len > 1 && clauses.complementiser(w, lang, i + len - 1) ? i + len - 1 : i + len;
        verb(i, i + len, entry, Span.of(w.start(i), w.end(cueEnd - 1)), last);
      }
    }

    /** The verb {@code entry} of words {@code [i, end)}, its cue {@code cue}, with its subject before or after it. */
    private void verb(int i, int end, CueLexicon.Entry entry, Span cue) {
      verb(i, end, entry, cue, end);
    }

    /**
     * The verb {@code entry} of words {@code [i, end)}, its cue {@code cue}, with its subject before
     * or after it; the hit runs to {@code last} at least (past a separable verb's particle).
     */
    private void verb(int i, int end, CueLexicon.Entry entry, Span cue, int last) {
      if (i > 0 && w.word(i - 1) && grammar.has(lang, "det", w, i - 1) && !grammar.has(lang, "skip", w, i - 1)) {
        return; // "la cuenta", "die Meldung": a noun
      }
      if (entry.group() == CueGroup.THINKING && !clauses.clauseAround(w, lang, i, end)) {
        return; // "die Regierung will senken": an attitude verb needs a clause as its content
      }
      SourcePhrases.Found told = addressee(end);
      int j = i;
      while (j > 0 && w.word(j - 1) && grammar.has(lang, "skip", w, j - 1) && !taken.get(j - 1)) {
        j--;
      }
      if (j > 0 && w.word(j - 1) && !taken.get(j - 1)) {
        int a = np.backwardStart(w, lang, j);
        if (np.subject(w, lang, a, j)) {
          SourcePhrases.Found f = classify(a, j);
          if (f != null) {
            add(rule(entry), cue, f, a, last, entry.lemma(), told);
            return;
          }
        }
        if (!lang.equals("de") || !grammar.has(lang, "prep", w, a)) {
          return; // "Am Montag sagte der Minister": German puts the subject after the verb
        }
      } else if (j > 1 && w.text(j - 1).equals(",")) {
        IntlClauses.Subject s = clauses.subjectBeforeInsertion(w, lang, j - 1, INSERTION_WORDS);
        if (s != null) {
          SourcePhrases.Found f = classify(s.start(), s.end());
          if (f != null) {
            add(rule(entry), cue, clauses.named(w, lang, s, f, ctx), s.start(), last, entry.lemma(), told);
            return;
          }
        }
      }
      // inverted: "…, informó el INE", "„…“, sagte Weiß", "sagte der Minister"
      int a = end;
      int b = np.forwardEnd(w, lang, a);
      if (!np.subject(w, lang, a, b) && grammar.has(lang, "prep", w, a)) {
        // "…, declaró en un comunicado el Ayuntamiento": the subject after an adjunct, ending the clause
        for (int k = Math.min(w.size() - 1, a + ADJUNCT_WORDS); k > a; k--) {
          int e = np.forwardEnd(w, lang, k);
          if (w.word(k - 1) && np.subject(w, lang, k, e) && (e >= w.size() || !w.word(e))
              && grammar.has(lang, "det", w, k)) {
            a = k;
            b = e;
            break;
          }
        }
      }
      if (np.subject(w, lang, a, b)) {
        SourcePhrases.Found f = classify(a, b);
        if (f != null) {
          add("verb-inverted", cue, f, i, Math.max(b, last), entry.lemma());
        }
      }
    }

    /**
     * The outlet a verb of saying ending before {@code end} is addressed to ({@code dijo a El Mundo},
     * {@code a déclaré au Monde}), or null.
     */
    private SourcePhrases.Found addressee(int end) {
      if (end >= w.size() || !w.word(end)) {
        return null;
      }
      int a;
      if (grammar.has(lang, "to", w, end)) {
        a = end + 1; // "dijo a El Mundo"
      } else if (elided(w.text(end))) {
        a = end; // "ha spiegato all'ANSA"
      } else {
        return null;
      }
      int b = a < w.size() ? np.forwardEnd(w, lang, a) : a;
      SourcePhrases.Found f = b > a ? classify(a, b) : null;
      return f != null && f.source().isMedia() ? f : null;
    }

    /** Whether a word is an elided "to the" before a name: {@code all'ANSA}, {@code à l'AFP} is two words. */
    private boolean elided(String word) {
      String name = IntlPhrases.stripElision(word);
      if (name.length() == word.length() || name.isEmpty() || !Character.isUpperCase(name.charAt(0))) {
        return false;
      }
      String prefix = Names.normalize(word.substring(0, word.length() - name.length() - 1));
      return grammar.has(lang, "to", prefix + "'") || grammar.has(lang, "to", prefix);
    }

    private SourcePhrases.Found classify(int a, int b) {
      return np.classify(w, lang, a, b, ctx, paragraphStart, lastMedia);
    }

    /** Adds a hit with cue {@code cue} and source {@code f}, its words {@code [a, b)} taken. */
    private void add(String rule, Span cue, SourcePhrases.Found f, int a, int b, String lemma) {
      add(rule, cue, f, a, b, lemma, null);
    }

    /**
     * Adds a hit with cue {@code cue} and source {@code f}, its words {@code [a, b)} taken; with an
     * outlet {@code told} as the addressee, the hit is the outlet's ({@code cue-told}) with {@code f}
     * as the speaker, as for "told Reuters".
     */
    private void add(String rule, Span cue, SourcePhrases.Found f, int a, int b, String lemma,
        SourcePhrases.Found told) {
      SourcePhrases.Found source = told != null ? told : f;
      Span span = Span.of(Math.min(w.start(a), Math.min(cue.start(), source.span().start())),
          Math.max(w.end(b - 1), Math.max(cue.end(), source.span().end())));
      hits.add(told == null ? ProseFinder.Hit.of(rule, span, f, cue, lemma)
          : new ProseFinder.Hit("cue-told", "prose-cue-told", span, told, cue, lemma, f.span()));
      taken.set(a, b);
    }
  }

  private static boolean isQuoteMark(WordTokens w, int k) {
    return w.end(k) - w.start(k) == 1 && Quotes.isMark(w.text().charAt(w.start(k)));
  }

  private static String rule(CueLexicon.Entry entry) {
    return entry.group() == CueGroup.THINKING ? "verb-belief" : "verb-speech";
  }
}
