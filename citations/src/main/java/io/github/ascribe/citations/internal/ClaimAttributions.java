package io.github.ascribe.citations.internal;

import io.github.ascribe.core.Attribution;
import java.util.Arrays;
import java.util.List;

/**
 * The attributions of each claim of an article, in the order they are added. Most claims have none,
 * one or two: those are kept in two arrays and handed out as {@code List.of} lists, which {@link
 * io.github.ascribe.core.Claim} keeps without a copy; an array of its own is made only for a claim
 * with more, and copied once, by {@code List.of}, when the list is asked for. Not thread-safe: one
 * per article being built.
 */
final class ClaimAttributions {
  private final Attribution[] first;
  private final Attribution[] second;
  /** The attributions of the claims with more than two, or null while no claim has. */
  private Attribution[][] more;
  /** How many of {@code more[claim]} are in use. */
  private int[] moreCount;

  /** Room for claims {@code 0} to {@code claims - 1}. */
  ClaimAttributions(int claims) {
    this.first = new Attribution[claims];
    this.second = new Attribution[claims];
  }

  /** Adds an attribution to claim {@code claim}. */
  void add(int claim, Attribution a) {
    if (first[claim] == null) {
      first[claim] = a;
    } else if (second[claim] == null) {
      second[claim] = a;
    } else {
      if (more == null) {
        more = new Attribution[first.length][];
        moreCount = new int[first.length];
      }
      Attribution[] m = more[claim];
      int n = moreCount[claim];
      if (m == null) {
        m = new Attribution[4];
        m[0] = first[claim];
        m[1] = second[claim];
        n = 2;
      } else if (n == m.length) {
        m = Arrays.copyOf(m, n * 2);
      }
      m[n++] = a;
      more[claim] = m;
      moreCount[claim] = n;
    }
  }

  /** @return the attributions of claim {@code claim}, in the order added; immutable */
  List<Attribution> of(int claim) {
    if (more != null && more[claim] != null) {
      Attribution[] m = more[claim];
      int n = moreCount[claim];
      return List.of(n == m.length ? m : Arrays.copyOf(m, n)); // List.of copies the array it is given
    }
    if (first[claim] == null) {
      return List.of();
    }
    return second[claim] == null ? List.of(first[claim]) : List.of(first[claim], second[claim]);
  }
}
