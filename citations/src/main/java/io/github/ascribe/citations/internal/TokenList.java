package io.github.ascribe.citations.internal;

import io.github.ascribe.citations.Token;
import io.github.ascribe.citations.TokenKind;
import io.github.ascribe.core.Span;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * The tokens of one parse, kept as kinds and offsets into the input: each {@link Token} (its span
 * and its text) is made when it is asked for, since most callers never look at the tokens. As a
 * {@link java.util.List} it is what {@code List.of} of the same tokens is: equal to it, with the
 * same hash code and string form, and unmodifiable (every mutator throws {@link
 * UnsupportedOperationException}, as {@code List.of}'s do).
 *
 * <pre>{@code
 * TokenList.Builder b = new TokenList.Builder("AP +2", 3);
 * b.add(TokenKind.NAME, 0, 2);
 * b.add(TokenKind.SPACE, 2, 3);
 * b.add(TokenKind.COUNT, 3, 5);
 * b.build().get(2);   // COUNT '+2' [3, 5)
 * }</pre>
 *
 * <p>Immutable and thread-safe: its arrays are filled before it is made and never written after;
 * nothing is cached, so {@link #get} makes a new, equal token on every call.
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {

  private static final TokenKind[] KINDS = TokenKind.values();

  private final String input;
  /** Per token: its kind's ordinal. */
  private final byte[] kinds;
  /** Per token: its start at {@code 2k} and its end at {@code 2k + 1}. */
  private final int[] bounds;

  private TokenList(String input, byte[] kinds, int[] bounds) {
    this.input = input;
    this.kinds = kinds;
    this.bounds = bounds;
  }

  @Override
  public Token get(int index) {
    Objects.checkIndex(index, kinds.length);
    int start = bounds[2 * index];
    int end = bounds[2 * index + 1];
    return new Token(KINDS[kinds[index]], Span.of(start, end), input.substring(start, end));
  }

  @Override
  public int size() {
    return kinds.length;
  }

  /**
   * The kind of a token, without making the token.
   *
   * @param index the token's index
   * @return its kind
   * @throws IndexOutOfBoundsException if there is no such token
   */
  public TokenKind kind(int index) {
    Objects.checkIndex(index, kinds.length);
    return KINDS[kinds[index]];
  }

  // ---- unmodifiable: every mutator throws, even when it would change nothing ----------------------

  @Override
  public boolean add(Token t) {
    throw unmodifiable();
  }

  @Override
  public void add(int index, Token t) {
    throw unmodifiable();
  }

  @Override
  public boolean addAll(Collection<? extends Token> c) {
    throw unmodifiable();
  }

  @Override
  public boolean addAll(int index, Collection<? extends Token> c) {
    throw unmodifiable();
  }

  @Override
  public Token set(int index, Token t) {
    throw unmodifiable();
  }

  @Override
  public Token remove(int index) {
    throw unmodifiable();
  }

  @Override
  public boolean remove(Object o) {
    throw unmodifiable();
  }

  @Override
  public boolean removeAll(Collection<?> c) {
    throw unmodifiable();
  }

  @Override
  public boolean retainAll(Collection<?> c) {
    throw unmodifiable();
  }

  @Override
  public boolean removeIf(Predicate<? super Token> filter) {
    throw unmodifiable();
  }

  @Override
  public void replaceAll(UnaryOperator<Token> operator) {
    throw unmodifiable();
  }

  @Override
  public void sort(Comparator<? super Token> c) {
    throw unmodifiable();
  }

  @Override
  public void clear() {
    throw unmodifiable();
  }

  @Override
  protected void removeRange(int fromIndex, int toIndex) {
    throw unmodifiable();
  }

  private static UnsupportedOperationException unmodifiable() {
    return new UnsupportedOperationException("the tokens of a parse are immutable");
  }

  /**
   * Collects the tokens of one parse, in order. Not thread-safe; used once.
   */
  public static final class Builder {
    private final String input;
    private final byte[] kinds;
    private final int[] bounds;
    private int size;

    /**
     * Starts a list of exactly {@code size} tokens of {@code input}.
     *
     * @param input the parsed text
     * @param size how many tokens will be added
     */
    public Builder(String input, int size) {
      this.input = Objects.requireNonNull(input, "input");
      this.kinds = new byte[size];
      this.bounds = new int[2 * size];
    }

    /**
     * Adds the next token.
     *
     * @param kind its kind
     * @param start its first index in the input
     * @param end the index past it
     * @return this builder
     * @throws IllegalArgumentException if {@code [start, end)} is not a range of the input
     * @throws IllegalStateException if the list is full
     */
    public Builder add(TokenKind kind, int start, int end) {
      Objects.requireNonNull(kind, "kind");
      if (start < 0 || end < start || end > input.length()) {
        throw new IllegalArgumentException("not a range of the input: [" + start + ", " + end + ")");
      }
      if (size == kinds.length) {
        throw new IllegalStateException("the list already has its " + size + " tokens");
      }
      kinds[size] = (byte) kind.ordinal();
      bounds[2 * size] = start;
      bounds[2 * size + 1] = end;
      size++;
      return this;
    }

    /**
     * The list; the builder must not be used after.
     *
     * @return the tokens
     * @throws IllegalStateException if fewer tokens were added than announced
     */
    public TokenList build() {
      if (size != kinds.length) {
        throw new IllegalStateException(size + " of " + kinds.length + " tokens added");
      }
      return new TokenList(input, kinds, bounds);
    }
  }
}
