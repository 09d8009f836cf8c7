package io.github.ascribe.citations.internal.notation;

import io.github.ascribe.citations.internal.scan.Lexer;
import io.github.ascribe.citations.internal.scan.TokenStream;
import java.util.Arrays;

/**
 * The raw pieces of notation the grammar reads, made from the tokens of the {@link Lexer}, before structure is decided, by index in
 * order: each has a kind, a first UTF-16 index, an index past its last unit, and for a count or a
 * total its number ({@code -1} when out of range; else 0), and a memo slot the grammar may fill (0
 * until then). Kept in one array of four ints per lexeme rather than as objects, since there is
 * about one for every three characters.
 */
final class Lexemes {

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

  private static final Kind[] KINDS = Kind.values();
  /** The number of a lexeme is stored above its kind's ordinal, which takes these bits. */
  private static final int KIND_BITS = 4;

  /** Ints per lexeme. */
  private static final int STRIDE = 4;

  /** Per lexeme: kind ordinal and number, start, end, memo. */
  private int[] data;
  /** Where lexeme 0 is in {@link #data}, in lexemes: 0, or where a {@link #view} starts. */
  private final int base;
  private int size;

  Lexemes(int capacity) {
    data = new int[STRIDE * Math.max(capacity, 4)];
    base = 0;
  }

  private Lexemes(int[] data, int base, int size) {
    this.data = data;
    this.base = base;
    this.size = size;
  }

  /**
   * The lexemes {@code [first, last)} of these, as lexemes of their own: the same data, memo slots
   * included, so what the grammar decides about a lexeme in one read is known in the next.
   *
   * @param first the index of the first
   * @param last the index past the last
   * @return the view
   */
  Lexemes view(int first, int last) {
    if (first < 0 || first > last || last > size) {
      throw new IndexOutOfBoundsException("view [" + first + ", " + last + ") of " + size);
    }
    return new Lexemes(data, base + first, last - first);
  }

  /**
   * The lexemes of the tokens {@code [first, last)} of a stream: the pieces of a word, and the
   * pieces of a run of space, make one lexeme; a marker ({@code [1, 3]}) is read as its bracket, its
   * inside and its closing bracket.
   *
   * @param tokens the tokens
   * @param first the first token index
   * @param last the index past the last token
   * @return the lexemes
   */
  static Lexemes of(TokenStream tokens, int first, int last) {
    return of(tokens, first, last, null);
  }

  /**
   * {@link #of(TokenStream, int, int)}, noting for each token {@code i} the index of the first
   * lexeme made from it at {@code firstOfToken[i - first]}, and the number of lexemes at {@code
   * firstOfToken[last - first]} (for a token joined to the one before, the index after that one's).
   */
  static Lexemes of(TokenStream tokens, int first, int last, int[] firstOfToken) {
    Lexemes out = new Lexemes(last - first + 4); // at most one lexeme per token, but for markers
    out.addAll(tokens, first, last, firstOfToken);
    if (firstOfToken != null) {
      firstOfToken[last - first] = out.size;
    }
    return out;
  }

  private void addAll(TokenStream t, int first, int last, int[] firstOfToken) {
    for (int i = first; i < last; i++) {
      if (firstOfToken != null) {
        firstOfToken[i - first] = size;
      }
      if (t.joined(i) && size > 0) {
        data[STRIDE * (size - 1) + 2] = t.end(i); // goes on the word or space before
        continue;
      }
      int start = t.start(i);
      int end = t.end(i);
      if (t.inWord(i)) {
        add(Kind.WORD, start, end, 0);
        continue;
      }
      switch (t.type(i)) {
        case SPACE, LINE_END -> add(Kind.SPACE, start, end, 0);
        case SEPARATOR, PLUS, DASH -> add(Kind.SEP, start, end, 0);
        case PLUS_COUNT -> add(Kind.PLUS_COUNT, start, end, t.number(i, NotationGrammar.MAX_COUNT));
        case TOTAL -> add(Kind.EQ_NUMBER, start, end, t.number(i, NotationGrammar.MAX_COUNT));
        case EQUALS -> add(Kind.EQ, start, end, 0);
        case OPEN -> add(Kind.OPEN, start, end, 0);
        case CLOSE -> add(Kind.CLOSE, start, end, 0);
        case LINK_TARGET -> add(Kind.LINK_TARGET, start, end, 0);
        case EMPHASIS, URL_QUOTE -> add(Kind.EMPH, start, end, 0);
        case COLON -> add(Kind.COLON, start, end, 0);
        case URL -> add(Kind.URL, start, end, 0);
        case MARKER -> {
          add(Kind.OPEN, start, start + 1, 0);
          TokenStream inside = Lexer.lex(t.text(), start + 1, end - 1);
          addAll(inside, 0, inside.size(), null);
          add(Kind.CLOSE, end - 1, end, 0);
        }
        default -> add(Kind.WORD, start, end, 0); // a piece of a word: the lexer marks them all
      }
    }
  }

  void add(Kind kind, int start, int end, long value) {
    if (base != 0) {
      throw new IllegalStateException("a view is read only");
    }
    int at = STRIDE * size;
    if (at + STRIDE > data.length) {
      data = Arrays.copyOf(data, data.length * 2);
    }
    data[at] = (int) (value + 1) << KIND_BITS | kind.ordinal();
    data[at + 1] = start;
    data[at + 2] = end;
    data[at + 3] = 0;
    size++;
  }

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  Kind kind(int i) {
    return KINDS[data[STRIDE * (base + i)] & ((1 << KIND_BITS) - 1)];
  }

  boolean is(int i, Kind k) {
    return (data[STRIDE * (base + i)] & ((1 << KIND_BITS) - 1)) == k.ordinal();
  }

  int start(int i) {
    return data[STRIDE * (base + i) + 1];
  }

  int end(int i) {
    return data[STRIDE * (base + i) + 2];
  }

  /** The number of a count or total, {@code -1} when out of range; 0 for other lexemes. */
  long value(int i) {
    return (data[STRIDE * (base + i)] >> KIND_BITS) - 1;
  }

  /** The memo of lexeme i: 0 until {@link #memo(int, int)} sets it. */
  int memo(int i) {
    return data[STRIDE * (base + i) + 3];
  }

  /** Sets the memo of lexeme i. */
  void memo(int i, int value) {
    data[STRIDE * (base + i) + 3] = value;
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("[");
    for (int i = 0; i < size; i++) {
      sb.append(i > 0 ? ", " : "").append(kind(i)).append('[').append(start(i)).append(',').append(end(i)).append(')');
    }
    return sb.append(']').toString();
  }
}
