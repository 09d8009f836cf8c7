package io.github.ascribe.core.text;

import java.util.Arrays;
import java.util.Objects;

/**
 * Maps UTF-16 offsets of a text to 1-based line and column numbers.
 *
 * <p>Lines end at {@code \n}, {@code \r\n}, a lone {@code \r}, U+0085, U+2028 and U+2029. Building the
 * index is one linear pass; each look-up is a binary search plus a walk over one line.
 *
 * <pre>{@code
 * LineIndex idx = LineIndex.of("one\ntwo");
 * idx.position(5);   // 2:2
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LineIndex {

  private final CharSequence text;
  private final int[] lineStarts;

  private LineIndex(CharSequence text, int[] lineStarts) {
    this.text = text;
    this.lineStarts = lineStarts;
  }

  /**
   * Indexes a text.
   *
   * @param text the text; kept by reference, so pass an immutable one
   * @return the index
   */
  public static LineIndex of(CharSequence text) {
    Objects.requireNonNull(text, "text");
    int[] starts = new int[16];
    int count = 1;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean br = c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
          || (c == '\r' && (i + 1 >= n || text.charAt(i + 1) != '\n'));
      if (br) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return new LineIndex(text, Arrays.copyOf(starts, count));
  }

  /**
   * The number of lines (a text with no line break has one).
   *
   * @return the line count, {@code >= 1}
   */
  public int lineCount() {
    return lineStarts.length;
  }

  /**
   * The line and column of an offset.
   *
   * @param offset a UTF-16 index in {@code [0, text.length()]}
   * @return its position
   * @throws IndexOutOfBoundsException if the offset is outside the text
   */
  public Position position(int offset) {
    if (offset < 0 || offset > text.length()) {
      throw new IndexOutOfBoundsException("offset " + offset + " outside [0, " + text.length() + "]");
    }
    int line = Arrays.binarySearch(lineStarts, offset);
    if (line < 0) {
      line = -line - 2;
    }
    int start = lineStarts[line];
    int column = 1;
    for (int i = start; i < offset; i++) {
      if (!(Character.isLowSurrogate(text.charAt(i)) && i > start && Character.isHighSurrogate(text.charAt(i - 1)))) {
        column++;
      }
    }
    return new Position(line + 1, column);
  }

  /**
   * The offset where a line starts.
   *
   * @param line a 1-based line number
   * @return the UTF-16 offset of its first character
   */
  public int lineStart(int line) {
    if (line < 1 || line > lineStarts.length) {
      throw new IndexOutOfBoundsException("line " + line + " outside [1, " + lineStarts.length + "]");
    }
    return lineStarts[line - 1];
  }
}
