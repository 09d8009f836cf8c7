package io.github.ascribe.citations.internal.article;

import io.github.ascribe.citations.internal.form.TextScan;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits an article into paragraphs: one per non-blank line, with its markdown heading ({@code ## },
 * or a short line wholly in bold: {@code **Key points**}) or list marker ({@code - }, {@code * }, {@code • }, {@code + }, {@code 1. }, {@code 2) }) set apart
 * from its content. Stateless.
 */
final class Layout {

  /**
   * A paragraph as laid out.
   *
   * @param index its place in the article
   * @param start where its line starts (blanks trimmed)
   * @param contentStart where its content starts, after a marker
   * @param end where its line ends (blanks trimmed)
   * @param heading whether it is a markdown heading
   */
  record Para(int index, int start, int contentStart, int end, boolean heading) {}

  private Layout() {}

  /**
   * The paragraphs of a text, in order.
   *
   * @param s the text
   * @return its paragraphs
   */
  static List<Para> paragraphs(String s) {
    List<Para> paras = new ArrayList<>(16 + s.length() / 150);
    int n = s.length();
    int lineStart = 0;
    for (int i = 0; i <= n; i++) {
      char c = i == n ? '\n' : s.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        add(s, lineStart, i, paras);
        if (c == '\r' && i + 1 < n && s.charAt(i + 1) == '\n') {
          i++;
        }
        lineStart = i + 1;
      }
    }
    return paras;
  }

  private static void add(String s, int from, int to, List<Para> paras) {
    int a = from;
    int b = to;
    while (a < b && TextScan.isBlank(s.charAt(a))) {
      a++;
    }
    while (b > a && TextScan.isBlank(s.charAt(b - 1))) {
      b--;
    }
    if (a >= b) {
      return;
    }
    int content = a;
    boolean heading = false;
    if (s.charAt(a) == '#') {
      // spec: one to six '#' and a space make a heading
      int k = a;
      while (k < b && s.charAt(k) == '#') {
        k++;
      }
      if (k < b && s.charAt(k) == ' ' && k - a <= 6) {
        content = k + 1;
        heading = true;
      }
    } else if ((s.charAt(a) == '-' || s.charAt(a) == '*' || s.charAt(a) == '•' || s.charAt(a) == '+')
        && a + 1 < b && s.charAt(a + 1) == ' ') {
      content = a + 2;
    } else {
      // spec: one to three digits, then '.' or ')' and a space, number a list item
      int k = a;
      while (k < b && k - a < 3 && Character.isDigit(s.charAt(k))) {
        k++;
      }
      if (k > a && k + 1 < b && (s.charAt(k) == '.' || s.charAt(k) == ')') && s.charAt(k + 1) == ' ') {
        content = k + 2;
      }
    }
    while (content < b && TextScan.isBlank(s.charAt(content))) {
      content++;
    }
    if (content >= b) {
      return;
    }
    paras.add(new Para(paras.size(), a, content, b, heading || isBoldLine(s, content, b)));
  }

  /** The longest bold line read as a heading. */
  static final int MAX_BOLD_HEADING = 120;

  /**
   * spec: a short line that is wholly bold ({@code **What happened**}, {@code __Key points:__}), with
   * no sentence ending inside, is a heading, as answer engines write their section titles.
   */
  static boolean isBoldLine(String s, int from, int to) {
    if (to - from < 5 || to - from > MAX_BOLD_HEADING) {
      return false;
    }
    char m = s.charAt(from);
    if ((m != '*' && m != '_') || s.charAt(from + 1) != m || s.charAt(to - 1) != m || s.charAt(to - 2) != m) {
      return false;
    }
    for (int i = from + 2; i < to - 2; i++) {
      char c = s.charAt(i);
      if (c == m || c == '.' || c == '!' || c == '?') {
        return false;
      }
    }
    return !TextScan.isBlank(s.charAt(from + 2)) && !TextScan.isBlank(s.charAt(to - 3));
  }
}
