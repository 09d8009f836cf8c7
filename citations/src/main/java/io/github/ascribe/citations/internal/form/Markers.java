package io.github.ascribe.citations.internal.form;

import java.util.ArrayList;
import java.util.List;

/**
 * The lexical shape of numbered markers ({@code [1]}, {@code [2][3]}, {@code [1, 3]}, {@code [1-3]},
 * {@code [^1]}, superscript digits) and the numbers they name; shared by the marker form, the
 * reference lists and the sentence fixes. No form class. Stateless.
 */
public final class Markers {

  private Markers() {}

  /**
   * Whether {@code s[a, b)} is a marker's body: an optional {@code ^}, then digits, commas, spaces
   * and dashes, with a digit.
   *
   * @param s the text
   * @param a first index
   * @param b index past the last
   * @return whether it is one
   */
  public static boolean isMarkerBody(String s, int a, int b) {
    if (a < b && s.charAt(a) == '^') {
      a++;
    }
    boolean digit = false;
    for (int i = a; i < b; i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (c != ',' && c != ' ' && c != '-' && c != '–') {
        return false;
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
      int open = TextScan.lastIndexOf(s, '[', k - 1, Math.max(from, k - 25));
      if (open < from || !isMarkerBody(s, open + 1, k - 1)) {
        break;
      }
      start = open;
      k = open;
    }
    return start;
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
      int close = TextScan.indexOf(s, ']', k, Math.min(b, k + 25));
      if (close < 0 || !isMarkerBody(s, k + 1, close) || (close + 1 < b && s.charAt(close + 1) == '(')) {
        break;
      }
      k = close + 1;
    }
    return k;
  }

  /**
   * A list item's number: at most four ASCII or other digits, after removing {@code ^} and blanks.
   *
   * @param digits the text
   * @return the number, or -1
   */
  public static int parseNumber(String digits) {
    String d = digits.replace("^", "").strip();
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
        int from = 0;
        while (from <= body.length()) {
          int comma = body.indexOf(',', from);
          int to = comma < 0 ? body.length() : comma;
          addRange(body.substring(from, to).strip(), out);
          from = to + 1;
        }
        i = close + 1;
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
