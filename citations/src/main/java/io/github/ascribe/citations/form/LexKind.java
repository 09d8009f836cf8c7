package io.github.ascribe.citations.form;

/**
 * The kinds of lexeme the one lexer of a text produces, in a single left-to-right pass; every later
 * step (the notation grammar, each attribution form's recogniser) reads the same lexemes. A form
 * names the kinds that can start it (its recogniser's triggers), and is tried only where one
 * of them stands.
 *
 * <pre>{@code
 * "Reuters +2 [1]"  ->  WORD SPACE PLUS_COUNT SPACE MARKER
 * }</pre>
 */
public enum LexKind {
  /** A run of letters, digits and in-word marks ({@code Guardian}, {@code O'Brien}, {@code 2024}). */
  WORD,
  /** White space inside a line. */
  SPACE,
  /** A line break. */
  LINE_END,
  /** {@code +N} or {@code ＋N}: a count of unnamed sources. */
  PLUS_COUNT,
  /** A {@code +} not followed by a digit: a separator. */
  PLUS,
  /** {@code =}: a restatement or a declared total follows. */
  EQUALS,
  /** An opening bracket: {@code (}, {@code [}, <code>{</code>. */
  OPEN,
  /** A closing bracket: {@code )}, {@code ]}, <code>}</code>. */
  CLOSE,
  /** A URL ({@code https://…}, {@code www.…}) or a bare domain ({@code apnews.com}). */
  URL,
  /** A numbered marker: {@code [1]}, {@code [1, 3]}, {@code [2-4]}, {@code [^1]}. */
  MARKER,
  /** A run of superscript digits: {@code ¹²}. */
  SUPERSCRIPT,
  /** A quotation mark, straight or typographic. */
  QUOTE,
  /** A dash: {@code -} between spaces, {@code –}, {@code —}. */
  DASH,
  /** A list separator: {@code ,}, {@code ;}, {@code ·}, {@code |}, {@code /}, {@code •}. */
  SEPARATOR,
  /** Sentence-final punctuation: {@code .}, {@code !}, {@code ?}, {@code …}. */
  STOP,
  /** Any other character. */
  OTHER
}
