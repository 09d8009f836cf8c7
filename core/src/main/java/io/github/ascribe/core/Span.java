package io.github.ascribe.core;

/**
 * A half-open range {@code [start, end)} of UTF-16 code unit indices into an original input string,
 * exactly as {@link String#substring(int, int)} takes them.
 *
 * <p>Spans always point into the text the user passed in, never into a normalised copy: {@code
 * span.text(input)} gives back the characters as written. Line and column numbers are computed on
 * demand with {@link io.github.ascribe.core.text.LineIndex}.
 *
 * <pre>{@code
 * Span s = Span.of(0, 7);
 * s.text("AP News +2");   // "AP News"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param start index of the first UTF-16 unit, {@code >= 0}
 * @param end index one past the last UTF-16 unit, {@code >= start}
 */
public record Span(int start, int end) implements Comparable<Span> {

  /** Validates the bounds. */
  public Span {
    if (start < 0) {
      throw new IllegalArgumentException("start must be >= 0: " + start);
    }
    if (end < start) {
      throw new IllegalArgumentException("end must be >= start: [" + start + ", " + end + ")");
    }
  }

  /**
   * Creates a span.
   *
   * @param start first index, inclusive
   * @param end last index, exclusive
   * @return the span
   */
  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  /**
   * The number of UTF-16 code units covered.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }

  /**
   * Whether the span covers nothing.
   *
   * @return {@code start == end}
   */
  public boolean isEmpty() {
    return start == end;
  }

  /**
   * Whether {@code other} lies wholly inside this span.
   *
   * @param other another span
   * @return true if {@code start <= other.start && other.end <= end}
   */
  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  /**
   * Whether the two spans share at least one index.
   *
   * @param other another span
   * @return true if they overlap
   */
  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  /**
   * The smallest span covering both.
   *
   * @param other another span
   * @return the union hull
   */
  public Span union(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /**
   * The characters of {@code input} this span covers.
   *
   * @param input the original text the span was made for
   * @return the covered text
   * @throws IndexOutOfBoundsException if the span does not fit {@code input}
   */
  public String text(CharSequence input) {
    if (end > input.length()) {
      throw new IndexOutOfBoundsException(
          "span " + this + " does not fit an input of length " + input.length());
    }
    return input.subSequence(start, end).toString();
  }

  /**
   * Orders by start, then by end.
   *
   * @param other another span
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Span other) {
    int c = Integer.compare(start, other.start);
    return c != 0 ? c : Integer.compare(end, other.end);
  }

  /** Renders as {@code [start, end)}. */
  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
