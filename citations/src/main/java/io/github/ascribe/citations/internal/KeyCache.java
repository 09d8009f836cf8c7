package io.github.ascribe.citations.internal;

import io.github.ascribe.core.text.Names;

/**
 * The normalised keys of words seen recently in one article, so that a word met again is neither
 * copied nor normalised again. A direct-mapped table from the word as written to its {@link
 * Names#normalize} key: a look-up hashes the characters in place and compares them with the entry;
 * a miss computes the key and replaces the entry. The answer is always {@code
 * Names.normalize(text)}; the table only saves work. The returned keys also keep their hash codes,
 * which makes the set look-ups that follow cheaper. Not thread-safe: one per article being read.
 */
final class KeyCache {

  private static final int SIZE = 1024;
  private static final int MAX_LENGTH = 40;

  private final String[] written = new String[SIZE];
  private final String[] keys = new String[SIZE];

  /**
   * The key of {@code s[start, end)}.
   *
   * @param s the text
   * @param start first index
   * @param end index past the last
   * @return {@code Names.normalize(s.substring(start, end))}
   */
  String key(String s, int start, int end) {
    int len = end - start;
    if (len > MAX_LENGTH) {
      return Names.normalize(s.substring(start, end));
    }
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + s.charAt(i);
    }
    int slot = (h ^ (h >>> 10) ^ (h >>> 20)) & (SIZE - 1);
    String w = written[slot];
    if (w != null && w.length() == len && s.regionMatches(start, w, 0, len)) {
      return keys[slot];
    }
    w = s.substring(start, end);
    String key = Names.normalize(w);
    written[slot] = w;
    keys[slot] = key;
    return key;
  }
}
