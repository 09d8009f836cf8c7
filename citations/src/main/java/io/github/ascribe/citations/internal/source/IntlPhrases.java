package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.Match;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceKind;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.text.Names;
import java.util.Locale;

/**
 * The source's noun phrase in German, Spanish, French, Italian and Portuguese prose: where it ends
 * read forwards from a cue ({@code según la delegación del Gobierno,}), where it starts read backwards
 * from a verb ({@code Los alcaldes de la zona denuncian}), and what it names: an outlet or agency of
 * the registry (German case endings undone: {@code der Süddeutschen Zeitung}), the outlet named
 * before ({@code el diario}), a pronoun's person, an unnamed source ({@code fuentes del Ministerio}),
 * a person ({@code Wirtschaftsministerin Anna Keller}) or an organisation ({@code l'Istat}). The
 * words are data ({@link IntlGrammar}). Holds only configuration: immutable and thread-safe.
 *
 * <pre>{@code
 * IntlPhrases np = new IntlPhrases(phrases, IntlGrammar.bundled(), Lexicon.get());
 * int end = np.forwardEnd(w, "es", 1);                  // "la delegación del Gobierno"
 * SourcePhrases.Found f = np.classify(w, "es", 1, end, ctx, 0, null);
 * }</pre>
 */
final class IntlPhrases {

  /** The most words a source's noun phrase has. */
  static final int MOST_WORDS = 12;

  private final SourcePhrases phrases;
  private final IntlGrammar grammar;
  private final Lexicon lexicon;

  IntlPhrases(SourcePhrases phrases, IntlGrammar grammar, Lexicon lexicon) {
    this.phrases = phrases;
    this.grammar = grammar;
    this.lexicon = lexicon;
  }

  /**
   * Index past the noun phrase starting at token {@code start}: through determiners, adjectives, the
   * head and the parts joined to it ({@code de}, {@code des}, a name in apposition), to a
   * punctuation mark, a word that ends a phrase, or (after the head) a word that cannot continue it.
   */
  int forwardEnd(WordTokens w, String lang, int start) {
    boolean head = false;
    boolean linked = false;
    int end = start;
    for (int k = start; k < w.size() && k - start < MOST_WORDS; k++) {
      if (!w.word(k)) {
        if (w.end(k) - w.start(k) == 1 && Quotes.isMark(w.text().charAt(w.start(k)))) {
          if (k > start && Quotes.closes(w.text(), w.start(k)) && end == k) {
            end = k + 1; // „Handelsjournal“: the closing mark of a quoted name is the name's
          }
          continue;
        }
        break;
      }
      boolean link = grammar.has(lang, "link", w, k);
      if (k > start && !link && grammar.has(lang, "stop", w, k)) {
        break;
      }
      boolean upper = w.startsUpper(k);
      boolean det = grammar.has(lang, "det", w, k);
      if (head && !linked && !link && !continuesHead(w, lang, k, upper, det)) {
        break;
      }
      if (head && (link || det)) {
        linked = true; // "del Gobierno", "der Süddeutschen Zeitung", "el diario El Correo"
      } else if (!det) {
        linked = false;
        head = head || upper || (!lang.equals("de") && !isAdjectiveSlot(w, lang, k));
      }
      end = k + 1;
    }
    // a phrase does not end with a word that joins or opens what follows
    while (end > start && w.word(end - 1) && !w.startsUpper(end - 1)
        && (grammar.has(lang, "link", w, end - 1) || grammar.has(lang, "det", w, end - 1))) {
      end--;
    }
    return end;
  }

  /**
   * Whether word {@code k}, right after a head, continues its phrase: in German a capitalised word
   * after a capitalised one ({@code Süddeutschen Zeitung}, {@code Jan Brandt}); in the Romance
   * languages a name, a determiner before a name ({@code el diario El Correo}) or an adjective
   * ({@code la Protezione civile}), not a preposition, clitic or function word.
   */
  private boolean continuesHead(WordTokens w, String lang, int k, boolean upper, boolean det) {
    if (lang.equals("de")) {
      return upper && !det && k > 0 && w.word(k - 1) && w.startsUpper(k - 1);
    }
    if (det) {
      return k + 1 < w.size() && w.word(k + 1) && w.startsUpper(k + 1);
    }
    return upper || (!grammar.has(lang, "prep", w, k) && !grammar.has(lang, "skip", w, k)
        && !grammar.has(lang, "function", w, k) && !grammar.has(lang, "pronoun", w, k));
  }

  /** Whether a lower-case word at {@code k} before any head may be an adjective ("la última encuesta"). */
  private boolean isAdjectiveSlot(WordTokens w, String lang, int k) {
    return k + 1 < w.size() && w.word(k + 1) && !grammar.has(lang, "link", w, k + 1)
        && !grammar.has(lang, "stop", w, k + 1) && !grammar.has(lang, "prep", w, k + 1);
  }

