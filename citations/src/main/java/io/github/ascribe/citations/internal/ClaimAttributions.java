package io.github.ascribe.citations.internal;

import io.github.ascribe.core.Attribution;
import java.util.ArrayList;
import java.util.List;

/**
 * The attributions of each claim of an article, in the order they are added. Most claims have none,
 * one or two: those are kept in two arrays and handed out as {@code List.of} lists, which {@link
 * io.github.ascribe.core.Claim} keeps without a copy; a list is made only for a claim with more.
 * Not thread-safe: one per article being built.
 */
final class ClaimAttributions {
  private final Attribution[] first;
  private final Attribution[] second;
  /** The attributions of the claims with more than two, or null while no claim has. */
  private List<Attribution>[] more;

  /** Room for claims {@code 0} to {@code claims - 1}. */
  ClaimAttributions(int claims) {
    this.first = new Attribution[claims];
    this.second = new Attribution[claims];
  }

  /** Adds an attribution to claim {@code claim}. */
  @SuppressWarnings("unchecked")
  void add(int claim, Attribution a) {
    if (first[claim] == null) {
      first[claim] = a;
    } else if (second[claim] == null) {
      second[claim] = a;
    } else {
      if (more == null) {
        more = new List[first.length];
      }
      if (more[claim] == null) {
        more[claim] = new ArrayList<>(4);
        more[claim].add(first[claim]);
        more[claim].add(second[claim]);
      }
      more[claim].add(a);
    }
  }

  /** @return the attributions of claim {@code claim}, in the order added; immutable */
  List<Attribution> of(int claim) {
    if (more != null && more[claim] != null) {
      return List.copyOf(more[claim]);
    }
    if (first[claim] == null) {
      return List.of();
    }
    return second[claim] == null ? List.of(first[claim]) : List.of(first[claim], second[claim]);
  }
}
