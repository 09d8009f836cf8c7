package io.github.ascribe.citations.internal.source;

import java.util.Set;

/**
 * The addressee after an English {@code tell} cue, which the annotation guide keeps out of both the
 * cue and the content: {@code told reporters the plan was dead}, {@code told me he would sell up},
 * {@code told the BBC the talks had failed}, {@code told Reuters on Tuesday that ...}. Reads one noun
 * phrase after the cue: an object pronoun, a run of capitalised words, a determiner and the words up
 * to the next determiner, pronoun or finite verb, or one lower-case word. Stateless.
 *
 * <pre>{@code
 * int contentStart = Addressees.skip(text, afterCue, sentenceEnd);
 * }</pre>
 */
final class Addressees {

  private static final Set<String> OBJECTS = Set.of("me", "him", "her", "us", "them", "you");
  private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "its", "their", "our", "my");
  /** Words that start the content, so the addressee ends before them. */
  private static final Set<String> CLAUSE_STARTS = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i",
      "his", "her", "its", "their", "our", "this", "that", "there", "no", "some", "all", "is", "are", "was", "were",
      "would", "will", "had", "has", "have", "could");
  /** The most words an addressee has. */
  private static final int MOST_WORDS = 5;

  private Addressees() {}

  /**
   * The index after the addressee that starts at {@code a} (blanks skipped before and after), or
   * {@code a} when no addressee is there.
   *
   * @param s the text
   * @param a where the words after the cue start
   * @param b the end of the sentence
   * @return where the content starts
   */
  static int skip(String s, int a, int b) {
    int i = blanks(s, a, b);
    int e = wordEnd(s, i, b);
    if (e == i) {
      return a;
    }
    String first = s.substring(i, e).toLowerCase(java.util.Locale.ROOT);
    if (OBJECTS.contains(first)) {
      return blanks(s, e, b);
    }
    if (Character.isUpperCase(s.charAt(i))) {
      int end = e;
      for (int n = 1, k = blanks(s, e, b); n < MOST_WORDS && k < b && Character.isUpperCase(s.charAt(k)); n++) {
        end = wordEnd(s, k, b);
        k = blanks(s, end, b);
      }
      return blanks(s, end, b);
    }
    if (DETERMINERS.contains(first)) {
      int end = e;
      for (int n = 1, k = blanks(s, e, b); n < MOST_WORDS && k < b; n++) {
        int we = wordEnd(s, k, b);
        if (we == k || CLAUSE_STARTS.contains(s.substring(k, we).toLowerCase(java.util.Locale.ROOT))) {
          break;
        }
        end = we;
        k = blanks(s, end, b);
      }
      return blanks(s, end, b);
    }
    return CLAUSE_STARTS.contains(first) ? a : blanks(s, e, b);
  }

  private static int blanks(String s, int i, int b) {
    while (i < b && s.charAt(i) == ' ') {
      i++;
    }
    return i;
  }

  private static int wordEnd(String s, int i, int b) {
    while (i < b && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '\'' || s.charAt(i) == '’'
        || s.charAt(i) == '-' || s.charAt(i) == '.' && i + 1 < b && Character.isLetter(s.charAt(i + 1)))) {
      i++;
    }
    return i;
  }
}
