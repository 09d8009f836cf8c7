package io.github.ascribe.nlp.internal;

import java.util.Set;

/**
 * Noun-phrase chunks read from Universal Dependencies tags, without a parser: a phrase is an
 * optional determiner or possessive, modifiers (adjectives, nouns, numbers, proper names, the
 * possessive {@code 's}) and a head (noun, proper name, pronoun, or a capitalised word the tagger
 * was unsure of), followed by prepositional complements with {@code of}, {@code for}, {@code with},
 * {@code at}, {@code from} (and their German and French kin): {@code a spokesman for the ministry},
 * {@code people familiar with the matter}, {@code der Sprecher der Regierung}. Stateless.
 *
 * <pre>{@code
 * Phrases.left(tagged, 4, 0);   // [0, 5) for "The county 's emergency office" ending at token 4
 * }</pre>
 */
public final class Phrases {

  /** Prepositions that join a complement to a source phrase. */
  private static final Set<String> JOINERS = Set.of("of", "for", "with", "at", "from", "de", "du", "des", "d'",
      "von", "vom", "beim", "bei");
  /** Words that stand for a clause, never a source: relative and demonstrative pronouns. */
  private static final Set<String> NOT_SOURCES = Set.of("who", "which", "that", "what", "this", "these", "those",
      "there", "whom", "qui", "que", "quoi", "ce", "cela", "ça", "was", "welche", "welcher", "das", "dies", "es",
      "man", "il", "y", "en", "se", "sich", "one");
  /** Words that stand for people on their own: {@code Some said}, {@code Many fear}. */
  private static final Set<String> QUANTIFIERS = Set.of("some", "many", "most", "others", "few", "several",
      "both", "all", "one", "two", "three", "viele", "einige", "manche", "andere", "beide", "certains", "plusieurs",
      "beaucoup", "d'autres");
  private static final Set<String> ABBREVIATIONS = Set.of("dr", "mr", "mrs", "ms", "prof", "gen", "sen", "rep",
      "gov", "st", "lt", "col", "sgt", "m", "mme");

  private Phrases() {}

  /**
   * Whether token {@code i} can end a source phrase.
   *
   * @param t the tokens
   * @param i a token index, possibly out of range
   * @return true for a noun, proper name or personal pronoun, or a capitalised word tagged otherwise
   */
  public static boolean head(Tagged t, int i) {
    if (i < 0 || i >= t.size() || NOT_SOURCES.contains(t.lower(i))) {
      return false;
    }
    // a word the tagger read as an adjective right after a determiner or number ends a phrase too
    // ("One farmer/ADJ told ..."): an adjective does not close a noun phrase before its verb
    return t.is(i, "NOUN", "PROPN", "PRON") || QUANTIFIERS.contains(t.lower(i))
        || t.is(i, "ADJ") && t.is(i - 1, "DET", "NUM") || (t.capitalised(i) && t.is(i, "ADJ", "X", "VERB") && i > 0);
  }

