package io.github.ascribe.citations.internal.notation;

import io.github.ascribe.citations.Token;
import io.github.ascribe.citations.TokenKind;
import io.github.ascribe.core.Span;
import java.util.AbstractList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.List;
import java.util.RandomAccess;
import java.util.function.Function;
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
 * <p>Immutable and thread-safe: its arrays are filled before it is made and never written after
 * (a {@link #deferred} list makes them on first use, see {@link #data}); no token is cached, so
 * {@link #get} makes a new, equal token on every call.
 */
public final class TokenList extends AbstractList<Token> implements RandomAccess {

  private static final TokenKind[] KINDS = TokenKind.values();

  private final String input;
  /**
   * The kinds and bounds; for a deferred list, null until they are made. Racy but safe: {@link Data}
   * is immutable with final fields, so any thread sees it whole, and two threads may at worst each
   * make an equal one.
   */
  private Data data;
  /** For a deferred list: how to parse {@link #input} again for its tokens. */
  private final Function<String, List<Token>> parse;
  /** Bit {@code ordinal} set for each kind the list holds. */
  private final int kindMask;

  /** Per token: its kind's ordinal in {@code kinds[k]}, its start and end at {@code bounds[2k]} and {@code [2k + 1]}. */
  private static final class Data {
    final byte[] kinds;
    final int[] bounds;

    Data(byte[] kinds, int[] bounds) {
      this.kinds = kinds;
      this.bounds = bounds;
    }
  }

  private TokenList(String input, byte[] kinds, int[] bounds) {
    this.input = input;
    this.data = new Data(kinds, bounds);
    this.parse = null;
    int mask = 0;
    for (byte k : kinds) {
      mask |= 1 << k;
    }
    this.kindMask = mask;
  }

  private TokenList(String input, int kindMask, Function<String, List<Token>> parse) {
    this.input = input;
    this.kindMask = kindMask;
    this.parse = parse;
  }

  /**
   * A list whose tokens are made when first asked for, by parsing the input again: for the notation
   * an article analysis reads, whose tokens hardly any caller looks at. Which kinds it holds is known
   * at once ({@link #hasKind}).
   *
   * @param input the parsed text
   * @param kindMask bit {@code kind.ordinal()} set for each kind among the tokens
   * @param parse a parse of {@code input} that gives the same tokens, as a {@code TokenList}
   * @return the list
   */
  public static TokenList deferred(String input, int kindMask, Function<String, List<Token>> parse) {
    return new TokenList(Objects.requireNonNull(input, "input"), kindMask, Objects.requireNonNull(parse, "parse"));
  }

  /** The kinds and bounds, made now for a deferred list asked for the first time. */
  private Data data() {
    Data d = data;
    if (d == null) {
      d = ((TokenList) parse.apply(input)).data();
      data = d;
    }
    return d;
  }

  /**
   * Whether a token of this kind is in the list, without making the tokens.
   *
   * @param kind a kind
   * @return whether any token has it
   */
  public boolean hasKind(TokenKind kind) {
    return (kindMask & (1 << kind.ordinal())) != 0;
  }

  @Override
  public Token get(int index) {
    Data d = data();
    Objects.checkIndex(index, d.kinds.length);
    int start = d.bounds[2 * index];
    int end = d.bounds[2 * index + 1];
    return new Token(KINDS[d.kinds[index]], Span.of(start, end), input.substring(start, end));
  }

  @Override
  public int size() {
    return data().kinds.length;
  }

  /**
   * The kind of a token, without making the token.
   *
   * @param index the token's index
   * @return its kind
   * @throws IndexOutOfBoundsException if there is no such token
   */
  public TokenKind kind(int index) {
    Data d = data();
    Objects.checkIndex(index, d.kinds.length);
    return KINDS[d.kinds[index]];
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