  /**
   * Index of the first word of the noun phrase ending before token {@code end}, read backwards over
   * words (and quotation marks) to a punctuation mark, a word that ends a phrase or {@link #MOST_WORDS}.
   */
  int backwardStart(WordTokens w, String lang, int end) {
    int k = end;
    while (k > 0 && end - k < MOST_WORDS) {
      if (!w.word(k - 1)) {
        break;
      }
      if (grammar.has(lang, "stop", w, k - 1) && !grammar.has(lang, "link", w, k - 1)) {
        break;
      }
      k--;
    }
    return k;
  }

  /**
   * Whether words {@code [a, b)} can be a verb's subject: they open with a determiner, a capital
   * that is not a preposition, or are one pronoun.
   */
  boolean subject(WordTokens w, String lang, int a, int b) {
    if (a >= b || !w.word(a) || !endsName(w, b)) {
      return false;
    }
    if (b - a == 1 && grammar.has(lang, "pronoun", w, a)) {
      return true;
    }
    if (grammar.has(lang, "prep", w, a) || grammar.has(lang, "stop", w, a)) {
      return false;
    }
    return grammar.has(lang, "det", w, a) || w.startsUpper(a) || elidedDeterminer(w, lang, a);
  }

  /** Whether word {@code a} opens with an elided determiner: {@code un'infermiera}, {@code l'entourage}. */
  private boolean elidedDeterminer(WordTokens w, String lang, int a) {
    String text = w.text(a);
    String name = stripElision(text);
    return name.length() < text.length()
        && grammar.has(lang, "det", Names.normalize(text.substring(0, text.length() - name.length() - 1)));
  }

  /** Whether token {@code b - 1} can end a name: a word, or the closing mark of a quoted name. */
  private static boolean endsName(WordTokens w, int b) {
    return w.word(b - 1) || (b >= 2 && w.word(b - 2) && w.end(b - 1) - w.start(b - 1) == 1
        && Quotes.isMark(w.text().charAt(w.start(b - 1))));
  }

  /**
   * What words {@code [a, b)} name, with their span, or null when they name nothing a source can be.
   *
   * @param paragraphStart where the paragraph starts, for {@code el diario}
   * @param lastMedia the outlet last attributed to, or null
   */
  SourcePhrases.Found classify(WordTokens w, String lang, int a, int b, SourcePhrases.Context ctx,
      int paragraphStart, SourcePhrases.Found lastMedia) {
    if (a >= b || !w.word(a) || !endsName(w, b) || Character.isDigit(w.text().charAt(w.start(a)))) {
      return null; // "caiu para 6,8%": a number names no one
    }
    Span span = Span.of(w.start(a), w.end(b - 1));
    SourcePhrases.Found media = media(w, lang, a, b, ctx);
    if (media != null) {
      return new SourcePhrases.Found(media.source(), span, media.match());
    }
    if (b - a <= 3 && grammar.phraseAt(lang, "refer", w, a) == b - a) {
      // "el diario", "die Zeitung": the outlet named before, in this paragraph or earlier
      SourcePhrases.Found named = phrases.lastRegistryName(w.text(), paragraphStart, span.start(), ctx);
      SourcePhrases.Found target = named != null ? named : lastMedia;
      if (target != null) {
        ctx.noteAntecedent(span.start(), target.span());
        return new SourcePhrases.Found(target.source(), span, target.match());
      }
    }
    if (b - a == 1 && grammar.has(lang, "pronoun", w, a)) {
      return phrases.pronoun(Span.of(w.start(a), w.end(a)), w.key(a), ctx);
    }
    int head = a;
    while (head < b - 1 && grammar.has(lang, "det", w, head)) {
      head++;
    }
    String name = stripElision(w.text().substring(w.start(head), span.end()));
    for (int k = head; k < Math.min(b, head + 3); k++) {
      if (grammar.has(lang, "anonymous", w, k)) {
        return new SourcePhrases.Found(ctx.anonymous(name), span, Match.UNRESOLVED);
      }
    }
    SourcePhrases.Found person = person(w, head, b, ctx);
    if (person != null) {
      return new SourcePhrases.Found(person.source(), span, person.match());
    }
    String headKey = Names.normalize(stripElision(w.text(head)));
    if (grammar.has(lang, "org", headKey) || grammar.endsWith(lang, "org-suffix", w, head) || w.isAllCaps(head)
        || (!lang.equals("de") && w.startsUpper(head) && !grammar.has(lang, "title", headKey))) {
      return new SourcePhrases.Found(ctx.organization(name), span, Match.UNRESOLVED);
    }
    if (grammar.has(lang, "title", headKey) || grammar.endsWith(lang, "title-suffix", w, head)) {
      return new SourcePhrases.Found(Source.person(name), span,
          Match.UNRESOLVED);
    }
    // a plural or group of people ("Los bomberos", "Fahrgastverbände"): an organisation of sorts
    return new SourcePhrases.Found(ctx.organization(name), span, Match.UNRESOLVED);
  }

