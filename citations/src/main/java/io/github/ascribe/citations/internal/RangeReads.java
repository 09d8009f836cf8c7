package io.github.ascribe.citations.internal;

import io.github.ascribe.citations.NotationResult;
import java.util.HashMap;
import java.util.Map;

/**
 * Notation already read from ranges of one text, so that a range read once is not parsed again:
 * the glued-chip search reads the chips it splits off a sentence, and the trailer search of that
 * sentence then reads the same range. Every kept reading is what {@link
 * NotationReader#readUnlessProse} gave for a range the {@link NotationPrefilter} let through; a
 * range of any other text is never found. Not thread-safe: one per article being read.
 */
final class RangeReads {

  /** A range's text and what reading it gave. */
  record Read(String text, NotationResult result) {}

  private final String s;
  private final Map<Long, Read> reads = new HashMap<>();

  /**
   * A store for ranges of one text.
   *
   * @param s the text
   */
  RangeReads(String s) {
    this.s = s;
  }

  /**
   * Keeps the reading of {@code s[from, to)}.
   *
   * @param from first index
   * @param to index past the last
   * @param text {@code s.substring(from, to)}
   * @param result {@code readUnlessProse(text)}, not null, for a range the prefilter let through
   */
  void put(int from, int to, String text, NotationResult result) {
    reads.put(key(from, to), new Read(text, result));
  }

  /**
   * The reading kept for {@code text[from, to)}.
   *
   * @param text the text the range is in
   * @param from first index
   * @param to index past the last
   * @return the reading, or null if none is kept (or {@code text} is another text)
   */
  Read get(String text, int from, int to) {
    return text == s && !reads.isEmpty() ? reads.get(key(from, to)) : null;
  }

  private static long key(int from, int to) {
    return (long) from << 32 | (to & 0xFFFFFFFFL);
  }
}
