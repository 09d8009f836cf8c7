package io.github.ascribe.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the registry key a misspelt name most likely means.
 *
 * <p>Rules, in {@code docs/registry.md}: the name must have at least 4 letters; a candidate key must
 * have the same number of words and the same first character, must not be a prefix or extension of
 * the name (that is a different name, not a typo: {@code The Nation} is not {@code The National}), and
 * must be within Levenshtein distance 1 (keys up to 9 characters) or 2 (longer keys), a swap of two
 * adjacent characters counting as one edit; the best candidate must be unique.
 *
 * @param <T> the value keys map to
 */
public final class FuzzyMatcher<T> {

  /** The smallest number of letters a name needs before it is matched fuzzily. */
  public static final int MIN_LETTERS = 4;

  private static final LevenshteinDistance WITHIN_2 = new LevenshteinDistance(2);

  private final List<String> keys = new ArrayList<>();
  private final List<T> values = new ArrayList<>();

  /**
   * Indexes the keys eligible for fuzzy matching.
   *
   * @param entries normalised keys and their values
   */
  public FuzzyMatcher(Map<String, T> entries) {
    entries.forEach((k, v) -> {
      if (letters(k) >= MIN_LETTERS) {
        keys.add(k);
        values.add(v);
      }
    });
  }

  /**
   * A fuzzy match result.
   *
   * @param value the matched value
   * @param key the key it matched
   * @param score similarity in (0, 1): 1 minus distance over the longer length
   * @param <T> the value type
   */
  public record Hit<T>(T value, String key, double score) {}

  /**
   * Finds the unique closest key.
   *
   * @param name a normalised name
   * @return the hit, or null if none or if two different values tie
   */
  public Hit<T> find(String name) {
    if (letters(name) < MIN_LETTERS) {
      return null;
    }
    int words = words(name);
    int best = Integer.MAX_VALUE;
    T bestValue = null;
    String bestKey = null;
    boolean tie = false;
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      if (Math.abs(key.length() - name.length()) > 2 || words(key) != words || key.charAt(0) != name.charAt(0)
          || key.startsWith(name) || name.startsWith(key)) {
        continue;
      }
      int limit = Math.max(key.length(), name.length()) <= 9 ? 1 : 2;
      int d = isTransposition(name, key) ? 1 : WITHIN_2.apply(name, key);
      if (d < 0 || d > limit) {
        continue;
      }
      if (d < best) {
        best = d;
        bestValue = values.get(i);
        bestKey = key;
        tie = false;
      } else if (d == best && !values.get(i).equals(bestValue)) {
        tie = true;
      }
    }
    if (bestValue == null || tie) {
      return null;
    }
    double score = 1.0 - (double) best / Math.max(bestKey.length(), name.length());
    return new Hit<>(bestValue, bestKey, score);
  }

  /** Whether b is a with exactly two adjacent characters swapped ({@code reuetrs} / {@code reuters}). */
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

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetter(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  private static int words(String s) {
    int n = 1;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) == ' ') {
        n++;
      }
    }
    return n;
  }
}
