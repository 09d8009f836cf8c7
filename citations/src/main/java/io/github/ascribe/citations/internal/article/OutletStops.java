package io.github.ascribe.citations.internal.article;

import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * Restores the sentence boundary after an outlet whose all-capital name the segmenter's
 * abbreviation list holds ({@code …, segundo a TSF. O sindicato …}): a full stop after a word of
 * two to six capital letters that the registry resolves exactly to an outlet or agency, followed by
 * a blank and a capital, ends a sentence. Stateless.
 */
final class OutletStops {

  /** The longest all-capital name looked up. */
  private static final int MOST_LETTERS = 6;

  private OutletStops() {}

  /**
   * Adds the boundaries of {@code s[from, to)} after such names to the ascending {@code bounds}.
   *
   * @param registry the outlets
   */
  static void split(String s, int from, int to, SourceRegistry registry, List<Integer> bounds) {
    for (int dot = s.indexOf(". ", from); dot >= 0 && dot + 2 < to; dot = s.indexOf(". ", dot + 1)) {
      int next = dot + 2;
      while (next < to && s.charAt(next) == ' ') {
        next++;
      }
      if (next >= to || !Character.isUpperCase(s.charAt(next))) {
        continue;
      }
      int start = dot;
      while (start > from && Character.isUpperCase(s.charAt(start - 1)) && dot - start <= MOST_LETTERS) {
        start--;
      }
      int letters = dot - start;
      if (letters < 2 || letters > MOST_LETTERS || (start > from && Character.isLetterOrDigit(s.charAt(start - 1)))) {
        continue;
      }
      Optional<Resolution> r = registry.resolveExact(s.substring(start, dot));
      if (r.isEmpty() || !r.get().source().isMedia()) {
        continue;
      }
      int x = dot + 1;
      int at = Collections.binarySearch(bounds, x);
      if (at < 0) {
        bounds.add(-at - 1, x);
      }
    }
  }
}
