package io.github.ascribe.core.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the registry key a misspelt name most likely means, and refuses when it could be another
 * real name.
 *
 * <p>A candidate key matches when it has the same words as the name except exactly one, and that
 * word pair is a typo: both at least {@value #MIN_WORD} characters with the same first two
 * characters, and either two adjacent characters swapped ({@code Reuetrs}, {@code Guardain}), or, in
 * words of at least {@value #MIN_EDIT_WORD} characters, one character inserted, deleted or replaced
 * (Levenshtein distance 1, from Commons Text) away from the first two and the last three characters
 * and not doubling or undoubling a letter. The best candidate must be unique. Those exclusions are
 * where real names in different languages differ ({@code 20 Minutes}/{@code 20 Minuten}, {@code
 * la Repubblica}/{@code La República}, {@code BusinessLine}/{@code BusinessLIVE}). Short words and acronyms are never matched fuzzily: {@code
 * TASS}/{@code TASR}, {@code IRNA}/{@code ISNA}, {@code Belga}/{@code BelTA} are all real agencies.
 * The rules are tested by removing each registry source in turn and checking that none of its names
 * then fuzzily resolves to another source.
 *
 * @param <T> the value keys map to
 */
public final class FuzzyMatcher<T> {

  /** The shortest word that may be matched fuzzily (by an adjacent swap). */
  public static final int MIN_WORD = 6;

  /** The shortest word in which one inserted, deleted or replaced character is taken for a typo. */
  public static final int MIN_EDIT_WORD = 8;

  private static final LevenshteinDistance WITHIN_1 = new LevenshteinDistance(1);

  /**
   * Keys by their first two characters: a typo never touches the first two characters of its word,
   * and every other word must be equal, so a name and its key always share them. One look-up reads a
   * few dozen keys, not the whole registry.
   */
  private final Map<String, List<Entry<T>>> byPrefix = new HashMap<>();

  private record Entry<T>(String[] words, T value) {}

  /**
   * Indexes the keys eligible for fuzzy matching.
   *
   * @param entries normalised keys and their values
   */
  public FuzzyMatcher(Map<String, T> entries) {
    entries.forEach((k, v) -> {
      String[] words = k.split(" ");
      for (String w : words) {
        if (w.length() >= MIN_WORD && k.length() >= 2) {
          byPrefix.computeIfAbsent(k.substring(0, 2), x -> new ArrayList<>()).add(new Entry<>(words, v));
          return;
        }
      }
    });
  }

  /**
   * A fuzzy match result.
   *
   * @param value the matched value
   * @param key the key it matched
   * @param score similarity in (0, 1): 1 minus one edit over the name's length
   * @param <T> the value type
   */
  public record Hit<T>(T value, String key, double score) {}

  /**
   * Finds the unique key one typo away.
   *
   * @param name a normalised name
   * @return the hit, or null if none or if two different values qualify
   */
  public Hit<T> find(String name) {
    if (name.length() < 2) {
      return null;
    }
    String[] words = name.split(" ");
    T found = null;
    String[] foundKey = null;
    for (Entry<T> e : byPrefix.getOrDefault(name.substring(0, 2), List.of())) {
      String[] key = e.words();
      if (key.length != words.length || !oneTypoApart(words, key)) {
        continue;
      }
      T v = e.value();
      if (found != null && !found.equals(v)) {
        return null;
      }
      found = v;
      foundKey = key;
    }
    return found == null ? null : new Hit<>(found, String.join(" ", foundKey), 1.0 - 1.0 / Math.max(2, name.length()));
  }

  private static boolean oneTypoApart(String[] a, String[] b) {
    int differing = -1;
    for (int i = 0; i < a.length; i++) {
      if (!a[i].equals(b[i])) {
        if (differing >= 0) {
          return false;
        }
        differing = i;
      }
    }
    if (differing < 0) {
      return false;
    }
    String x = a[differing];
    String y = b[differing];
    if (x.length() < MIN_WORD || y.length() < MIN_WORD || x.charAt(0) != y.charAt(0) || x.charAt(1) != y.charAt(1)) {
      return false;
    }
    if (isTransposition(x, y)) {
      return true;
    }
    if (Math.min(x.length(), y.length()) < MIN_EDIT_WORD || WITHIN_1.apply(x, y) != 1) {
      return false;
    }
    int at = firstDifference(x, y);
    int shorter = Math.min(x.length(), y.length());
    if (at < 2 || at >= shorter - 3) {
      return false; // word starts and endings carry spelling variants: minutes/minuten, line/live
    }
    String longer = x.length() >= y.length() ? x : y;
    boolean doubling = x.length() != y.length()
        && (longer.charAt(at) == longer.charAt(at - 1) || (at + 1 < longer.length() && longer.charAt(at) == longer.charAt(at + 1)));
    return !doubling; // doubled letters are spelling variants too: repubblica/republica
  }

  private static int firstDifference(String x, String y) {
    int n = Math.min(x.length(), y.length());
    for (int i = 0; i < n; i++) {
      if (x.charAt(i) != y.charAt(i)) {
        return i;
      }
    }
    return n;
  }

  /**
   * Whether b is a with exactly two adjacent characters swapped ({@code reuetrs} / {@code reuters}).
   *
   * @param a a word
   * @param b another word
   * @return true for a single adjacent swap
   */
  static boolean isTransposition(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int first = -1;
    for (int i = 0; i < a.length(); i++) {
      if (a.charAt(i) != b.charAt(i)) {
        first = i;
        break;
      }
    }
    if (first < 0 || first + 1 >= a.length()) {
      return false;
    }
    return a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first)
        && a.regionMatches(first + 2, b, first + 2, a.length() - first - 2);
  }
}
