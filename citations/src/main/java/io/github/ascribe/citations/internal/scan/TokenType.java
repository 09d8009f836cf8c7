package io.github.ascribe.citations.internal.scan;

import io.github.ascribe.citations.form.LexKind;

/**
 * The kinds of token the {@link Lexer} gives: each is one public {@link LexKind}, some finer where
 * the notation grammar tells them apart ({@code =} before a name from a total {@code =4}, a plus
 * separator from a spaced dash).
 */
public enum TokenType {
  /** Letters, digits and in-word marks: {@code Guardian}, {@code O'Brien}, {@code U.S}, {@code 10:30}. */
  WORD(LexKind.WORD),
  /** A bare domain: {@code apnews.com}, {@code bbc.co.uk}. */
  DOMAIN(LexKind.URL),
  /** A URL: {@code https://…}, {@code www.…}. */
  URL(LexKind.URL),
  /** The {@code (target)} of a markdown link, right after its {@code ]}. */
  LINK_TARGET(LexKind.URL),
  /** White space inside a line, and invisible format characters outside words. */
  SPACE(LexKind.SPACE),
  /** A line break: {@code \n}, {@code \r\n}, {@code \r}, U+0085, U+2028, U+2029. */
  LINE_END(LexKind.LINE_END),
  /** {@code +N}: a count of unnamed sources. */
  PLUS_COUNT(LexKind.PLUS_COUNT),
  /** A {@code +} not followed by a digit. */
  PLUS(LexKind.PLUS),
  /** {@code =} before a name. */
  EQUALS(LexKind.EQUALS),
  /** {@code =N}: a declared total. */
  TOTAL(LexKind.EQUALS),
  /** {@code (}, {@code [} and full-width forms; <code>{</code> inside a word. */
  OPEN(LexKind.OPEN),
  /** {@code )}, {@code ]} and full-width forms; <code>}</code> inside a word. */
  CLOSE(LexKind.CLOSE),
  /** A numbered marker: {@code [1]}, {@code [1, 3]}, {@code [2-4]}, {@code [^1]}. */
  MARKER(LexKind.MARKER),
  /** Superscript digits: {@code ¹²}. */
  SUPERSCRIPT(LexKind.SUPERSCRIPT),
  /** A quotation mark, straight or typographic, not between two letters. */
  QUOTE(LexKind.QUOTE),
  /** A quotation mark or angle bracket wrapping a URL: {@code <https://…>}. */
  URL_QUOTE(LexKind.QUOTE),
  /** A dash that joins no two word characters. */
  DASH(LexKind.DASH),
  /** {@code , ; / | · • &} and their full-width forms. */
  SEPARATOR(LexKind.SEPARATOR),
  /** {@code . ! ? … 。} not followed by a word character. */
  STOP(LexKind.STOP),
  /** A run of {@code *} (markdown emphasis). */
  EMPHASIS(LexKind.OTHER),
  /** {@code :} outside a time or number. */
  COLON(LexKind.OTHER),
  /** Any other character. */
  OTHER(LexKind.OTHER);

  private final LexKind lexKind;

  TokenType(LexKind lexKind) {
    this.lexKind = lexKind;
  }

  /**
   * The public kind of this type.
   *
   * @return the kind
   */
  public LexKind lexKind() {
    return lexKind;
  }
}
