package io.github.ascribe.cli;

import java.util.Objects;

/**
 * A piece of an input cut by the {@link Chunker}: whole lines, with where they sit in the whole input.
 *
 * <pre>{@code
 * Chunk c = chunker.next();
 * long wholeFileOffset = c.start() + claim.span().start();
 * long wholeFileLine = c.line() + localLine;   // lines of the chunk are 1-based
 * }</pre>
 *
 * @param text the text analysed; it starts at a line start and ends after a line break, at the end
 *     of the input, or where a paragraph longer than {@code --max-paragraph} was cut
 * @param start the UTF-16 offset of {@code text} in the whole input (a byte order mark not counted)
 * @param line how many lines of the whole input come before {@code text}
 * @param dropped how many characters of an over-long paragraph were left out after {@code text}, 0 if none
 * @param last whether this is the input's last chunk
 */
record Chunk(String text, long start, long line, long dropped, boolean last) {

  Chunk {
    Objects.requireNonNull(text, "text");
    if (start < 0 || line < 0 || dropped < 0) {
      throw new IllegalArgumentException("start, line and dropped must be >= 0: " + start + ", " + line + ", " + dropped);
    }
  }
}
