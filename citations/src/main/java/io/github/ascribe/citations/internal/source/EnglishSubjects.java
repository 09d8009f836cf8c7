package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.Match;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.Span;
import java.util.Set;

/**
 * Reads the English noun phrase that is the subject of a cue verb, backwards from the verb group,
 * without a parser: the words back to a clause boundary (a punctuation mark, a conjunction or a
 * complementiser), kept when they look like a noun phrase (a determiner, a quantifier, a pronoun or
 * a capitalised word first; a noun last; no finite verb inside). It gives the sources the named-source
 * rules of {@link SourcePhrases} do not know ({@code Forecasters}, {@code Some in her own party},
 * {@code The gallery}, {@code They}) and the full phrase around a name they found ({@code Analysts at
 * Harlow Bank}). Stateless and thread-safe.
 *
 * <pre>{@code
 * WordTokens w = WordTokens.of(text, 0, text.length());
 * int start = EnglishSubjects.start(w, verbIndex); // -1 when the words before are no noun phrase
 * }</pre>
 */
final class EnglishSubjects {

  /** The most tokens a subject phrase has. */
  private static final int MOST_TOKENS = 12;
  /** Words that end a subject read backwards: conjunctions, complementisers, relative words. */
  private static final Set<String> BOUNDARIES = Set.of("that", "which", "who", "whom", "whose", "because", "but",
      "while", "whereas", "although", "though", "if", "when", "whether", "so", "yet", "since", "as", "after",
      "before", "until", "unless", "once", "where", "than", "or", "nor", "and", "then", "also", "however");
  /** Words that may open a subject phrase in lower case. */
  private static final Set<String> OPENERS = Set.of("the", "a", "an", "some", "several", "many", "most", "few",
      "both", "all", "other", "others", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "his", "her", "its", "their", "our", "my", "your", "this", "these", "those", "each", "every", "no", "any",
      "another", "senior", "top", "former");
  /** Subject pronouns. */
  static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you");
  /** Pronouns a subject phrase never ends with: objects and possessives. */
  private static final Set<String> NOT_HEADS = Set.of("him", "them", "us", "me", "her", "his", "its", "their",
      "our", "my", "your", "this", "that", "there", "here", "now", "then", "also", "not", "only", "just", "still",
      "to", "of", "in", "on", "at", "by", "for", "with", "from", "about", "into", "over", "under", "the", "a", "an",
      "what", "why", "how", "own", "according", "last", "first", "next", "later", "earlier", "today", "yesterday", "ago");
  /** Finite verbs and auxiliaries: a subject phrase holds none (a clause, not a phrase, holds them). */
  private static final Set<String> FINITE = Set.of("is", "are", "was", "were", "has", "have", "had", "will", "would",
      "can", "could", "may", "might", "must", "should", "shall", "did", "does", "do", "said", "says", "say", "told",
      "tells", "think", "thinks", "believe", "believes", "fear", "fears", "expect", "expects", "hope", "hopes",
      "want", "wants", "am", "be", "been", "being", "won't", "didn't", "doesn't", "don't", "isn't", "wasn't",
      "aren't", "weren't", "hasn't", "haven't", "wouldn't", "couldn't");
  /** Prepositions that open an adjunct before a subject: "On Tuesday the minister said". */
  private static final Set<String> ADJUNCT_OPENERS = Set.of("on", "in", "at", "by", "during", "after", "before",
      "last", "earlier", "later", "this", "late", "early", "yesterday", "today");

  private EnglishSubjects() {}

  /**
   * The first token of the subject phrase that ends before token {@code end}, or -1 when the words
   * there are no subject phrase.
   *
   * @param w the sentence's tokens
   * @param end the token after the phrase (the verb group's first token)
   * @return the phrase's first token, or -1
   */
  static int start(WordTokens w, int end) {
    int k = end;
    while (k > 0 && end - k < MOST_TOKENS) {
      int t = k - 1;
      if (!w.word(t)) {
        boolean glue = (w.isApostrophe(t) || w.text(t).equals("-")) && t > 0 && w.word(t - 1)
            || number(w, t);
        if (!glue) {
          break;
        }
      } else if (BOUNDARIES.contains(w.key(t)) && !(w.keyIs(t, "and") && namesAround(w, t))) {
        break;
      }
      k--;
    }
    if (k == end || end - k >= MOST_TOKENS) {
      return -1;
    }
    k = skipAdjunct(w, k, end);
    return k >= 0 && isPhrase(w, k, end) ? k : -1;
  }

