package io.github.ascribe.citations.internal;

/**
 * A raw piece of notation found by {@link ReferenceNotationLexer}, before structure is decided.
 *
 * @param kind what the lexer saw
 * @param start first UTF-16 index
 * @param end index past the last unit
 * @param value the number of a count or total ({@code -1} when out of range), else 0
 */
record ReferenceLexeme(Kind kind, int start, int end, long value) {

  enum Kind {
    /** Letters, digits and in-word punctuation. */
    WORD,
    /** A URL ({@code https://...}, {@code www....}). */
    URL,
    /** White space and invisible format characters. */
    SPACE,
    /** {@code , ; / | · • & +} and their full-width forms, or a spaced dash. */
    SEP,
    /** {@code +N}. */
    PLUS_COUNT,
    /** {@code =N}. */
    EQ_NUMBER,
    /** {@code =} before a name. */
    EQ,
    /** {@code (} or {@code [}. */
    OPEN,
    /** {@code )} or {@code ]}. */
    CLOSE,
    /** {@code (url)} right after {@code ]}. */
    LINK_TARGET,
    /** {@code *} runs (markdown emphasis). */
    EMPH,
    /** {@code :}. */
    COLON
  }

  boolean is(Kind k) {
    return kind == k;
  }
}
