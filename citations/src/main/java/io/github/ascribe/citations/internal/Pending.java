package io.github.ascribe.citations.internal;

import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.OptionalInt;

/** An attribution being built: its claims are filled in as the article is read. Parser-private. */
final class Pending {
  final AttributionForm form;
  final String rule;
  final Span span;
  final List<SourceMention> mentions;
  final int unnamed;
  final OptionalInt total;
  final ClaimSet claims = new ClaimSet();

  Pending(AttributionForm form, String rule, Span span, List<SourceMention> mentions, int unnamed, OptionalInt total) {
    this.form = form;
    this.rule = rule;
    this.span = span;
    this.mentions = new ArrayList<>(mentions);
    this.unnamed = unnamed;
    this.total = total;
  }

  /**
   * The indexes of the claims an attribution covers: a set of ints that is mostly appended to in
   * ascending order, so it keeps an array and sorts (and drops repeats) only when asked for its list.
   */
  static final class ClaimSet {
    private int[] values = new int[4];
    private int size;
    /** Whether {@code values[0, size)} is strictly ascending. */
    private boolean ascending = true;

    void add(int claim) {
      if (size > 0 && claim <= values[size - 1]) {
        if (claim == values[size - 1]) {
          return;
        }
        ascending = false;
      }
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = claim;
    }

    void addAll(Collection<Integer> claims) {
      for (int c : claims) {
        add(c);
      }
    }

    boolean isEmpty() {
      return size == 0;
    }

    /** @return the claims, ascending and distinct */
    List<Integer> toList() {
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
      Integer[] boxed = new Integer[size];
      for (int k = 0; k < size; k++) {
        boxed[k] = values[k];
      }
      return List.of(boxed);
    }
  }
}
