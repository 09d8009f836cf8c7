package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.citations.internal.notation.Readings;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A source pill without a count glued to a full stop, as Perplexity's page copy leaves it: {@code
 * …until 2028.bbc The deal…}, {@code …next year.reuters}. The pill is one lower-case word, right
 * after a stop that itself follows a letter or digit, and names a media source the registry knows.
 * Stateless.
 */
public final class ChipPills {

  /** The longest pill. */
  static final int MAX_PILL = 30;

  private ChipPills() {}

  /**
   * The end of the pill that starts at {@code at}, right after a glued full stop, or -1: the pill
   * ends at a blank or at {@code to}.
   *
   * @param s the text
   * @param at where the pill would start
   * @param to where the range ends
   * @param read reads a range as notation, empty where it is prose
   * @return the pill's end, or -1
   */
  public static int endAt(String s, int at, int to, BiFunction<Integer, Integer, Optional<NotationResult>> read) {
    if (at < 2 || at >= to || s.charAt(at - 1) != '.' || !Character.isLetterOrDigit(s.charAt(at - 2))) {
      return -1;
    }
    int e = at;
    while (e < to && e - at <= MAX_PILL && (s.charAt(e) >= 'a' && s.charAt(e) <= 'z' || s.charAt(e) >= '0'
        && s.charAt(e) <= '9')) {
      e++;
    }
    if (e - at < 2 || e - at > MAX_PILL || e < to && !TextScan.isBlank(s.charAt(e))
        || !Character.isLetter(s.charAt(at))) {
      return -1;
    }
    Optional<NotationResult> r = read.apply(at, e);
    boolean known = r.isPresent() && r.get().isNotation() && Readings.any(r.get())
        && Readings.all(r.get(), m -> m.match().isResolved() && m.source().isMedia());
    return known ? e : -1;
  }
}
