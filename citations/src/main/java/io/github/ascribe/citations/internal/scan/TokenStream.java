package io.github.ascribe.citations.internal.scan;

import io.github.ascribe.citations.form.LexKind;
import java.util.Arrays;

/**
 * The tokens of a window {@code [from, to)} of a text, as the {@link Lexer} found them: in order,
 * tiling the window, with offsets into the whole text. Immutable; the arrays are never shared.
 *
 * <p>Tokens are kept as parallel arrays (a start per token, and a type with two flags per token)
 * rather than as objects, since there is about one for every three characters; a token ends where
 * the next starts.
 *
 * <p>The flags record the notation grammar's view of the tokens. {@link #inWord} marks the pieces
 * of a word as the grammar reads words ({@code Reuters.}, {@code “AP”}, {@code Le Monde¹}: several
 * tokens, one word), and {@link #joined} marks a token that goes on the word or space run of the
 * token before it.
 */
public final class TokenStream {

  static final int IN_WORD = 1 << 5;
  static final int JOINED = 1 << 6;
  private static final int TYPE_MASK = (1 << 5) - 1;
  private static final TokenType[] TYPES = TokenType.values();

  private final String text;
  private final int from;
  private final int to;
  private final int size;
  /** Per token: its start; at {@code size}, {@link #to}. */
  private final int[] starts;
  /** Per token: the type's ordinal and the flags. */
  private final byte[] types;

  TokenStream(String text, int from, int to, int size, int[] starts, byte[] types) {
    this.text = text;
    this.from = from;
    this.to = to;
    this.size = size;
    this.starts = starts;
    this.types = types;
    starts[size] = to;
  }

  /** @return the whole text the offsets index */
  public String text() {
    return text;
  }

  /** @return where the window starts */
  public int from() {
    return from;
  }

  /** @return where the window ends */
  public int to() {
    return to;
  }

  /** @return the number of tokens */
  public int size() {
    return size;
  }

  /**
   * @param i a token index
   * @return the type of token i
   */
  public TokenType type(int i) {
    return TYPES[types[check(i)] & TYPE_MASK];
  }

  /**
   * @param i a token index
   * @return the public kind of token i
   */
  public LexKind lexKind(int i) {
    return type(i).lexKind();
  }

  /**
   * @param i a token index
   * @return the offset of its first UTF-16 unit in the text
   */
  public int start(int i) {
    return starts[check(i)];
  }

  /**
   * @param i a token index
   * @return the offset past its last UTF-16 unit
   */
  public int end(int i) {
    return starts[check(i) + 1];
  }

  /**
   * @param i a token index
   * @return its text
   */
  public String text(int i) {
    return text.substring(start(i), end(i));
  }

  /**
   * @param i a token index
   * @return whether token i is a piece of a word as the notation grammar reads words
   */
  public boolean inWord(int i) {
    return (types[check(i)] & IN_WORD) != 0;
  }

  /**
   * @param i a token index
   * @return whether token i goes on the word or the space run of token {@code i - 1}
   */
  public boolean joined(int i) {
    return (types[check(i)] & JOINED) != 0;
  }

  /**
   * The number of a {@link TokenType#PLUS_COUNT} or {@link TokenType#TOTAL} token.
   *
   * @param i a token index
   * @param max the largest number kept
   * @return its number, -1 when above {@code max}, 0 for other tokens
   */
  public long number(int i, long max) {
    TokenType t = type(i);
    if (t != TokenType.PLUS_COUNT && t != TokenType.TOTAL) {
      return 0;
    }
    long v = 0;
    int end = end(i);
    for (int k = start(i) + 1; k < end; ) {
      int cp = text.codePointAt(k);
      k += Character.charCount(cp);
      int d = Character.digit(cp, 10);
      if (d >= 0) {
        v = v * 10 + d;
        if (v > max) {
          return -1;
        }
      }
    }
    return v;
  }

  /**
   * The first token that starts at or after {@code offset}: {@link #size} if none does.
   *
   * @param offset an offset into the text
   * @return a token index in {@code [0, size]}
   */
  public int indexAt(int offset) {
    int i = Arrays.binarySearch(starts, 0, size, offset);
    return i >= 0 ? i : -i - 1;
  }

  /**
   * Whether a token starts at {@code offset}, or the window ends there.
   *
   * @param offset an offset into the text
   * @return true at a token edge
   */
  public boolean isEdge(int offset) {
    return offset == to || Arrays.binarySearch(starts, 0, size, offset) >= 0;
  }

  private int check(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException("token " + i + " of " + size);
    }
    return i;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < size; i++) {
      sb.append(i > 0 ? " " : "").append(type(i)).append('"').append(text(i)).append('"');
    }
    return sb.append(']').toString();
  }
}
