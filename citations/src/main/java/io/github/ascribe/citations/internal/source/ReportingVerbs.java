package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.Match;
import io.github.ascribe.core.SourceKind;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.text.Names;
import java.util.BitSet;
import java.util.List;
import java.util.Set;

/**
 * Finds reporting verbs with their subject in either order: {@code X said}, {@code X has warned},
 * {@code ", said the ministry"}, and {@code the newspaper wrote} for the outlet named last. The
 * verbs are data ({@code lexicon/reporting-verbs*.tsv}). Immutable; thread-safe.
 */
final class ReportingVerbs {

  private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "was", "were", "is", "are", "be", "been",
      "will", "would", "could", "can", "may", "might", "must", "should", "shall", "did", "does", "do", "also",
      "previously", "later", "reportedly", "again", "earlier", "then", "once", "repeatedly", "publicly",
      "privately", "recently", "separately", "further", "not", "never", "already", "first", "last", "often",
      "herself", "himself", "themselves", "itself", "quickly", "flatly", "openly", "strongly", "firmly", "only", "long",
      "still", "just", "even", "now", "didn't", "doesn't", "don't", "won't", "wouldn't", "hasn't", "haven't");
  private static final Set<String> NOUN_MARKERS = Set.of("a", "an", "the", "this", "that", "these", "those", "his",
      "her", "its", "their", "our", "my", "your", "no", "any", "each", "every", "initial", "new", "some", "of",
      "to", "great", "high", "big", "strong", "growing", "public", "recent", "latest", "first", "further");
  private static final Set<String> REFERRING_MEDIA = Set.of("the newspaper", "the paper", "the agency",
      "the news agency", "the broadcaster", "the outlet", "the magazine", "the network", "the daily", "the website",
      "the wire service", "the publication", "the channel", "the tabloid", "the site");

  /** Quantifiers that stand alone as a subject: "Some said", "Many fear". */
  private static final Set<String> QUANTIFIERS = Set.of("some", "many", "few", "most", "several", "both", "all", "others");
  /** Words that open a relative clause or apposition between a subject and its verb. */
  private static final Set<String> INSERTION_OPENERS = Set.of("who", "which", "the", "a", "an", "its", "his", "her",
      "their", "whose", "himself", "herself", "itself");
  /** Asides between a subject and its verb: "Train operators, for their part, say". */
  private static final Set<String> ASIDES = Set.of("for their part", "for its part", "for his part", "for her part",
      "in turn", "meanwhile", "however", "though", "too", "in a statement", "in an interview", "in a post",
      "in a letter", "in a filing", "in response");
  /** The most tokens a relative clause or apposition between a subject and its verb has. */
  private static final int INSERTION_WORDS = 16;

  private final SourcePhrases phrases;
  private final Lexicon lexicon;

  ReportingVerbs(SourcePhrases phrases, Lexicon lexicon) {
    this.phrases = phrases;
    this.lexicon = lexicon;
  }

  /**
   * Adds a hit for each reporting verb outside the {@code taken} words that has a source as its
   * subject, before it or (inverted) after it, in text order.
   */
  void find(int paragraphStart, WordTokens w, SourcePhrases.Context ctx, SourcePhrases.Found lastMedia,
      BitSet taken, List<ProseFinder.Hit> hits) {
    SourcePhrases.Found previous = null; // the subject of the last reporting verb that has one
    for (int i = 0; i < w.size(); i++) {
      if (!w.word(i) || taken.get(i)) {
        continue;
      }
      int len = verbLength(w, i);
      if (len == 0) {
        continue;
      }
      Lexicon.Verb verb = verb(w, i, len);
      if (i > 0 && w.word(i - 1) && NOUN_MARKERS.contains(w.key(i - 1)) && !quantifierSubject(w, i - 1)) {
        continue; // "the report", "initial hopes": a noun, not a verb
      }
      if (VerbGroup.nounCompound(w, i)) {
        continue; // "the rescue plan", "the draft text": a noun
      }
      if (i > 0 && w.word(i - 1) && looksLikeVerb(w, i - 1)) {
        continue; // "presented demands": the verb came before; this is its object
      }
      int verbEnd = i + len;
      if (countedObject(w, verb, verbEnd)) {
        i = verbEnd - 1;
        continue; // "The New York Times added 300,000 subscribers": a number grew; the outlet is the subject
      }
      // subject before the verb, skipping auxiliaries and adverbs
      int j = i;
      while (j > 0 && w.word(j - 1) && AUXILIARIES.contains(w.key(j - 1))) {
        j--;
      }
      boolean english = lexicon.verb(len == 1 ? w.key(i) : joinedKeys(w, i, verbEnd)) != null;
      VerbGroup.Group group = english ? VerbGroup.of(w, j, i, verbEnd) : new VerbGroup.Group(i, verbEnd);
      Span cue = Span.of(w.start(group.start()), w.end(group.end() - 1));
      if (group.hearsay()) {
        // "Veltra is said to be ...": no source; the subject opens the content
        int subject = EnglishSubjects.start(w, j);
        if (subject >= 0) {
          SourcePhrases.Found unnamed = new SourcePhrases.Found(ctx.anonymous("unnamed source"), cue, Match.UNRESOLVED);
          hits.add(new ProseFinder.Hit("verb-hearsay", "prose-verb-hearsay", cue, unnamed, cue, verb.lemma(),
              Span.of(w.start(subject), w.end(j - 1))));
        }
        i = group.end() - 1;
        continue;
      }
      if (group.passive()) {
        i = group.end() - 1;
        continue;
      }
      SourcePhrases.Found f = null;
      if (j > 0 && w.word(j - 1)) {
        int anonymous = phrases.anonymousPhraseEndingAt(w, j);
        int start = anonymous >= 0 ? anonymous : PhraseBounds.backwardStart(w, j);
        f = referring(paragraphStart, w, start, j, lastMedia, ctx);
        if (f == null) {
          f = phrases.classify(w, start, j, true, ctx);
        }
        if (f == null && english) {
          // an English subject the named-source rules do not know: "Forecasters", "The gallery", "They"
          int subject = EnglishSubjects.start(w, j);
          f = subject < 0 ? null : EnglishSubjects.found(w, subject, j, ctx);
        }
      }
      String rule = "verb-" + verb.category();
      if (f == null && j > 1 && w.text(j - 1).equals(",")) {
        // "X, who has denied wrongdoing, said", "X, the company's chief executive, said"
        int comma = insertionStart(w, j - 1);
        if (comma > 0 && w.word(comma - 1)) {
          f = phrases.classify(w, PhraseBounds.backwardStart(w, comma), comma, true, ctx);
          int subject = f == null && english ? EnglishSubjects.start(w, comma) : -1;
          f = subject < 0 ? f : EnglishSubjects.found(w, subject, comma, ctx);
        }
      }
      if (f == null && english && previous != null && sharesSubject(w, j, i)) {
        // spec: "X criticized ... and warned that", "X wrote ..., arguing that": a verb joined by
        // "and", or a participle after a comma, has the subject of the reporting verb before it
        f = previous;
      }
      if (f == null && (j == 0 || !w.word(j - 1))) {
        // inverted: ", said the ministry", "” said X"
        int end = PhraseBounds.forwardEnd(w, verbEnd);
        f = referring(paragraphStart, w, verbEnd, end, lastMedia, ctx);
        if (f == null) {
          f = phrases.classify(w, verbEnd, end, false, ctx);
        }
        rule = "verb-inverted";
      }
      if (f != null && f.source().kind() != SourceKind.PERSON && !EnglishSubjects.PRONOUNS.contains(
          Names.normalize(ctx.text(w.text(), f.span().start(), f.span().end())))) {
        ctx.noteGroup(f.span()); // "they" and "it" may stand for it later
      }
      if (f != null) {
        previous = f;
        int a = Math.min(f.span().start(), cue.start());
        int b = Math.max(f.span().end(), cue.end());
        hits.add(new ProseFinder.Hit(rule, "prose-" + rule, Span.of(a, b), f, cue, verb.lemma(),
            english ? wholeSubject(w, j, f.span()) : null));
      }
      i = group.end() - 1;
    }
  }

  /**
   * Whether the verb at token {@code i}, whose auxiliaries start at {@code j}, has no subject of its
   * own but shares one: right after {@code and} ({@code ... and warned}), or a participle right after
   * a comma ({@code ..., arguing}).
   */
  private static boolean sharesSubject(WordTokens w, int j, int i) {
    if (j == 0) {
      return false;
    }
    return w.word(j - 1) ? w.keyIs(j - 1, "and") : w.text(j - 1).equals(",") && w.endsWith(i, "ing");
  }

  /** "Some said ...": a quantifier opening its clause is a subject, not a determiner. */
  private static boolean quantifierSubject(WordTokens w, int k) {
    return QUANTIFIERS.contains(w.key(k)) && (k == 0 || !w.word(k - 1));
  }

  /**
   * The whole English noun phrase before the verb group at token {@code j} when it holds the source
   * found and more ({@code Analysts at Harlow Bank} for {@code Harlow Bank}), else null.
   */
  private static Span wholeSubject(WordTokens w, int j, Span found) {
    int a = j > 0 ? EnglishSubjects.start(w, j) : -1;
    if (a < 0 || w.end(j - 1) != found.end() && !(w.start(a) <= found.start() && found.end() <= w.end(j - 1))) {
      return null;
    }
    Span whole = Span.of(w.start(a), w.end(j - 1));
    return whole.contains(found) && !whole.equals(found) ? whole : null;
  }

  /**
   * The comma opening the insertion that the comma at {@code close} ends: the nearest comma before
   * it, at most {@link #INSERTION_WORDS} tokens back with only words between, when the words are a
   * relative clause or apposition ({@code who}, {@code which} or a determiner first), a name in
   * apposition (every word capitalised: {@code Its organiser, Jonas Berg, said}), a participle
   * phrase ({@code The minister, speaking in the capital, promised}) or an aside ({@code for their
   * part}, {@code in a statement}); or -1.
   */
  private static int insertionStart(WordTokens w, int close) {
    for (int k = close - 1; k > 0 && k >= close - INSERTION_WORDS; k--) {
      if (w.word(k)) {
        continue;
      }
      if (!w.text(k).equals(",") || k + 1 >= close) {
        return -1;
      }
      boolean opener = INSERTION_OPENERS.contains(w.key(k + 1));
      return opener || nameInApposition(w, k + 1, close) || participle(w, k + 1)
          || w.keyIn(ASIDES, k + 1, close) ? k : -1;
    }
    return -1;
  }

  /** Whether words {@code [a, b)} are a name of two to four capitalised words. */
  private static boolean nameInApposition(WordTokens w, int a, int b) {
    if (b - a < 2 || b - a > 4) {
      return false;
    }
    for (int k = a; k < b; k++) {
      if (!w.startsUpper(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether word {@code k} is a lower-case present participle ({@code speaking}). */
  private static boolean participle(WordTokens w, int k) {
    return !w.startsUpper(k) && w.end(k) - w.start(k) > 5 && w.endsWith(k, "ing");
  }

  /** The words of the longest verb form (English or international) starting at word {@code i}, or 0. */
  private int verbLength(WordTokens w, int i) {
    String key = w.key(i);
    // a key with a space may start a form of any length; any other, only the forms starting with it
    int longest = key.indexOf(' ') >= 0 ? lexicon.maxVerbWords() : lexicon.longestVerbStartingWith(key);
    for (int n = Math.min(Math.min(lexicon.maxVerbWords(), longest), w.size() - i); n >= 1; n--) {
      String form = n == 1 ? key : joinedKeys(w, i, i + n);
      if (lexicon.verb(form) != null || lexicon.isIntlVerb(form)) {
        return n;
      }
    }
    return 0;
  }

  /** The verb of the form of words {@code [i, i + len)}; an international form counts as speech. */
  private Lexicon.Verb verb(WordTokens w, int i, int len) {
    String form = len == 1 ? w.key(i) : joinedKeys(w, i, i + len);
    Lexicon.Verb v = lexicon.verb(form);
    return v != null ? v : new Lexicon.Verb(form, "speech");
  }

  /** The keys of tokens {@code [a, b)} joined with spaces (punctuation as written), as verb forms are listed. */
  private static String joinedKeys(WordTokens w, int a, int b) {
    StringBuilder sb = new StringBuilder();
    for (int k = a; k < b; k++) {
      if (k > a) {
        sb.append(' ');
      }
      sb.append(w.word(k) ? w.key(k) : w.text(k));
    }
    return sb.toString();
  }

  /** Whether "add" takes a number as its object ("added 300,000", "adds nearly 2%"): growth, not speech. */
  private static boolean countedObject(WordTokens w, Lexicon.Verb verb, int k) {
    if (!verb.lemma().equals("add")) {
      return false;
    }
    if (k < w.size() && w.word(k) && (w.keyIs(k, "nearly") || w.keyIs(k, "almost") || w.keyIs(k, "about")
        || w.keyIs(k, "another") || w.keyIs(k, "over"))) {
      k++;
    }
    return k < w.size() && w.word(k) && Character.isDigit(w.text(k).charAt(0));
  }

  /** Whether word {@code i} looks like a past or present participle: lower-case, longer than 4, -ed or -ing. */
  private static boolean looksLikeVerb(WordTokens w, int i) {
    return Character.isLowerCase(WordTokens.codePointAt(w.text(), w.start(i), w.end(i)))
        && w.end(i) - w.start(i) > 4 && (w.endsWith(i, "ed") || w.endsWith(i, "ing"));
  }

  /**
   * "the newspaper wrote" refers to the last outlet named before it: in this paragraph if one is
   * named there, else the last one the article attributed anything to.
   */
  private SourcePhrases.Found referring(int paragraphStart, WordTokens w, int a, int b,
      SourcePhrases.Found lastMedia, SourcePhrases.Context ctx) {
    for (int len = Math.min(3, b - a); len >= 2; len--) {
      int from = b - len;
      if (!w.keyIn(REFERRING_MEDIA, from, b)) {
        continue;
      }
      Span span = Span.of(w.start(from), w.end(b - 1));
      SourcePhrases.Found named = phrases.lastRegistryName(w.text(), paragraphStart, w.start(from), ctx);
      SourcePhrases.Found target = named != null ? named : lastMedia;
      if (target != null) {
        ctx.noteAntecedent(span.start(), target.span()); // "the newspaper" stands for the outlet named before
      }
      return target == null ? null : new SourcePhrases.Found(target.source(), span, target.match());
    }
    return null;
  }
}
