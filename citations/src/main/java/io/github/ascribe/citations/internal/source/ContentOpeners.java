package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.text.Names;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words right after a cue that tell whether content starts there: a complementizer ({@code
 * said that}, {@code sagte, dass}) within a few words, a time or place adjunct that is not content
 * ({@code said on Tuesday}, {@code said this week}), and the one-word contents ({@code denied that}).
 * Stateless.
 *
 * <pre>{@code
 * int afterThat = ContentOpeners.complementizer(text, afterCue, sentenceEnd); // -1 when none
 * }</pre>
 */
final class ContentOpeners {

  /** Words that introduce reported content after a cue: "said that ...", "sagte, dass ...". */
  /** What separates words: anything but letters, digits and apostrophes (compiled once). */
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}']+");
  private static final Set<String> COMPLEMENTIZERS = Set.of("that", "dass", "que", "che", "whether", "if");
  /** Words that start an adjunct after a cue, not its content: "said on Tuesday", "said in a statement". */
  private static final Set<String> TAIL_WORDS = Set.of("on", "in", "at", "during", "after", "before", "late",
      "earlier", "last", "this", "via", "through", "to", "from", "when", "while", "as", "by", "yesterday", "today",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "am", "im", "en", "ao", "em",
      "no", "na", "al", "au", "nel", "nella", "told", "said", "says", "reporters");
  /** One-word content: "The ministry denied that.", "Economists doubt it." */
  static final Set<String> PRONOUN_CONTENT = Set.of("that", "it", "this", "so");
  /** Tail words that open a time adjunct only before a time word: "this week", "late on Tuesday". */
  private static final Set<String> TIME_OPENERS = Set.of("this", "last", "late", "earlier");
  /** Words that make a time adjunct of a time opener: "this week", "late on Tuesday". */
  private static final Set<String> TIME_WORDS = Set.of("week", "month", "year", "morning", "afternoon", "evening",
      "night", "weekend", "spring", "summer", "autumn", "winter", "on", "in", "monday", "tuesday", "wednesday",
      "thursday", "friday", "saturday", "sunday", "time", "quarter", "season", "term", "session");
  /** Words that show a clause has started after a cue, before any complementizer: a subject pronoun, a finite verb. */
  private static final Set<String> CLAUSE_WORDS = Set.of("he", "she", "it", "they", "we", "i", "is", "are", "was",
      "were", "has", "have", "had", "will", "would", "could", "can");
  /** Time words that stand alone as an adjunct: "said Tuesday it would", "said yesterday". */
  private static final Set<String> DAYS = Set.of("yesterday", "today", "tonight", "earlier", "later");
  /** Words that lead a time adjunct: "late on Tuesday", "last week", "this morning", "earlier this year". */
  private static final Set<String> TIME_LEADS = Set.of("late", "early", "last", "this", "next", "earlier", "on");
  /** Subject pronouns: a clause's first word, not a later one. */
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i");
  /** Complementizers of a question: only right after the cue ("did not say whether"), not "promised to act if". */
  private static final Set<String> QUESTION_WORDS = Set.of("whether", "if");
  /** Prepositions and adverbs that open a sentence-initial adjunct: "In a statement, it said". */
  private static final Set<String> ADJUNCT_OPENERS = Set.of("in", "on", "at", "during", "after", "before", "under",
      "with", "by", "from", "later", "earlier", "separately", "meanwhile", "yesterday", "today", "asked", "outside",
      "inside", "since", "for", "through", "as");
  /** How many tokens after the cue a complementizer is looked for: "said on Tuesday night that". */
  private static final int THAT_WINDOW = 8;

  private ContentOpeners() {}

  /**
   * Whether {@code [a, b)}, the text before a source and cue, is an adjunct that opens the
   * sentence, not content: up to ten words, a preposition or an {@code -ing} participle first, no
   * finite verb ({@code In a filing on Tuesday}, {@code Speaking at a rally last night}).
   */
  static boolean openingAdjunct(String s, int a, int b) {
    if (Words.moreKeyWordsThan(s, a, b, MAX_ADJUNCT_WORDS)) {
      return false; // spec: an opening adjunct has at most ten words
    }
    String[] words = NON_WORD.split(Names.normalize(s.substring(a, b)));
    if (words.length == 0 || words.length > MAX_ADJUNCT_WORDS || words[0].isEmpty()) {
      return false;
    }
    if (!ADJUNCT_OPENERS.contains(words[0]) && !(words[0].endsWith("ing") && words[0].length() > 5)) {
      return false;
    }
    for (String w : words) {
      if (CLAUSE_WORDS.contains(w) && !w.equals("i")) {
        return false;
      }
    }
    return true;
  }

  /** The most words an opening adjunct has. */
  private static final int MAX_ADJUNCT_WORDS = 10;

  /** The number of blank-separated words in {@code [a, b)}, counting up to 3. */
  static int words(String s, int a, int b) {
    int n = 0;
    boolean in = false;
    for (int i = a; i < b && n < 3; i++) {
      boolean blank = Character.isWhitespace(s.charAt(i));
      if (!blank && !in) {
        n++;
      }
      in = !blank;
    }
    return n;
  }

  /** Whether {@code [a, b)} starts with a word that begins an adjunct, not content: "on Tuesday". */
  static boolean tail(String s, int a, int b) {
    int e = a;
    while (e < b && Character.isLetter(s.charAt(e))) {
      e++;
    }
    String word = Names.normalize(s.substring(a, e));
    if (TIME_OPENERS.contains(word)) {
      // spec: "said this week" is a time adjunct, "think this is ..." content
      int f = skipBlanks(s, e, b);
      int g = f;
      while (g < b && Character.isLetter(s.charAt(g))) {
        g++;
      }
      return TIME_WORDS.contains(Names.normalize(s.substring(f, g)));
    }
    return TAIL_WORDS.contains(word);
  }

  /**
   * The end of the first complementizer word among the first {@link #THAT_WINDOW} words of
   * {@code [a, b)}, before any quotation mark or comma, or -1.
   */
  static int complementizer(String s, int a, int b) {
    int i = a;
    for (int n = 0; n < THAT_WINDOW && i < b; n++) {
      int start = i;
      while (i < b && (Character.isLetterOrDigit(s.charAt(i))
          || i > start && (s.charAt(i) == '\'' || s.charAt(i) == '’') && i + 1 < b && Character.isLetter(s.charAt(i + 1)))) {
        i++; // a word, with an apostrophe inside: "this morning's Herald that"
      }
      if (i == start) {
        return -1; // a mark or punctuation: the window ends
      }
      String word = Names.normalize(s.substring(start, i));
      if (COMPLEMENTIZERS.contains(word) && (n == 0 || !QUESTION_WORDS.contains(word))) {
        // spec: "denied that." is the pronoun, the content itself, not a complementizer
        return skipBlanks(s, i, b) >= b || ".;".indexOf(s.charAt(skipBlanks(s, i, b))) >= 0 ? -1 : i;
      }
      if (CLAUSE_WORDS.contains(word)) {
        return -1; // "said it denied that": a clause of its own came first
      }
      if (i < b && s.charAt(i) != ' ') {
        return -1;
      }
      i++;
    }
    return -1;
  }

  /**
   * Where a reported clause starts after a time adjunct at {@code a} that has no {@code that}
   * ({@code said on Tuesday it would}, {@code said late on Monday the talks had failed}, {@code said
   * this week they}), or -1: an optional opener ({@code on}, {@code late}, {@code this}, ...) and time
   * words, then a clause: a subject pronoun, or a finite verb among its first words.
   */
  static int clauseAfterTime(String s, int a, int b) {
    int i = skipBlanks(s, a, b);
    int times = 0;
    for (int n = 0; n < 4 && i < b; n++) {
      int e = i;
      while (e < b && Character.isLetter(s.charAt(e))) {
        e++;
      }
      String word = Names.normalize(s.substring(i, e));
      boolean time = TIME_WORDS.contains(word) && !word.equals("on") && !word.equals("in") || DAYS.contains(word);
      if (!time && !(times == 0 && n == 0 && TIME_LEADS.contains(word)) && !(times == 0 && word.equals("on"))) {
        break;
      }
      times += time ? 1 : 0;
      i = skipBlanks(s, e < b && s.charAt(e) == ',' ? e + 1 : e, b);
    }
    if (times == 0 || i >= b) {
      return -1;
    }
    int k = i;
    for (int n = 0; n < 5 && k < b; n++) {
      int e = k;
      while (e < b && (Character.isLetter(s.charAt(e)) || s.charAt(e) == '\'' || s.charAt(e) == '’')) {
        e++;
      }
      if (e == k) {
        return -1; // a mark or a number before any clause word
      }
      String word = Names.normalize(s.substring(k, e));
      if (CLAUSE_WORDS.contains(word) && !(n > 0 && PRONOUNS.contains(word))) {
        return i;
      }
      k = skipBlanks(s, e, b);
    }
    return -1;
  }

  private static int skipBlanks(String s, int a, int b) {
    while (a < b && Character.isWhitespace(s.charAt(a))) {
      a++;
    }
    return a;
  }
}
