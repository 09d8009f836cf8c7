package io.github.ascribe.citations.internal;

import java.util.Arrays;
import java.util.List;

/**
 * The indexes of the claims an attribution covers: a set of ints that is mostly appended to in
 * ascending order, so it keeps an array and sorts (and drops repeats) only when asked for its list.
 * Most attributions cover one claim, which is kept without an array. Not final: a {@link Pending}
 * is the set of its own claims, so that an attribution being built is one object, not two.
 */
class ClaimSet {
  private static final int[] NONE = {};

  /** The first claim added, while {@link #values} is {@link #NONE}. */
  private int first;
  private int[] values = NONE;
  private int size;
  /** Whether the claims held are strictly ascending. */
  private boolean ascending = true;

  void add(int claim) {
    if (size > 0) {
      int last = size == 1 && values == NONE ? first : values[size - 1];
      if (claim <= last) {
        if (claim == last) {
          return;
        }
        ascending = false;
      }
    }
    if (size == 0) {
      first = claim;
      size = 1;
      return;
    }
    if (values == NONE) {
      values = new int[4];
      values[0] = first;
    } else if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = claim;
  }

  /** Adds the claims {@code [from, to)}: none if {@code to <= from}. */
  void addRange(int from, int to) {
    for (int c = from; c < to; c++) {
      add(c);
    }
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** @return the claims, ascending and distinct, each boxed on its own */
  List<Integer> toList() {
    return toList(null);
  }

  /**
   * {@link #toList()} made with the boxes and one-claim lists of {@code shared}, which the lists of
   * the other attributions of the article share.
   *
   * @param shared the article's boxes, or null to box each claim on its own
   * @return a list equal to {@link #toList()}
   */
  List<Integer> toList(Shared shared) {
    if (size == 0) {
      return List.of();
    }
    if (values == NONE) {
      return single(first, shared);
    }
    sortDistinct();
    if (size == 1) {
      return single(values[0], shared);
    }
    if (size == 2) {
      return List.of(box(values[0], shared), box(values[1], shared));
    }
    Integer[] boxed = new Integer[size];
    for (int k = 0; k < size; k++) {
      boxed[k] = box(values[k], shared);
    }
    return List.of(boxed);
  }

  private static Integer box(int claim, Shared shared) {
    return shared == null ? Integer.valueOf(claim) : shared.box(claim);
  }

  private static List<Integer> single(int claim, Shared shared) {
    return shared == null ? List.of(claim) : shared.single(claim);
  }

  private void sortDistinct() {
    if (!ascending) {
      Arrays.sort(values, 0, size);
      int n = 0;
      for (int k = 0; k < size; k++) {
        if (n == 0 || values[k] != values[n - 1]) {
          values[n++] = values[k];
        }
      }
      size = n;
      ascending = true;
    }
  }

  /**
   * The boxed claim indexes and one-claim lists of one article, each made the first time an
   * attribution's claims need it and then shared by all the attributions that cover the claim:
   * immutable values, so sharing them changes nothing but the allocation. Not thread-safe.
   */
  static final class Shared {
    private final Integer[] boxes;
    private final List<Integer>[] singles;

    /** Room for claims {@code 0} to {@code claims - 1}. */
    @SuppressWarnings("unchecked")
    Shared(int claims) {
      this.boxes = new Integer[claims];
      this.singles = new List[claims];
    }

    /** @return {@code claim} boxed, the same box each time */
    Integer box(int claim) {
      Integer b = boxes[claim];
      if (b == null) {
        b = claim;
        boxes[claim] = b;
      }
      return b;
    }

    /** @return {@code List.of(claim)}, the same list each time */
    List<Integer> single(int claim) {
      List<Integer> l = singles[claim];
      if (l == null) {
        l = List.of(box(claim));
        singles[claim] = l;
      }
      return l;
    }
  }
}
