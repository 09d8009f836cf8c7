package io.github.ascribe.citations.internal.form;

import java.util.ArrayList;
import java.util.List;

/**
 * The lexical shape of numbered markers ({@code [1]}, {@code [2][3]}, {@code [1, 3]}, {@code [1-3]},
 * {@code [^1]}, {@code [^1^]}, {@code [^1_2]}, {@code [web:1]}, superscript digits, digits glued after a
 * stop) and the numbers they name; shared by the marker form, the
 * reference lists and the sentence fixes. No form class. Stateless.
 */
public final class Markers {

  private Markers() {}

  /** The longest bracketed marker looked for ({@code [999, 999, 999, 999, 999, 999]} fits). */
  static final int MAX_MARKER = 48;

  /** Plain bracketed numbers stop below this: {@code [1998]} is a year, not a marker. */
  static final int MAX_PLAIN = 1000;

  /**
   * Whether {@code s[a, b)} is a marker's body: {@code 1}, {@code 1, 4, 8}, {@code 1-3}, {@code ^1},
   * {@code ^1^}, {@code ^1_2} (Perplexity's turn and number), {@code web:1}; a plain number is under
   * {@link #MAX_PLAIN}.
   *
   * @param s the text
   * @param a first index
   * @param b index past the last
   * @return whether it is one
   */
  public static boolean isMarkerBody(String s, int a, int b) {
    boolean caret = false;
    if (a < b && s.charAt(a) == '^') {
      a++;
      caret = true;
      if (b > a && s.charAt(b - 1) == '^') {
        b--; // spec: Copilot's [^1^]
      }
    } else if (b - a > 4 && s.startsWith("web:", a)) {
      a += 4; // spec: Perplexity's [web:1]
    }
    boolean digit = false;
    int run = 0;
    for (int i = a; i < b; i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        digit = true;
        run++;
        if (run > 3 && !caret) {
          return false; // spec: [1998] is a year
        }
      } else if (c == '_' && caret && run > 0 && i + 1 < b && Character.isDigit(s.charAt(i + 1))) {
        run = 0;
      } else if (c != ',' && c != ' ' && c != '-' && c != '–') {
        return false;
      } else {
        run = 0;
      }
    }
    return digit;
  }

  /**
   * Whether a character is a superscript digit.
   *
   * @param c the character
   * @return whether it is
   */
  public static boolean isSuperscriptDigit(char c) {
    return c == '¹' || c == '²' || c == '³' || (c >= '⁰' && c <= '⁹' && c != 'ⁱ' && c != '⁲' && c != '⁳');
  }

  /**
   * The value of a superscript digit.
   *
   * @param c a superscript digit
   * @return 0 to 9
   */
  public static int superscriptValue(char c) {
    return switch (c) {
      case '¹' -> 1;
      case '²' -> 2;
      case '³' -> 3;
      default -> c - '⁰';
    };
  }

  /**
   * Where the markers that end at {@code e} start, not before {@code from}, or -1.
   *
   * @param s the text
   * @param from the lower bound
   * @param e where they end
   * @return the start, or -1
   */
  public static int startBefore(String s, int from, int e) {
    int start = -1;
    int k = e;
    while (k > from) {
      char c = s.charAt(k - 1);
      if (isSuperscriptDigit(c)) {
        int j = k;
        while (j > from && isSuperscriptDigit(s.charAt(j - 1))) {
          j--;
        }
        start = j;
        k = j;
        continue;
      }
      if (c != ']') {
        break;
      }
      int open = TextScan.lastIndexOf(s, '[', k - 1, Math.max(from, k - MAX_MARKER));
      if (open < from || !isMarkerBody(s, open + 1, k - 1)) {
        break;
      }
      start = open;
      k = open;
    }
    return start;
  }

  /** The most digit groups of a glued run ({@code .2 3}). */
  static final int MAX_GLUED_GROUPS = 4;

  /**
   * Where glued marker digits after the stop at {@code stop} end ({@code the bridge.1 The mayor},
   * {@code prices.2 3 Diesel}), or -1: one or two ASCII digits right after the stop, then more such
   * groups after single spaces, ending at {@code to} or before white space and a capital letter. The
   * stop follows a letter, {@code %} or a closing bracket or quote, never a digit ({@code 1.5},
   * {@code in 2019.1}).
   *
   * @param s the text
   * @param stop the index of a {@code .}, {@code !} or {@code ?}
   * @param to where the search ends
   * @return the end of the digits, or -1
   */
  public static int gluedEnd(String s, int stop, int to) {
    if (stop < 1 || stop + 1 >= to || !isStop(s.charAt(stop)) || !gluable(s.charAt(stop - 1))) {
      return -1;
    }
    int best = -1;
    int k = stop + 1;
    for (int group = 0; group < MAX_GLUED_GROUPS; group++) {
      int d = k;
      while (d < to && d - k < 3 && isAsciiDigit(s.charAt(d))) {
        d++;
      }
      if (d == k || d - k > 2 || (d < to && isAsciiDigit(s.charAt(d)))) {
        break;
      }
      if (d == to || (TextScan.isBlank(s.charAt(d)) && d + 1 < to && Character.isUpperCase(s.charAt(d + 1)))) {
        best = d;
      }
      if (d + 1 >= to || s.charAt(d) != ' ') {
        break;
      }
      k = d + 1;
    }
    return best;
  }

  /**
   * Where glued marker digits that end exactly at {@code e} start, not before {@code from}, or -1.
   *
   * @param s the text
   * @param from the lower bound
   * @param e where they end
   * @return the index of their first digit, or -1
   */
  public static int gluedStartBefore(String s, int from, int e) {
    if (e <= from || !isAsciiDigit(s.charAt(e - 1))) {
      return -1;
    }
    for (int st = e - 2; st >= from && e - st <= 3 * MAX_GLUED_GROUPS; st--) {
      char c = s.charAt(st);
      if (isStop(c)) {
        return st > from && gluedEnd(s, st, e) == e ? st + 1 : -1;
      }
      if (!isAsciiDigit(c) && c != ' ') {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isStop(char c) {
    return c == '.' || c == '!' || c == '?';
  }

  private static boolean gluable(char c) {
    return Character.isLetter(c) || c == '%' || c == ')' || c == '"' || c == '”' || c == '\'' || c == '’';
  }

  private static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * The end of the markers a range starts with, or {@code a} if it starts with none; a bracket
   * followed by {@code (} is a link, not a marker.
   *
   * @param s the text
   * @param a first index
   * @param b index past the last
   * @return where they end
   */
  public static int endAfter(String s, int a, int b) {
    int k = a;
    while (k < b) {
      if (isSuperscriptDigit(s.charAt(k))) {
        k++;
        continue;
      }
      if (s.charAt(k) != '[') {
        break;
      }
      int close = TextScan.indexOf(s, ']', k, Math.min(b, k + MAX_MARKER));
      if (close < 0 || !isMarkerBody(s, k + 1, close) || (close + 1 < b && s.charAt(close + 1) == '(')) {
        break;
      }
      k = close + 1;
    }
    return k;
  }

  /**
   * A list item's number: at most four ASCII or other digits, after removing {@code ^} and blanks; a
   * footnote {@code ^T_N} (turn T, number N, each under 1000) is keyed {@code T * 1000 + N}, which no
   * plain marker reaches.
   *
   * @param digits the text
   * @return the number, or -1
   */
  public static int parseNumber(String digits) {
    String d = digits.replace("^", "").strip();
    if (d.startsWith("web:")) {
      d = d.substring(4).strip();
    }
    int under = d.indexOf('_');
    if (under > 0) {
      int turn = parseNumber(d.substring(0, under));
      int n = parseNumber(d.substring(under + 1));
      return turn > 0 && turn < MAX_PLAIN && n >= 0 && n < MAX_PLAIN ? turn * MAX_PLAIN + n : -1;
    }
    if (d.isEmpty() || d.length() > 4) {
      return -1;
    }
    for (int i = 0; i < d.length(); i++) {
      if (!Character.isDigit(d.charAt(i))) {
        return -1;
      }
    }
    return Integer.parseInt(d);
  }

  /**
   * How a marker number reads in a message: {@code 3}, or {@code 1_2} for a footnote key.
   *
   * @param key a number from {@link #parseNumber} or {@link #numbers}
   * @return its text
   */
  public static String label(int key) {
    return key >= MAX_PLAIN ? key / MAX_PLAIN + "_" + key % MAX_PLAIN : Integer.toString(key);
  }

  /**
   * The numbers a marker names: {@code [2][3]}, {@code [1, 3]}, {@code [1-3]}, {@code [^4]}, {@code ¹²}.
   *
   * @param marker the marker's text
   * @return the numbers in order
   */
  public static List<Integer> numbers(String marker) {
    List<Integer> out = new ArrayList<>();
    int i = 0;
    while (i < marker.length()) {
      char c = marker.charAt(i);
      if (isSuperscriptDigit(c)) {
        out.add(superscriptValue(c));
        i++;
      } else if (c == '[') {
        int close = marker.indexOf(']', i);
        if (close < 0) {
          break;
        }
        String body = marker.substring(i + 1, close).replace("^", "");
        if (body.startsWith("web:")) {
          body = body.substring(4);
        }
        int from = 0;
        while (from <= body.length()) {
          int comma = body.indexOf(',', from);
          int to = comma < 0 ? body.length() : comma;
          addRange(body.substring(from, to).strip(), out);
          from = to + 1;
        }
        i = close + 1;
      } else if (isAsciiDigit(c)) {
        int j = i; // spec: glued digits, "2 3"
        while (j < marker.length() && isAsciiDigit(marker.charAt(j))) {
          j++;
        }
        addRange(marker.substring(i, j), out);
        i = j;
      } else {
        i++;
      }
    }
    return out;
  }

  /** spec: a part is {@code 3}, or a range {@code 1-3} or {@code 1–3} of at most 50; dashes alone name none. */
  private static void addRange(String part, List<Integer> out) {
    int dash = indexOfDash(part, 0);
    int lo;
    int hi;
    if (dash < 0) {
      lo = parseNumber(part);
      hi = lo;
    } else {
      lo = parseNumber(part.substring(0, dash));
      int next = indexOfDash(part, dash + 1);
      boolean onlyDashesAfter = true;
      for (int k = dash + 1; k < part.length() && onlyDashesAfter; k++) {
        onlyDashesAfter = isDash(part.charAt(k));
      }
      // spec: "3-" is 3 alone; "1--3" names no number after the first dash
      hi = onlyDashesAfter ? lo : parseNumber(part.substring(dash + 1, next < 0 ? part.length() : next));
    }
    if (lo >= 0 && hi >= lo && hi - lo < 50) {
      for (int k = lo; k <= hi; k++) {
        out.add(k);
      }
    }
  }

  private static int indexOfDash(String s, int from) {
    for (int k = from; k < s.length(); k++) {
      if (isDash(s.charAt(k))) {
        return k;
      }
    }
    return -1;
  }

  private static boolean isDash(char c) {
    return c == '-' || c == '–';
  }
}
