package io.github.ascribe.core.text;

/**
 * A 1-based line and column. Columns count Unicode code points from the start of the line, so a
 * character outside the Basic Multilingual Plane is one column.
 *
 * @param line line number, from 1
 * @param column column number, from 1
 */
public record Position(int line, int column) {

  /** Validates the fields. */
  public Position {
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column are 1-based: " + line + ":" + column);
    }
  }

  /** Renders as {@code line:column}. */
  @Override
  public String toString() {
    return line + ":" + column;
  }
}
