package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.citations.internal.notation.Readings;
import io.github.ascribe.core.SourceMention;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * A chip's pop-up card pasted after the chip, as page copy of an answer engine catches it when the
 * pointer rested on a chip: the card's site, the story's title, a date and a snippet follow the
 * chip, glued ({@code …from 1 June.Reuters+1reuters.comTerminal to shut for six weeksMay 2, 2026 —
 * The terminal will…}) or spaced ({@code …June. Reuters +1 reuters.com Terminal to shut May 2, 2026
 * — The terminal…}). The card is neither a claim nor a source list: only the chip before it counts.
 * Stateless.
 *
 * <p>spec: after a stop, a chip whose first name the registry knows (a count after it), then the
 * card's site, which is that source again (one of its domains, or its name as the chip wrote it),
 * then a title that starts with a capital letter or a digit. Glued to the count or to the title,
 * the site alone marks a card; spaced on both sides, the card must also hold a year or a relative
 * time ({@code 3 hours ago}). The card runs to its first ellipsis ({@code …}, {@code ...}) or else
 * to the end of the paragraph.
 */
public final class ChipCards {

  /** How far after the stop a chip's count may stand. */
  static final int MAX_CHIP = 80;
  /** The longest site a card starts with. */
  static final int MAX_SITE = 80;

  /**
   * A chip with its card.
   *
   * @param chipStart where the chip starts
   * @param chipEnd where the chip's count ends
   * @param end where the card ends
   */
  public record Card(int chipStart, int chipEnd, int end) {}

  private ChipCards() {}

  /**
   * The chip and card that start after the stop at {@code stop - 1}, inside {@code [stop, to)}.
   *
   * @param s the text
   * @param stop the index after a stop
   * @param to where the paragraph (or the range) ends
   * @param read reads a range as notation, empty where it is prose
   * @return the card, if one starts there
   */
  public static Optional<Card> after(String s, int stop, int to,
      BiFunction<Integer, Integer, Optional<NotationResult>> read) {
    if (stop <= 0 || stop >= to || !isStop(s.charAt(stop - 1))) {
      return Optional.empty();
    }
    int k = stop;
    while (k < to && s.charAt(k) == ' ') {
      k++;
    }
    if (k >= to || !Character.isLetter(s.charAt(k))) {
      return Optional.empty();
    }
    int plus = -1;
    for (int i = k + 1; i + 1 < to && i - k <= MAX_CHIP; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        return Optional.empty();
      }
      if ((c == '+' || c == '＋') && Character.isDigit(s.charAt(i + 1))) {
        plus = i;
        break;
      }
    }
    if (plus < 0) {
      return Optional.empty();
    }
    int d = plus + 1;
    while (d < to && Character.isDigit(s.charAt(d))) {
      d++;
    }
    if (d < to && (s.charAt(d) == '%' || (s.charAt(d) == '.' || s.charAt(d) == ',') && d + 1 < to
        && Character.isDigit(s.charAt(d + 1)))) {
      return Optional.empty(); // a market move, not a count
    }
    Optional<NotationResult> chip = read.apply(k, d);
    if (chip.isEmpty() || !isKnownChip(chip.get())) {
      return Optional.empty();
    }
    SourceMention first = Readings.first(chip.get());
    boolean gluedSite = d < to && !TextScan.isBlank(s.charAt(d));
    int site = d;
    while (site < to && s.charAt(site) == ' ') {
      site++;
    }
    int siteEnd = siteEnd(s, site, to, first, chip.get(), k, read);
    if (siteEnd <= site || siteEnd >= to || isPlusDigit(s, siteEnd, to)) {
      return Optional.empty(); // no card, or a glued run of chips ("Reuters+1apnews.com+2")
    }
    boolean gluedTitle = !TextScan.isBlank(s.charAt(siteEnd));
    int title = siteEnd;
    while (title < to && s.charAt(title) == ' ') {
      title++;
    }
    if (title >= to || !(Character.isUpperCase(s.charAt(title)) || Character.isDigit(s.charAt(title)))) {
      return Optional.empty();
    }
    int end = cardEnd(s, title, to);
    if (!gluedSite && !gluedTitle && !datedOrTimed(s, title, end)) {
      return Optional.empty();
    }
    return Optional.of(new Card(k, d, end));
  }

  /** The end of the card's site at {@code at}: the chip's first source as a domain or by its name; or -1. */
  private static int siteEnd(String s, int at, int to, SourceMention first, NotationResult chip, int chipStart,
      BiFunction<Integer, Integer, Optional<NotationResult>> read) {
    int e = at;
    boolean dot = false;
    while (e < to && e - at <= MAX_SITE && isHostChar(s.charAt(e))) {
      dot |= s.charAt(e) == '.';
      e++;
    }
    while (e > at && (s.charAt(e - 1) == '.' || s.charAt(e - 1) == '-')) {
      e--; // "reuters.com." ends with the sentence's stop
    }
    if (dot && e > at) {
      Optional<NotationResult> host = read.apply(at, e);
      if (host.isPresent() && host.get().isNotation() && Readings.any(host.get())
          && Readings.first(host.get()).source().equals(first.source())) {
        return e;
      }
    }
    String name = s.substring(chipStart + first.span().start(), chipStart + first.span().end());
    return !name.isEmpty() && s.startsWith(name, at) ? at + name.length() : -1;
  }

  /** Where a card whose title starts at {@code title} ends: after its first ellipsis, or at {@code to}. */
  static int cardEnd(String s, int title, int to) {
    for (int i = title; i < to; i++) {
      if (s.charAt(i) == '…') {
        return i + 1;
      }
      if (s.startsWith("...", i) && i + 3 <= to) {
        return i + 3;
      }
    }
    return to;
  }

  /** Whether {@code s[from, to)} holds a year (19xx, 20xx) or a relative time ("3 hours ago"). */
  static boolean datedOrTimed(String s, int from, int to) {
    for (int i = from; i + 4 <= to; i++) {
      boolean edge = i == from || !Character.isLetterOrDigit(s.charAt(i - 1));
      boolean after = i + 4 == to || !Character.isLetterOrDigit(s.charAt(i + 4));
      if (edge && after && (s.startsWith("19", i) || s.startsWith("20", i)) && Character.isDigit(s.charAt(i + 2))
          && Character.isDigit(s.charAt(i + 3))) {
        return true;
      }
    }
    // "3 hours ago", "52 mins ago"
    for (int i = from + 1; i + 3 <= to; i++) {
      if (s.startsWith("ago", i) && TextScan.isBlank(s.charAt(i - 1))
          && (i + 3 == to || !Character.isLetter(s.charAt(i + 3)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isKnownChip(NotationResult r) {
    return r.isNotation() && Readings.counted(r) && Readings.any(r)
        && Readings.all(r, m -> m.match().isResolved() && m.source().isMedia());
  }

  private static boolean isPlusDigit(String s, int at, int to) {
    return at + 1 < to && (s.charAt(at) == '+' || s.charAt(at) == '＋') && Character.isDigit(s.charAt(at + 1));
  }

  /** A lower-case letter, digit, hyphen or full stop: what a card writes its site's domain with. */
  private static boolean isHostChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '.';
  }

  /**
   * A character that may end the sentence a chip follows.
   *
   * @param c the character
   * @return whether a card may start after it
   */
  public static boolean isStop(char c) {
    return c == '.' || c == '!' || c == '?' || c == '”' || c == '"' || c == '…';
  }
}
