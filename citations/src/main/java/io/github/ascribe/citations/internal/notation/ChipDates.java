package io.github.ascribe.citations.internal.notation;

import java.util.Locale;
import java.util.Set;

/**
 * Dates that answer engines print beside a chip ({@code The Guardian +1 · 2026-06-02}, {@code Reuters
 * · Jun 4, 2026}, {@code BBC · 3 days ago}): in a name's place they are a date, never a source.
 * Stateless.
 */
public final class ChipDates {

  private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
      "sep", "sept", "oct", "nov", "dec", "january", "february", "march", "april", "june", "july", "august",
      "september", "october", "november", "december");
  private static final Set<String> UNITS = Set.of("s", "sec", "secs", "second", "seconds", "m", "min", "mins",
      "minute", "minutes", "h", "hr", "hrs", "hour", "hours", "d", "day", "days", "w", "wk", "week", "weeks",
      "mo", "month", "months", "y", "yr", "year", "years");

  /** A date is short. */
  private static final int MAX = 24;

  private ChipDates() {}

  /**
   * Whether a name as written is a date: {@code 2026-06-04}, {@code 6/4/2026}, {@code 4.6.2026},
   * {@code Jun 4, 2026}, {@code 4 June 2026}, {@code June 2026}, {@code 3 days ago}, {@code 2h ago},
   * {@code yesterday}.
   *
   * @param written the name
   * @return true for a date
   */
  public static boolean isDate(String written) {
    int a = 0;
    int b = written.length();
    while (a < b && Character.isWhitespace(written.charAt(a))) {
      a++;
    }
    while (b > a && Character.isWhitespace(written.charAt(b - 1))) {
      b--;
    }
    if (b - a > MAX) {
      return false; // spec: a date is short (lower-casing never makes a text shorter)
    }
    String w = written.substring(a, b).toLowerCase(Locale.ROOT);
    if (w.isEmpty() || w.length() > MAX) {
      return false;
    }
    if (w.equals("yesterday") || w.equals("today") || w.equals("just now")) {
      return true;
    }
    if (isNumeric(w)) {
      return true;
    }
    String[] words = w.replace(",", " ").trim().split("\\s+");
    if (words.length >= 2 && words[words.length - 1].equals("ago")) {
      return relative(words);
    }
    int months = 0;
    for (String word : words) {
      String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
      if (MONTHS.contains(bare)) {
        months++;
      } else if (!isDigits(bare) || bare.length() > 4) {
        return false;
      }
    }
    return months == 1 && words.length >= 2 && words.length <= 3;
  }

  /**
   * Whether a name of four digits is the year of a date written before it with a comma: {@code
   * 2026} in {@code Reuters +1 · Jun 4, 2026}, where the comma splits the date into two names.
   *
   * @param s the text
   * @param start where the name starts
   * @param written the name
   * @return true for such a year
   */
  public static boolean isYearOfDate(String s, int start, String written) {
    String w = written.strip();
    if (w.length() != 4 || !isDigits(w) || (!w.startsWith("19") && !w.startsWith("20"))) {
      return false;
    }
    int k = start;
    while (k > 0 && Character.isWhitespace(s.charAt(k - 1))) {
      k--;
    }
    if (k == 0 || s.charAt(k - 1) != ',') {
      return false;
    }
    int end = k - 1;
    int from = end;
    for (int words = 0; words < 2 && from > 0; words++) {
      while (from > 0 && Character.isWhitespace(s.charAt(from - 1))) {
        from--;
      }
      while (from > 0 && !Character.isWhitespace(s.charAt(from - 1))) {
        from--;
      }
    }
    // spec: "Jun 4" or "June 4" before the comma, with the year after it, is one date
    return end - from <= MAX && isDate(s.substring(from, end) + " " + w);
  }

  /** spec: digits in two or three groups joined by one kind of "-", "/" or ".", with a year of four digits. */
  private static boolean isNumeric(String w) {
    char sep = 0;
    int groups = 1;
    boolean year = false;
    int run = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= '0' && c <= '9') {
        run++;
        continue;
      }
      if ((c != '-' && c != '/' && c != '.') || (sep != 0 && c != sep) || run == 0) {
        return false;
      }
      year |= run == 4;
      sep = c;
      groups++;
      run = 0;
    }
    year |= run == 4;
    return sep != 0 && run > 0 && groups >= 2 && groups <= 3 && year;
  }

  /** spec: "3 days ago", "2h ago", "an hour ago". */
  private static boolean relative(String[] words) {
    if (words.length == 2) {
      String w = words[0];
      int k = 0;
      while (k < w.length() && Character.isDigit(w.charAt(k))) {
        k++;
      }
      return k > 0 && UNITS.contains(w.substring(k));
    }
    return words.length == 3 && (isDigits(words[0]) || words[0].equals("an") || words[0].equals("a"))
        && UNITS.contains(words[1]);
  }

  private static boolean isDigits(String w) {
    if (w.isEmpty()) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
