package io.github.ascribe.citations.internal;

import java.text.CharacterIterator;

/**
 * A range of a text seen as a text of its own, from index 0, without copying it: what ICU's sentence
 * iterator gets for each paragraph. ICU then reads exactly the characters, at exactly the indexes, it
 * would read in {@code text.substring(from, to)}, so its boundaries are the same.
 *
 * <p>It starts at 0 on purpose. A {@link java.text.StringCharacterIterator} over the range with its
 * own begin index would also avoid the copy, but ICU 79's filtered sentence iterator
 * ({@code en@ss=standard}) loses the last boundary of such a range when it ends after a suppressed
 * abbreviation ({@code ..., said Mrs. Varga.}).
 *
 * <p>Mutable, as {@link CharacterIterator}s are; {@link #clone} copies the position, not the text.
 * {@link #cover} moves it to another range of the same text, so that one serves a whole article.
 */
final class RangeText implements CharacterIterator {

  private final String s;
  private int offset;
  private int length;
  private int pos;

  /**
   * The range {@code [from, to)} of {@code s}, positioned at its start.
   *
   * @param s the text
   * @param from first index
   * @param to index past the last
   */
  RangeText(String s, int from, int to) {
    if (from < 0 || to > s.length() || from > to) {
      throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") of a text of " + s.length());
    }
    this.s = s;
    this.offset = from;
    this.length = to - from;
  }

  /**
   * Makes this the range {@code [from, to)} of the same text, positioned at its start: what {@code
   * new RangeText(s, from, to)} would be. Clones made before keep their own range.
   *
   * @param from first index
   * @param to index past the last
   * @return this
   */
  RangeText cover(int from, int to) {
    if (from < 0 || to > s.length() || from > to) {
      throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") of a text of " + s.length());
    }
    this.offset = from;
    this.length = to - from;
    this.pos = 0;
    return this;
  }

  @Override
  public char first() {
    pos = 0;
    return current();
  }

  @Override
  public char last() {
    pos = length == 0 ? 0 : length - 1;
    return current();
  }

  @Override
  public char current() {
    return pos < length ? s.charAt(offset + pos) : DONE;
  }

  @Override
  public char next() {
    if (pos < length) {
      pos++;
    }
    return current();
  }

  @Override
  public char previous() {
    if (pos == 0) {
      return DONE;
    }
    pos--;
    return current();
  }

  @Override
  public char setIndex(int position) {
    if (position < 0 || position > length) {
      throw new IllegalArgumentException("index " + position + " outside [0, " + length + "]");
    }
    pos = position;
    return current();
  }

  @Override
  public int getBeginIndex() {
    return 0;
  }

  @Override
  public int getEndIndex() {
    return length;
  }

  @Override
  public int getIndex() {
    return pos;
  }

  @Override
  public RangeText clone() {
    try {
      return (RangeText) super.clone();
    } catch (CloneNotSupportedException e) {
      throw new AssertionError(e);
    }
  }
}
