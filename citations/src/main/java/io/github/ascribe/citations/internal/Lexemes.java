package io.github.ascribe.citations.internal;

import java.util.Arrays;

/**
 * The raw pieces of notation {@link NotationLexer} finds, before structure is decided, by index in
 * order: each has a kind, a first UTF-16 index, an index past its last unit, and for a count or a
 * total its number ({@code -1} when out of range; else 0), and a memo slot a reader may fill (0
 * until then). Kept in one array of four ints per lexeme rather than as objects, since there is
 * about one for every three characters; an instance can be {@link #clear cleared} and filled again.
 */
final class Lexemes {

  enum Kind {
    /** Letters, digits and in-word punctuation. */
    WORD,
    /** A URL ({@code https://...}, {@code www....}). */
    URL,
    /** White space and invisible format characters. */
    SPACE,
    /** {@code , ; / | · • & +} and their full-width forms, or a spaced dash. */
    SEP,
    /** {@code +N}. */
    PLUS_COUNT,
    /** {@code =N}. */
    EQ_NUMBER,
    /** {@code =} before a name. */
    EQ,
    /** {@code (} or {@code [}. */
    OPEN,
    /** {@code )} or {@code ]}. */
    CLOSE,
    /** {@code (url)} right after {@code ]}. */
    LINK_TARGET,
    /** {@code *} runs (markdown emphasis). */
    EMPH,
    /** {@code :}. */
    COLON
  }

  private static final Kind[] KINDS = Kind.values();
  /** The number of a lexeme is stored above its kind's ordinal, which takes these bits. */
  private static final int KIND_BITS = 4;

  /** Ints per lexeme. */
  private static final int STRIDE = 4;

  /** Per lexeme: kind ordinal and number, start, end, memo. */
  private int[] data;
  private int size;

  Lexemes(int capacity) {
    data = new int[STRIDE * Math.max(capacity, 4)];
  }

  /** Forgets every lexeme, keeping the array for the next ones. */
  void clear() {
    size = 0;
  }

  /** How many lexemes fit before the array grows. */
  int capacity() {
    return data.length / STRIDE;
  }

  void add(Kind kind, int start, int end, long value) {
    int at = STRIDE * size;
    if (at + STRIDE > data.length) {
      data = Arrays.copyOf(data, data.length * 2);
    }
    data[at] = (int) (value + 1) << KIND_BITS | kind.ordinal();
    data[at + 1] = start;
    data[at + 2] = end;
    data[at + 3] = 0;
    size++;
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  Kind kind(int i) {
    return KINDS[data[STRIDE * i] & ((1 << KIND_BITS) - 1)];
  }

  boolean is(int i, Kind k) {
    return (data[STRIDE * i] & ((1 << KIND_BITS) - 1)) == k.ordinal();
  }

  int start(int i) {
    return data[STRIDE * i + 1];
  }

  int end(int i) {
    return data[STRIDE * i + 2];
  }

  /** The number of a count or total, {@code -1} when out of range; 0 for other lexemes. */
  long value(int i) {
    return (data[STRIDE * i] >> KIND_BITS) - 1;
  }

  /** The memo of lexeme i: 0 until {@link #memo(int, int)} sets it. */
  int memo(int i) {
    return data[STRIDE * i + 3];
  }

  /** Sets the memo of lexeme i. */
  void memo(int i, int value) {
    data[STRIDE * i + 3] = value;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < size; i++) {
      sb.append(i > 0 ? ", " : "").append(kind(i)).append('[').append(start(i)).append(',').append(end(i)).append(')');
    }
    return sb.append(']').toString();
  }
}
