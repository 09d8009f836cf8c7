package io.github.ascribe.citations.internal.source;

import java.util.Map;

/**
 * A map from normalised keys to values that a token of a {@link WordTable} looks up without making
 * its key: an ASCII word is found by the hash code of its key and then compared in place; any other
 * token by its key. The values must not be null. Answers exactly as {@code map.get(key)}. Immutable; thread-safe.
 *
 * @param <V> the values
 */
final class KeyIndex<V> {

  private final Map<String, V> map;
  private final String[] keys;
  /** The hash code of each key, beside it: a probe compares hashes without reading the key. */
  private final int[] hashes;
  private final Object[] values;
  private final int mask;

  /**
   * An index of a map.
   *
   * @param map normalised keys and their values; not changed afterwards
   */
  KeyIndex(Map<String, V> map) {
    this.map = map;
    int size = Integer.highestOneBit(Math.max(4, map.size() * 4) - 1) << 1;
    keys = new String[size];
    hashes = new int[size];
    values = new Object[size];
    mask = size - 1;
    map.forEach((k, v) -> {
      int i = spread(k.hashCode()) & mask;
      while (keys[i] != null) {
        i = (i + 1) & mask;
      }
      keys[i] = k;
      hashes[i] = k.hashCode();
      values[i] = v;
    });
  }

  /**
   * An index of a set: {@link #contains} answers as {@code set.contains(key)}.
   *
   * @param set normalised keys; not changed afterwards
   * @return the index
   */
  static KeyIndex<Boolean> of(java.util.Set<String> set) {
    Map<String, Boolean> map = new java.util.HashMap<>();
    set.forEach(k -> map.put(k, Boolean.TRUE));
    return new KeyIndex<>(map);
  }

  /**
   * Whether the key of token {@code i} of {@code w} is a key here.
   *
   * @return {@code map.containsKey(w.key(i))}
   */
  boolean contains(WordTable w, int i) {
    return get(w, i) != null;
  }

  /**
   * The value of the key of token {@code i} of {@code w} (a word or a punctuation mark).
   *
   * @return {@code map.get(w.key(i))}
   */
  @SuppressWarnings("unchecked")
  V get(WordTable w, int i) {
    if (!w.asciiWord(i)) {
      return map.get(w.key(i));
    }
    int h = w.asciiWordHash(i);
    for (int k = spread(h) & mask; keys[k] != null; k = (k + 1) & mask) {
      if (hashes[k] == h && w.wordKeyEquals(i, keys[k])) {
        return (V) values[k];
      }
    }
    return null;
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B9;
  }
}