  /**
   * The phrase that ends at token {@code j}.
   *
   * @param t the tokens
   * @param j its last token, a {@link #head}
   * @param lo the first token it may start at
   * @return the first token of the phrase, or -1 if {@code j} is no head
   */
  public static int left(Tagged t, int j, int lo) {
    if (j < lo || !head(t, j)) {
      return -1;
    }
    if (t.is(j, "PRON") || QUANTIFIERS.contains(t.lower(j))) {
      // One of them, some of the residents
      return j - 2 >= lo && t.isWord(j - 1, "of") && (QUANTIFIERS.contains(t.lower(j - 2)) || t.is(j - 2, "NUM"))
          ? j - 2 : j;
    }
    int k = j;
    while (k - 1 >= lo) {
      int p = k - 1;
      if (t.is(p, "NOUN", "PROPN", "ADJ", "NUM", "X") || t.isWord(p, "'s", "'")) {
        k = p;
      } else if (t.word(p).equals(".") && p - 1 >= lo && ABBREVIATIONS.contains(t.lower(p - 1))) {
        k = p - 1;
      } else if (t.is(p, "CCONJ") && p - 1 >= lo && t.capitalised(p - 1) && t.capitalised(k)
          && t.is(p - 1, "PROPN", "NOUN", "ADJ")) {
        k = p - 1; // Securities and Exchange Commission
      } else if (t.is(p, "DET") || (t.is(p, "PRON") && possessive(t, p))) {
        k = p;
        // German genitive: der Sprecher der Regierung
        if (!(t.isWord(p, "der", "des") && t.is(p - 1, "NOUN", "PROPN") && p - 1 >= lo)) {
          break;
        }
      } else {
        break;
      }
    }
    // a reduced relative clause: economists polled by this channel, one person briefed on the talks
    if (k - 3 >= lo && t.is(k - 1, "ADP") && t.is(k - 2, "VERB") && head(t, k - 3)
        && t.lower(k - 2).endsWith("ed")) {
      int before = left(t, k - 3, lo);
      if (before >= 0) {
        return before;
      }
    }
    // a complement: a spokesman for the ministry, people familiar with the matter
    if (k - 2 >= lo && t.is(k - 1, "ADP") && JOINERS.contains(t.lower(k - 1))
        && (t.is(k - 2, "NOUN", "PROPN") || (t.is(k - 2, "ADJ") && t.is(k - 3, "NOUN", "PROPN")))) {
      int before = left(t, t.is(k - 2, "ADJ") ? k - 3 : k - 2, lo);
      if (before >= 0) {
        return before;
      }
    }
    return k;
  }

  /**
   * The phrase that starts at token {@code i}.
   *
   * @param t the tokens
   * @param i its first token
   * @param hi the token past the last it may cover
   * @return the token past the phrase's last, or -1 if no phrase with a head starts there
   */
  public static int right(Tagged t, int i, int hi) {
    if (i >= hi || i >= t.size()) {
      return -1;
    }
    if (t.is(i, "PRON")) {
      return head(t, i) && !possessive(t, i) ? i + 1 : possessive(t, i) ? nouns(t, i + 1, hi) : -1;
    }
    int k = t.is(i, "DET") ? i + 1 : i;
    int end = nouns(t, k, hi);
    if (end < 0) {
      return -1;
    }
    // diplomats familiar with the talks, a person close to the board
    if (end + 2 < hi && t.is(end, "ADJ") && t.is(end + 1, "ADP") && (JOINERS.contains(t.lower(end + 1))
        || t.isWord(end + 1, "to"))) {
      int more = right(t, end + 2, hi);
      if (more > 0) {
        return more;
      }
    }
    if (end + 1 < hi && t.is(end, "ADP") && JOINERS.contains(t.lower(end))) {
      int more = right(t, end + 1, hi);
      if (more > 0) {
        return more;
      }
    }
    return end;
  }

  /** Modifiers and a head from token {@code k}: the token past the last, or -1 without a head. */
  private static int nouns(Tagged t, int k, int hi) {
    int end = -1;
    while (k < hi) {
      if (t.is(k, "NOUN", "PROPN", "NUM", "X") || (t.is(k, "ADJ") && (t.capitalised(k) || k + 1 < hi))
          || t.isWord(k, "'s")) {
        if (head(t, k) || t.is(k, "NUM")) {
          end = k + 1;
        }
        k++;
      } else if (t.word(k).equals(".") && k > 0 && ABBREVIATIONS.contains(t.lower(k - 1))) {
        k++;
      } else {
        break;
      }
    }
    return end;
  }

  private static boolean possessive(Tagged t, int i) {
    return t.isWord(i, "his", "her", "its", "their", "our", "my", "your", "sein", "seine", "ihr", "ihre", "son",
        "sa", "ses", "leur", "leurs");
  }
}