  /**
   * The person named in {@code [a, b)}: a given name the lexicon knows and the capitalised words
   * after it ({@code Wirtschaftsministerin Anna Keller}), or null.
   */
  SourcePhrases.Found person(WordTokens w, int a, int b, SourcePhrases.Context ctx) {
    for (int i = a; i + 1 < b; i++) {
      if (w.word(i) && w.startsUpper(i) && lexicon.isFirstName(w.key(i)) && w.word(i + 1) && w.startsUpper(i + 1)) {
        int j = i + 1;
        while (j < b && j < i + 3 && w.word(j) && w.startsUpper(j)) {
          j++;
        }
        return name(w, i, j, ctx);
      }
    }
    return null;
  }

  /** The person words {@code [a, b)} name by the person rules (a title and a name, two or three capitalised words), or null. */
  SourcePhrases.Found name(WordTokens w, int a, int b, SourcePhrases.Context ctx) {
    SourcePhrases.Found f = phrases.classify(w, a, b, false, ctx);
    return f != null && f.source().kind() == SourceKind.PERSON ? f : null;
  }

  /**
   * The registry outlet or agency named exactly by {@code text} (its first letter capitalised, so
   * that "dpa" is looked up), given the span {@code span}, or null.
   */
  private SourcePhrases.Found registryText(String text, Span span, SourcePhrases.Context ctx) {
    String name = text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    WordTokens t = WordTokens.of(name, 0, name.length());
    SourcePhrases.Found f = t.size() == 0 ? null : phrases.registryInside(t, 0, t.size(), ctx);
    return f == null || f.span().length() != name.length() ? null : new SourcePhrases.Found(f.source(), span, f.match());
  }

  /**
   * The registry outlet the words name: a capitalised name inside them ({@code el diario El Correo}),
   * or in German the name with its case endings undone ({@code der Süddeutschen Zeitung}, {@code des
   * Spiegels}).
   */
  private SourcePhrases.Found media(WordTokens w, String lang, int a, int b, SourcePhrases.Context ctx) {
    SourcePhrases.Found f = phrases.registryInside(w, a, b, ctx);
    if (f != null || b - a > 6) {
      return f;
    }
    for (int k = a; k < b; k++) {
      String stripped = w.word(k) ? stripElision(w.text(k)) : "";
      if (!stripped.isEmpty() && stripped.length() < w.end(k) - w.start(k) && Character.isUpperCase(stripped.charAt(0))) {
        // "all'ANSA", "dall'Istat": a name after an elided preposition and article
        f = registryText(stripped, Span.of(w.end(k) - stripped.length(), w.end(k)), ctx);
        if (f != null) {
          return f;
        }
      }
      if (k > a && w.word(k) && grammar.has(lang, "outlet-noun", w, k - 1)) {
        // spec: after "Nachrichtenagentur", "agencia", a name as the outlet writes it: "dpa"
        f = registryText(w.text(k), Span.of(w.start(k), w.end(k)), ctx);
        if (f != null) {
          return f;
        }
      }
    }
    // spec: German declines an outlet's name: "der Süddeutschen Zeitung" is "Süddeutsche Zeitung"
    int first = a;
    while (first < b && !w.startsUpper(first)) {
      first++;
    }
    for (int start = first; start < b; start++) {
      if (!w.startsUpper(start)) {
        continue;
      }
      StringBuilder undone = new StringBuilder();
      for (int k = start; k < b; k++) {
        String t = w.text(k);
        if (k + 1 < b && t.endsWith("en") && t.length() > 3) {
          t = t.substring(0, t.length() - 1); // "Süddeutschen" -> "Süddeutsche"
        } else if (k + 1 == b && (t.endsWith("s") || t.endsWith("es")) && t.length() > 4) {
          t = t.substring(0, t.length() - (t.endsWith("es") && !t.endsWith("ses") ? 2 : 1)); // "Spiegels"
        }
        undone.append(k > start ? " " : "").append(t);
      }
      String text = undone.toString();
      if (!text.equals(w.phrase(start, b))) {
        f = registryText(text, Span.of(w.start(start), w.end(b - 1)), ctx);
        if (f != null) {
          return f;
        }
      }
    }
    return null;
  }

  /** The text without an elided article or preposition before an apostrophe: {@code l'Istat} is {@code Istat}. */
  static String stripElision(String text) {
    for (int i = 1; i < Math.min(text.length(), 6); i++) {
      char c = text.charAt(i);
      if (c == '\'' || c == '’') {
        return i + 1 < text.length() && Character.isLetter(text.charAt(i + 1)) ? text.substring(i + 1) : text;
      }
      if (!Character.isLetter(c)) {
        break;
      }
    }
    return text;
  }
}
