package io.github.ascribe.citations.internal;

import io.github.ascribe.citations.internal.scan.Chars;

/**
 * Transitional: the constants and character tests the code of this package used from the old
 * notation lexer, now {@link io.github.ascribe.citations.internal.scan.Lexer}; goes when the article
 * code moves to its own package (issue 17).
 */
final class NotationLexer {

  /** Counts above this are out of range (reported, not counted). */
  static final long MAX_COUNT = 9_999;

  private NotationLexer() {}

  static boolean isSoft(int cp) {
    return Chars.isSoft(cp);
  }

  static boolean isPlus(int cp) {
    return Chars.isPlus(cp);
  }

  static boolean isAsciiLetterOrDigit(int cp) {
    return Chars.isAsciiLetterOrDigit(cp);
  }
}
