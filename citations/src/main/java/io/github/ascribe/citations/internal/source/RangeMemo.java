package io.github.ascribe.citations.internal.source;

import java.util.Arrays;

/**
 * Answers remembered for pieces of text, looked up by a range of a larger text without copying it:
 * a direct-mapped table from the text as written to a value. A look-up hashes the characters in
 * place (as {@link String#hashCode} would) and compares them with the entry in their slot; a miss
 * answers null, and {@link #put} replaces the entry. The table starts small and doubles, up to a
 * limit, while it misses often, so that short articles stay cheap and long ones hit. Only for
 * values that are a function of the text: the memo saves work, it never changes an answer. Not
 * thread-safe: one per article being read.
 *
 * @param <V> the remembered values
 */
final class RangeMemo<V> {

  private static final int INITIAL = 64;
  private static final int MAX = 8192;
  /** Longer texts are neither remembered nor looked up. */
  static final int MAX_LENGTH = 64;

  /** Made at the first {@link #put}: an article too short to meet a word twice makes none. */
  private String[] written;
  private Object[] values;
  private int misses;

  /**
   * The value remembered for {@code s[start, end)}.
   *
   * @return the value, or null if none is remembered
   */
  @SuppressWarnings("unchecked")
  V get(String s, int start, int end) {
    int len = end - start;
    if (len > MAX_LENGTH) {
      return null;
    }
    if (written == null) {
      misses++;
      return null;
    }
    int h = 0;
    for (int i = start; i < end; i++) {
      h = 31 * h + s.charAt(i);
    }
    int slot = slot(h, written.length);
    String w = written[slot];
    if (w != null && w.length() == len && s.regionMatches(start, w, 0, len)) {
      return (V) values[slot];
    }
    misses++;
    return null;
  }

  /**
   * Remembers a value for a text (if it is not longer than {@link #MAX_LENGTH}).
   *
   * @param text the text as written
   * @param value its value, not null
   */
  void put(String text, V value) {
    if (text.length() > MAX_LENGTH) {
      return;
    }
    if (written == null) {
      written = new String[INITIAL];
      values = new Object[INITIAL];
    } else if (misses > 2 * written.length && written.length < MAX) {
      grow();
    }
    int slot = slot(text.hashCode(), written.length);
    written[slot] = text;
    values[slot] = value;
  }

  private void grow() {
    String[] oldWritten = written;
    Object[] oldValues = values;
    written = new String[oldWritten.length * 2];
    values = new Object[oldWritten.length * 2];
    misses = 0;
    for (int i = 0; i < oldWritten.length; i++) {
      if (oldWritten[i] != null) {
        int slot = slot(oldWritten[i].hashCode(), written.length);
        written[slot] = oldWritten[i];
        values[slot] = oldValues[i];
      }
    }
  }

  private static int slot(int h, int size) {
    return (h ^ (h >>> 11) ^ (h >>> 22)) & (size - 1);
  }

  @Override
  public String toString() {
    return "RangeMemo" + Arrays.asList(written == null ? 0 : written.length, misses);
  }
}
