package io.github.ascribe.citations.internal.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One phrase of page text, compiled: literal characters matched without regard to case, {@code #}
 * for a number ({@code 14}, {@code 1,200}, {@code 2.5}), a space for one or more blanks, and a final
 * {@code *} for the rest of the line. {@code \#}, {@code \*} and {@code \\} stand for the characters
 * themselves. Matching is one forward pass with no backtracking: a number takes every digit it can.
 *
 * <pre>{@code
 * PhrasePattern p = PhrasePattern.compile("Thought for #s");
 * p.match("Thought for 14s", 0, 15);   // 15
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PhrasePattern {

  /** A step of a pattern: a literal code point, a number, a blank run, or the rest of the line. */
  private record Step(int kind, int codePoint) {}

  private static final int LITERAL = 0;
  private static final int NUMBER = 1;
  private static final int BLANKS = 2;
  private static final int REST = 3;

  private final String source;
  private final List<Step> steps;

  private PhrasePattern(String source, List<Step> steps) {
    this.source = source;
    this.steps = List.copyOf(steps);
  }

  /**
   * Compiles a phrase.
   *
   * @param phrase the phrase, as written in a page-text file
   * @return the pattern
   * @throws IllegalArgumentException naming the column if the phrase is blank, ends in a lone
   *     {@code \}, or has a {@code *} before its end
   */
  public static PhrasePattern compile(String phrase) {
    Objects.requireNonNull(phrase, "phrase");
    String p = phrase.strip();
    if (p.isEmpty()) {
      throw new IllegalArgumentException("empty phrase");
    }
    List<Step> steps = new ArrayList<>();
    for (int i = 0; i < p.length(); ) {
      int c = p.codePointAt(i);
      int next = i + Character.charCount(c);
      if (c == '\\') {
        if (next >= p.length()) {
          throw new IllegalArgumentException("column " + (i + 1) + ": a lone \\ ends the phrase: " + p);
        }
        int escaped = p.codePointAt(next);
        steps.add(new Step(LITERAL, fold(escaped)));
        next += Character.charCount(escaped);
      } else if (c == '#') {
        steps.add(new Step(NUMBER, 0));
      } else if (c == '*') {
        if (next < p.length()) {
          throw new IllegalArgumentException("column " + (i + 1) + ": * may only end a phrase: " + p);
        }
        steps.add(new Step(REST, 0));
      } else if (isBlank(c)) {
        while (next < p.length() && isBlank(p.codePointAt(next))) {
          next += Character.charCount(p.codePointAt(next));
        }
        steps.add(new Step(BLANKS, 0));
      } else {
        steps.add(new Step(LITERAL, fold(c)));
      }
      i = next;
    }
    return new PhrasePattern(p, steps);
  }

  /**
   * Where a match of the whole pattern starting at {@code from} ends.
   *
   * @param s the text
   * @param from where the match starts
   * @param to where the line ends; the match stays before it
   * @return the index past the match, or -1 if the pattern does not match there
   */
  public int match(CharSequence s, int from, int to) {
    int i = from;
    for (Step step : steps) {
      switch (step.kind()) {
        case LITERAL -> {
          if (i >= to) {
            return -1;
          }
          int c = Character.codePointAt(s, i);
          if (fold(c) != step.codePoint()) {
            return -1;
          }
          i += Character.charCount(c);
        }
        case NUMBER -> {
          int start = i;
          while (i < to && isDigit(s.charAt(i))) {
            i++;
            // spec: a group separator or decimal point counts when a digit follows it
            if (i + 1 < to && (s.charAt(i) == ',' || s.charAt(i) == '.') && isDigit(s.charAt(i + 1))) {
              i++;
            }
          }
          if (i == start) {
            return -1;
          }
        }
        case BLANKS -> {
          int start = i;
          while (i < to && isBlank(s.charAt(i))) {
            i++;
          }
          if (i == start) {
            return -1;
          }
        }
        default -> i = to; // REST
      }
    }
    return i;
  }

  /**
   * The first character a match can start with, folded, or -1 when it starts with a number.
   *
   * @return the code point, or -1
   */
  public int first() {
    Step s = steps.get(0);
    return s.kind() == LITERAL ? s.codePoint() : -1;
  }

  /**
   * The phrase as written.
   *
   * @return the phrase
   */
  public String phrase() {
    return source;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PhrasePattern p && p.source.equals(source);
  }

  @Override
  public int hashCode() {
    return source.hashCode();
  }

  @Override
  public String toString() {
    return source;
  }

  /**
   * Folds a code point for matching: lower case, and typographic apostrophes and ellipses as ASCII.
   *
   * @param c a code point
   * @return the folded code point
   */
  public static int fold(int c) {
    if (c == '\u2019' || c == '\u2018') {
      return '\'';
    }
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /**
   * Whether a code point is a blank between the words of a phrase: a space, a tab, or a no-break,
   * narrow no-break or thin space. Page text uses the same blanks between its phrases.
   *
   * @param c a code point
   * @return true for a blank
   */
  public static boolean isBlank(int c) {
    return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }
}