  /**
   * The token after the noun phrase that starts at token {@code a} and runs to a punctuation mark
   * or the sentence's end ({@code according to two people familiar with the talks,}), or -1 when
   * the words there are no noun phrase or run on past {@link #MOST_TOKENS}.
   *
   * @param w the sentence's tokens
   * @param a the phrase's first token
   * @return the token after the phrase, or -1
   */
  static int forwardEnd(WordTokens w, int a) {
    int k = a;
    while (k < w.size() && k - a < MOST_TOKENS) {
      boolean glue = !w.word(k) && (w.isApostrophe(k) || w.text(k).equals("-") || number(w, k)) && k + 1 < w.size()
          && w.word(k + 1);
      if (!w.word(k) && !glue) {
        break;
      }
      k++;
    }
    boolean closed = k == w.size() || !w.word(k);
    return closed && k > a && isPhrase(w, a, k) ? k : -1;
  }

  /** "50,000", "2.5": a comma or point between digits, with no space, is part of a number. */
  private static boolean number(WordTokens w, int t) {
    return (w.text(t).equals(",") || w.text(t).equals(".")) && t > 0 && t + 1 < w.size()
        && w.end(t - 1) == w.start(t) && w.end(t) == w.start(t + 1)
        && Character.isDigit(w.text().charAt(w.start(t) - 1)) && Character.isDigit(w.text().charAt(w.end(t)));
  }

  /** "Smith and Jones", "Police and Prosecutors": capitalised words either side of "and". */
  private static boolean namesAround(WordTokens w, int and) {
    return and > 0 && and + 1 < w.size() && w.word(and - 1) && w.word(and + 1) && w.startsUpper(and - 1)
        && w.startsUpper(and + 1);
  }

  /**
   * Leaves out a time or place adjunct opening the words ("On Tuesday the minister"): from the
   * first determiner after it; -1 when none follows.
   */
  private static int skipAdjunct(WordTokens w, int a, int end) {
    if (!w.word(a) || !ADJUNCT_OPENERS.contains(w.key(a))) {
      return a;
    }
    for (int i = a + 1; i < end; i++) {
      if (w.word(i) && (w.keyIs(i, "the") || w.keyIs(i, "a") || w.keyIs(i, "an"))) {
        return i;
      }
    }
    return -1;
  }

  /** Whether tokens {@code [a, b)} look like a subject noun phrase. */
  static boolean isPhrase(WordTokens w, int a, int b) {
    if (!w.word(a) || !w.word(b - 1)) {
      return false;
    }
    String first = w.key(a);
    if (b - a == 1 && PRONOUNS.contains(first)) {
      return true;
    }
    boolean opener = OPENERS.contains(first) || w.startsUpper(a) || Character.isDigit(w.text(a).charAt(0));
    if (!opener || NOT_HEADS.contains(w.key(b - 1)) || w.endsWith(b - 1, "ly")) {
      return false;
    }
    for (int i = a; i < b; i++) {
      if (w.word(i) && (FINITE.contains(w.key(i)) || w.keyIs(i, "according") || (i > a && PRONOUNS.contains(w.key(i)) && !w.keyIs(i, "i")))) {
        return false;
      }
    }
    return true;
  }

  /**
   * The source a subject phrase names when the named-source rules found none: for {@code they} or
   * {@code it}, the organisation named last (noted as its antecedent); a plural or a quantifier, an
   * anonymous source; else an organisation or a person by the phrase's words.
   *
   * @param w the sentence's tokens
   * @param a the phrase's first token
   * @param b the token after it
   * @param ctx the article's context
   * @return what the phrase names
   */
  static SourcePhrases.Found found(WordTokens w, int a, int b, SourcePhrases.Context ctx) {
    Span span = Span.of(w.start(a), w.end(b - 1));
    String phrase = w.phrase(a, b);
    if (b - a == 1 && PRONOUNS.contains(w.key(a))) {
      Span named = ctx.lastOrganizationSpan();
      if (named != null && (w.keyIs(a, "they") || w.keyIs(a, "it"))) {
        ctx.noteAntecedent(span.start(), named);
        return new SourcePhrases.Found(ctx.organization(w.text().substring(named.start(), named.end())), span,
            Match.UNRESOLVED);
      }
      return new SourcePhrases.Found(ctx.anonymous(phrase), span, Match.UNRESOLVED);
    }
    boolean plural = !w.startsUpper(b - 1) && w.endsWith(b - 1, "s") && !w.endsWith(b - 1, "ss");
    if (plural || (b - a == 1 && OPENERS.contains(w.key(a)))) {
      return new SourcePhrases.Found(ctx.anonymous(phrase), span, Match.UNRESOLVED);
    }
    Source org = ctx.organization(phrase);
    return new SourcePhrases.Found(org, span, Match.UNRESOLVED);
  }
}
