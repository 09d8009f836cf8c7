package io.github.ascribe.citations.internal.source;

import java.util.Collection;

/**
 * The hash codes of a set of normalised keys, for ruling a key out before it is built: a key whose
 * {@link String#hashCode} is not here is not in the set (equal strings have equal hash codes), so
 * only the rare keys that pass need to be made into strings and looked up. Answers "maybe" or "no",
 * never a wrong "no". Immutable; thread-safe.
 */
final class KeyFilter {

  private final int[] slots;
  private final boolean[] used;
  private final int mask;

  /**
   * Builds the filter of a set of keys.
   *
   * @param keys normalised keys, as {@link io.github.ascribe.core.text.Names#normalize} makes them
   */
  KeyFilter(Collection<String> keys) {
    int size = Integer.highestOneBit(Math.max(4, keys.size() * 4) - 1) << 1;
    slots = new int[size];
    used = new boolean[size];
    mask = size - 1;
    for (String k : keys) {
      int h = k.hashCode();
      int i = spread(h) & mask;
      while (used[i] && slots[i] != h) {
        i = (i + 1) & mask;
      }
      used[i] = true;
      slots[i] = h;
    }
  }

  /** Whether a key with this hash code may be in the set; false means it is not. */
  boolean mayContain(int hash) {
    int i = spread(hash) & mask;
    while (used[i]) {
      if (slots[i] == hash) {
        return true;
      }
      i = (i + 1) & mask;
    }
    return false;
  }

  private static int spread(int h) {
    return (h ^ (h >>> 16)) * 0x9E3779B9;
  }
}
