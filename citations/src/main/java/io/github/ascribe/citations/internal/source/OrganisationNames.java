package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.text.Names;
import java.util.HashSet;
import java.util.Set;

/**
 * Whether capitalised words in prose name an organisation rather than a person: a name with an
 * organisation's head word ({@code Siemens Energy}, {@code European Court of Human Rights}), a
 * one-word compound with an authority's ending ({@code Bundeskartellamt}), or a one-word name the
 * list holds ({@code Ofcom}, {@code Istat}). The words come from {@code organisation-names.txt}.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * OrganisationNames orgs = new OrganisationNames(Lexicon.get());
 * orgs.names(WordTokens.of("Siemens Energy", 0, 14), 0, 2); // true
 * }</pre>
 */
final class OrganisationNames {

  /** Lower-case words that may join the capitalised words of a name. */
  private static final Set<String> CONNECTORS = Set.of("of", "for", "on", "and", "&", "de", "du", "des", "del",
      "della", "di", "für", "der", "la", "le");
  /** Articles that may open a name and are no part of it. */
  private static final Set<String> ARTICLES = Set.of("the", "la", "le", "el", "il", "der", "die", "das", "lo");
  /** Capitalised words at a sentence's start that begin no name. */
  private static final Set<String> NOT_NAMES = Set.of("on", "in", "at", "after", "before", "but", "and", "or",
      "so", "yet", "however", "meanwhile", "also", "then", "now", "today", "yesterday", "while", "when", "as", "if",
      "for", "with", "despite", "during", "since", "this", "that", "these", "those", "it", "they", "we", "i", "you",
      "there", "here", "he", "she", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "a", "an");
  /** The fewest letters a one-word name has to be read by its ending. */
  static final int MIN_COMPOUND = 8;
  /** The most words an organisation's name has. */
  static final int MAX_WORDS = 8;

  private final Lexicon lexicon;
  private final Set<String> heads = new HashSet<>();
  private final Set<String> endings = new HashSet<>();
  private final Set<String> names = new HashSet<>();

  OrganisationNames(Lexicon lexicon) {
    this.lexicon = lexicon;
    for (String line : Lexicon.lines("organisation-names.txt")) {
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IllegalStateException("organisation-names.txt: expected 2 columns: " + line);
      }
      Set<String> into = switch (cols[0]) {
        case "head" -> heads;
        case "ending" -> endings;
        case "name" -> names;
        default -> throw new IllegalStateException("organisation-names.txt: unknown kind " + cols[0]);
      };
      into.add(Names.normalize(cols[1]));
    }
  }

  /**
   * Whether words {@code [a, b)} (an article first allowed) name an organisation.
   *
   * @param w the words
   * @param a the first word
   * @param b the index after the last
   * @return true for an organisation's name
   */
  boolean names(WordTokens w, int a, int b) {
    int i = a;
    if (b - a > 1 && ARTICLES.contains(w.key(a))) {
      i++;
    }
    int n = b - i;
    if (n < 1 || n > MAX_WORDS || !w.word(i) || !w.word(b - 1)) {
      return false;
    }
    String first = bare(w.text(i));
    if (first.isEmpty() || !Character.isUpperCase(first.codePointAt(0)) || !w.startsUpper(b - 1) && n > 1) {
      return false;
    }
    String firstKey = Names.normalize(first);
    if (NOT_NAMES.contains(firstKey) || CONNECTORS.contains(firstKey)) {
      return false;
    }
    if (n == 1) {
      return names.contains(firstKey) || first.length() >= MIN_COMPOUND && endsWithEnding(firstKey);
    }
    if (lexicon.isFirstName(firstKey)) {
      return false; // "Margaret Court": a person
    }
    boolean head = false;
    for (int k = i; k < b; k++) {
      if (!w.word(k)) {
        return false;
      }
      String key = w.key(k);
      if (w.startsUpper(k) || k == i) {
        head |= heads.contains(key);
      } else if (!CONNECTORS.contains(key)) {
        return false;
      }
    }
    return head;
  }

  private boolean endsWithEnding(String key) {
    for (int k = 1; k <= key.length() - 3; k++) {
      if (endings.contains(key.substring(k))) {
        return true;
      }
    }
    return false;
  }

  /** The word without a leading elision ({@code l'Insee} is {@code Insee}). */
  private static String bare(String word) {
    return word.substring(Words.elisionLength(word, 0, word.length()));
  }
}
