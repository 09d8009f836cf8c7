package io.github.ascribe.citations.internal;

import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;

/** An attribution being built: its claims are filled in as the article is read. Parser-private. */
final class Pending {
  final AttributionForm form;
  final String rule;
  final Span span;
  /** Immutable, so that the attribution made from it keeps this list instead of copying it. */
  final List<SourceMention> mentions;
  final int unnamed;
  final OptionalInt total;
  final ClaimSet claims = new ClaimSet();

  Pending(AttributionForm form, String rule, Span span, List<SourceMention> mentions, int unnamed, OptionalInt total) {
    this.form = form;
    this.rule = rule;
    this.span = span;
    this.mentions = List.copyOf(mentions);
    this.unnamed = unnamed;
    this.total = total;
  }

  /**
   * The indexes of the claims an attribution covers: a set of ints that is mostly appended to in
   * ascending order, so it keeps an array and sorts (and drops repeats) only when asked for its list.
   * Most attributions cover one claim, which is kept without an array.
   */
  static final class ClaimSet {
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

    /** @return the claims, ascending and distinct */
    List<Integer> toList() {
      if (size == 0) {
        return List.of();
      }
      if (values == NONE) {
        return List.of(first);
      }
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
      if (size == 1) {
        return List.of(values[0]);
      }
      if (size == 2) {
        return List.of(values[0], values[1]);
      }
      Integer[] boxed = new Integer[size];
      for (int k = 0; k < size; k++) {
        boxed[k] = values[k];
      }
      return List.of(boxed);
    }
  }
}
