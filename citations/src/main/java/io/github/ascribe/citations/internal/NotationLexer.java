package io.github.ascribe.citations.internal;

import io.github.ascribe.citations.internal.scan.Chars;

/**
 * Transitional: the character test the article code of this package used from the old notation
 * lexer, now {@link Chars#isSoft}; goes when that code moves to its own package (issue 17).
 */
final class NotationLexer {

  private NotationLexer() {}

  static boolean isSoft(int cp) {
    return Chars.isSoft(cp);
  }
}
