package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.Span;
import java.util.List;

/**
 * A scanner for quotations in prose: whether a mark opens or closes a quote, where the quote that
 * opens at a mark closes (running on over sentences, and over paragraphs when the next paragraph
 * opens with a quotation mark, as news copy writes a quote of several paragraphs), and where the
 * quote that closes at a mark opened. Each scan reads characters once, forwards or backwards, at
 * most {@link #MAX_SCAN} of them; no regular expressions. Stateless.
 *
 * <pre>{@code
 * String t = "\"We will act. Soon,\" she said.";
 * Quotes.closing(t, 0, t.length());   // 19, the index of the closing mark
 * Quotes.opening(t, 19, 0);           // 0
 * }</pre>
 */
final class Quotes {

  /** The most characters one scan reads, so that a quote never closed costs a bounded scan. */
  static final int MAX_SCAN = 6_000;

  private Quotes() {}

  /** Whether {@code c} is a double quotation mark of any style ({@code " “ ” „ « »}). */
  static boolean isMark(char c) {
    return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
  }

  /**
   * Whether the mark at {@code i} opens a quote: a typographic opening mark, or a straight one
   * at the start or after a blank or an opening bracket and before a non-blank.
   */
  static boolean opens(String s, int i) {
    char c = s.charAt(i);
    if (c == '“' || c == '„' || c == '«') {
      return true;
    }
    if (c != '"') {
      return false;
    }
    boolean before = i == 0 || Character.isWhitespace(s.charAt(i - 1)) || "([—–-:".indexOf(s.charAt(i - 1)) >= 0;
    boolean after = i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1));
    return before && after;
  }

  /** Whether the mark at {@code i} closes a quote: a typographic closing mark, or a straight one that does not open. */
  static boolean closes(String s, int i) {
    char c = s.charAt(i);
    if (c == '”' || c == '»') {
      return true;
    }
    // German „...“ closes with “
    if (c == '“') {
      return i > 0 && !Character.isWhitespace(s.charAt(i - 1));
    }
    return c == '"' && !opens(s, i);
  }

  /**
   * The index of the mark closing the quote that opens at {@code open}, looking no further than
   * {@code limit}; over a paragraph break only when the next paragraph opens with a mark (the
   * quote runs on). Returns -1 if it does not close.
   */
  static int closing(String s, int open, int limit) {
    int end = Math.min(limit, Math.min(s.length(), open + MAX_SCAN));
    for (int i = open + 1; i < end; i++) {
      char c = s.charAt(i);
      if (c == '\n' && paragraphBreak(s, i, end)) {
        int next = afterBlanks(s, i, end);
        if (next >= end || !isMark(s.charAt(next)) || !opens(s, next)) {
          return -1; // the paragraph ends with the quote open, and the next does not continue it
        }
        i = next; // the quote runs on into the next paragraph
        continue;
      }
      if (isMark(c) && closes(s, i)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The index of the mark opening the quote that closes at {@code close}, looking back no further
   * than {@code floor}, or -1.
   */
  static int opening(String s, int close, int floor) {
    int start = Math.max(floor, close - MAX_SCAN);
    for (int i = close - 1; i >= start; i--) {
      char c = s.charAt(i);
      if (isMark(c)) {
        return opens(s, i) ? i : -1;
      }
      if (c == '\n' && i > start && s.charAt(i - 1) == '\n') {
        return -1; // a blank line: the quote did not open in this paragraph
      }
    }
    return -1;
  }

  /**
   * Adds to {@code out} the quotes that follow {@code from}, in the same paragraph or opening the
   * next ones (news copy gives a quote of several paragraphs one paragraph each), one after another, while each ends a sentence ({@code ."}) and is
   * not followed by a lower-case word: {@code "A," she said. "B. C." "D."}. A quote that does not
   * end a sentence or that its own cue follows ({@code "B," he added}, {@code "B?" she asked}) ends
   * the run.
   */
  static void following(String s, int from, int limit, List<Span> out) {
    int stop = Math.min(limit, s.length());
    int i = from;
    while (i < stop && ".!?…".indexOf(s.charAt(i)) >= 0) {
      i++; // the full stop of the sentence before: "A," she said. "B."
    }
    for (int n = 0; n < 8; n++) {
      int open = afterBlanks(s, i, stop);
      if (open >= stop || !isMark(s.charAt(open)) || !opens(s, open)) {
        return;
      }
      int close = closing(s, open, stop);
      if (close < 0 || close - 1 <= open || ".!?…".indexOf(s.charAt(close - 1)) < 0) {
        return;
      }
      int next = close + 1;
      while (next < stop && (s.charAt(next) == ' ' || s.charAt(next) == '\t')) {
        next++;
      }
      if (next < stop && Character.isLowerCase(s.charAt(next))) {
        return; // "B?" she asked: its own attribution follows
      }
      out.add(Span.of(open, close + 1));
      i = close + 1;
    }
  }

  /** The index of the first character at or after {@code i} that is not a blank (newlines included). */
  private static int afterBlanks(String s, int i, int end) {
    while (i < end && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** Whether the newline at {@code i} starts a blank line: only blanks up to the next newline. */
  private static boolean paragraphBreak(String s, int i, int end) {
    for (int k = i + 1; k < end; k++) {
      char c = s.charAt(k);
      if (c == '\n') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }
}
