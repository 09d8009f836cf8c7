package io.github.ascribe.benchmarks;

import java.util.Set;

/**
 * The one hash table of the yardsticks ({@link WordFloor}, {@link NotationFloor}): lower-cased
 * strings in open addressing, each looked up by the hash its caller computed while scanning a range
 * of text, then compared in place. Kept apart from the library's own tables, so that a yardstick
 * depends on none of its internals. Immutable and thread-safe.
 */
final class KeyTable {

  private final String[] keys;
  private final int[] hashes;
  private final int mask;

  /** @param keys lower-cased strings */
  KeyTable(Set<String> keys) {
    // a quarter full at most, and each hash spread: a miss, the common case, mostly meets an empty slot
    int size = Integer.highestOneBit(Math.max(4, keys.size() * 4 - 1)) << 1;
    this.keys = new String[size];
    hashes = new int[size];
    mask = size - 1;
    for (String k : keys) {
      int h = k.hashCode();
      int slot = spread(h) & mask;
      while (this.keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      this.keys[slot] = k;
      hashes[slot] = h;
    }
  }

  /** @return how many keys the table holds */
  int size() {
    int n = 0;
    for (String k : keys) {
      n += k == null ? 0 : 1;
    }
    return n;
  }

  /**
   * A character lower-cased as the callers hash it: {@code h = 31 * h + lower(c)} over a range gives
   * the hash {@link #contains} expects.
   *
   * @param c a character
   * @return its lower case, as {@link #contains} compares it
   */
  static int lower(char c) {
    return c < 0x80 ? (c >= 'A' && c <= 'Z' ? c + 32 : c) : Character.toLowerCase(c);
  }

  /**
   * Whether {@code s[from, to)}, lower-cased, is a key.
   *
   * @param h the {@link String#hashCode} of the range lower-cased by {@link #lower}
   * @return true if it is
   */
  boolean contains(String s, int from, int to, int h) {
    for (int slot = spread(h) & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == h && equalsLowered(keys[slot], s, from, to)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code key} is {@code s[from, to)} lower-cased by {@link #lower}, character by character. */
  private static boolean equalsLowered(String key, String s, int from, int to) {
    if (key.length() != to - from) {
      return false;
    }
    for (int k = 0; k < key.length(); k++) {
      if (lower(s.charAt(from + k)) != key.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B9;
  }
}
