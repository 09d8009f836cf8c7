package io.github.ascribe.citations.internal.notation;

import io.github.ascribe.citations.internal.scan.TokenStream;
import java.util.Objects;

/**
 * The token stream of a text (a paragraph) with the notation lexemes of all of it, made once: the
 * reads of ranges of it ({@link NotationReader#readUnlessProse(LexedText, int, int)}) take views of
 * the same lexemes, so no range is converted twice and what the grammar decided about a word in
 * the paragraph's read (its keyword) is known in a sentence's. Made per paragraph and dropped with
 * it; not thread-safe.
 *
 * <pre>{@code
 * LexedText paragraph = new LexedText(Lexer.lex(text, p.start(), p.end()));
 * reader.readUnlessProse(paragraph, p.start(), p.end());   // the whole paragraph
 * reader.readUnlessProse(paragraph, s.start(), s.end());   // one of its sentences, the same lexemes
 * }</pre>
 */
public final class LexedText {

  private final TokenStream tokens;
  private final Lexemes lexemes;
  /** For each token, the index of the first lexeme made from it; at the end, the number of lexemes. */
  private final int[] firstLexeme;

  /**
   * The lexemes of a token stream.
   *
   * @param tokens the tokens of a text or a window of it
   */
  public LexedText(TokenStream tokens) {
    this.tokens = Objects.requireNonNull(tokens, "tokens");
    this.firstLexeme = new int[tokens.size() + 1];
    this.lexemes = Lexemes.of(tokens, 0, tokens.size(), firstLexeme);
  }

  /**
   * The token stream.
   *
   * @return the tokens
   */
  public TokenStream tokens() {
    return tokens;
  }

  /** The lexemes of the tokens {@code [first, last)}, neither of them joined to the token before it. */
  Lexemes window(int first, int last) {
    return lexemes.view(firstLexeme[first], firstLexeme[last]);
  }
}
