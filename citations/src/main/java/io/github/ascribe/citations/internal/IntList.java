package io.github.ascribe.citations.internal;

import java.util.Arrays;

/**
 * A growable list of ints, without a box per value: the claim indexes of a paragraph and the
 * sentence bounds of one, as the article reader collects them. Not thread-safe.
 */
final class IntList {
  private int[] values;
  private int size;

  /** An empty list with room for {@code capacity} values before it grows. */
  IntList(int capacity) {
    this.values = new int[Math.max(capacity, 1)];
  }

  void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = value;
  }

  /** Inserts {@code value} at {@code index}, moving the values from there one place up. */
  void add(int index, int value) {
    if (index < 0 || index > size) {
      throw new IndexOutOfBoundsException("index " + index + " of a list of " + size);
    }
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    System.arraycopy(values, index, values, index + 1, size - index);
    values[index] = value;
    size++;
  }

  int get(int index) {
    if (index >= size) {
      throw new IndexOutOfBoundsException("index " + index + " of a list of " + size);
    }
    return values[index];
  }

  /** The last value; the list must not be empty. */
  int last() {
    return get(size - 1);
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Empties the list, keeping its array. */
  void clear() {
    size = 0;
  }
}
