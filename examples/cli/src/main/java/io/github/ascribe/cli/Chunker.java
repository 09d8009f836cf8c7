package io.github.ascribe.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * Cuts a text stream into {@link Chunk}s of about {@code chunkSize} characters at paragraph
 * boundaries, so that each can be analysed on its own and only one chunk (plus the longest paragraph)
 * is in memory at a time.
 *
 * <p>The library reads each non-blank line as a paragraph, so a cut always falls at a line start,
 * never inside a line. Where a chunk is due, the cut goes, by preference: before a markdown heading
 * (a story ends there; {@code #} before {@code ##}, as a reference list usually ends a story and
 * its sections share it); then before a long line that follows a blank line; then before any long line.
 * A short line (under {@value #SHORT_LINE} characters and not ending a sentence, such as a source line
 * {@code WSJ, The Guardian} or a chip) stays with the line above it, as it may attribute it; it is cut
 * before only when a chunk has grown to twice its size without another choice. Blank lines stay with
 * the chunk above, unless a run of them is all there is to cut.
 *
 * <p>A line longer than {@code maxParagraph} is cut: its first {@code maxParagraph} characters (a
 * surrogate pair never split) end the chunk, and {@link Chunk#dropped()} counts the rest, which is
 * read and skipped, so later offsets still count it.
 *
 * <pre>{@code
 * Chunker chunks = new Chunker(new StrictUtf8Reader(in), 1 << 20, 16 << 20);
 * while (chunks.hasNext()) {
 *   Chunk c = chunks.next();   // c.text() is whole lines; c.start() its offset in the input
 * }
 * }</pre>
 *
 * <p>Not thread-safe; reading fails with an {@link UncheckedIOException} around the reader's error.
 */
final class Chunker implements Iterator<Chunk> {

  /** Lines shorter than this (blanks trimmed) stay with the line above. */
  static final int SHORT_LINE = 120;

  /** A heading's rank is this plus 6 minus its level: {@code #} is the best cut, {@code ######} the least heading one. */
  private static final int HEADING = 3;
  private static final int AFTER_BLANK = 2;
  private static final int LONG = 1;
  private static final int SHORT = 0;
  private static final int BLANK = -1;

  private final Reader in;
  private final int chunkSize;
  private final int maxParagraph;
  private final char[] buf = new char[1 << 14];
  private int pos;
  private int len;
  private boolean eof;

  private StringBuilder pending = new StringBuilder();
  /** Possible cuts in {@code pending}, in order of position, and their ranks. */
  private int[] cutAt = new int[64];
  private int[] cutRank = new int[64];
  private int cutCount;
  /** The last cut of each rank ({@code rank - BLANK} indexes it), -1 if none: choosing is then constant-time. */
  private final int[] latest = new int[HEADING + 6 - BLANK + 1];
  /** The cut before the last SHORT one, -1 if none. */
  private int shortBefore = -1;
  private long start;
  private long line;
  private boolean previousBlank = true;
  private boolean finished;

  /**
   * Creates a chunker.
   *
   * @param in the text; read to its end, not closed
   * @param chunkSize the size a chunk grows to before it is cut, at least 1
   * @param maxParagraph the longest line analysed, at least 2
   */
  Chunker(Reader in, int chunkSize, int maxParagraph) {
    this.in = Objects.requireNonNull(in, "in");
    if (chunkSize < 1 || maxParagraph < 2) {
      throw new IllegalArgumentException("chunkSize must be >= 1 and maxParagraph >= 2: " + chunkSize + ", " + maxParagraph);
    }
    this.chunkSize = chunkSize;
    this.maxParagraph = maxParagraph;
    Arrays.fill(latest, -1);
  }

  @Override
  public boolean hasNext() {
    return !finished;
  }

  @Override
  public Chunk next() {
    if (finished) {
      throw new NoSuchElementException();
    }
    try {
      return read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Chunk read() throws IOException {
    while (true) {
      int lineStart = pending.length();
      Line l = readLine();
      if (l == null) {
        return cut(pending.length(), 0, 0);
      }
      boolean blank = isBlank(lineStart, lineStart + l.content());
      if (lineStart > 0) {
        addCut(lineStart, blank ? BLANK : rank(lineStart, lineStart + l.content()));
      }
      previousBlank = blank;
      if (l.dropped() > 0) {
        return cut(pending.length(), l.dropped(), l.terminator());
      }
      if (pending.length() >= chunkSize) {
        int at = choose(lineStart);
        if (at > 0) {
          return cut(at, 0, 0);
        }
      }
    }
  }

  private void addCut(int at, int rank) {
    if (cutCount == cutAt.length) {
      cutAt = Arrays.copyOf(cutAt, cutCount * 2);
      cutRank = Arrays.copyOf(cutRank, cutCount * 2);
    }
    cutAt[cutCount] = at;
    cutRank[cutCount++] = rank;
    if (rank == SHORT) {
      shortBefore = latest[SHORT - BLANK];
    }
    latest[rank - BLANK] = at;
  }

  /**
   * The best place to cut {@code pending}, or -1 to read on. Before a short line only as a last
   * resort, and never before the line just read: the line after it may be a long one to cut before.
   */
  private int choose(int lastLine) {
    int best = best(chunkSize / 2, LONG);
    if (best < 0) {
      best = best(1, LONG);
    }
    if (best < 0 && pending.length() >= 2L * chunkSize) {
      int s = latest[SHORT - BLANK];
      best = s > 0 && s < lastLine ? s : shortBefore > 0 ? shortBefore : -1;
      if (best < 0) {
        best = latest[0]; // spec: blank lines alone do not grow a piece without end
      }
    }
    return best > 0 ? best : -1;
  }

  /** The last cut of the highest rank at or after {@code from}, of at least {@code minRank}; -1 if none. */
  private int best(int from, int minRank) {
    for (int r = latest.length - 1; r >= minRank - BLANK; r--) {
      if (latest[r] >= from) {
        return latest[r];
      }
    }
    return -1;
  }

  /** Emits {@code pending[0, at)} and keeps the rest; skipped characters follow the emitted text. */
  private Chunk cut(int at, long dropped, int terminator) throws IOException {
    String text = pending.substring(0, at);
    long lines = breaks(text) + (terminator > 0 ? 1 : 0);
    long nextStart = start + at + dropped + terminator;
    StringBuilder rest = new StringBuilder(pending.length() - at + 16);
    rest.append(pending, at, pending.length());
    int[] keptAt = cutAt;
    int[] keptRank = cutRank;
    int kept = cutCount;
    cutAt = new int[64];
    cutRank = new int[64];
    cutCount = 0;
    Arrays.fill(latest, -1);
    shortBefore = -1;
    for (int i = 0; i < kept; i++) {
      if (keptAt[i] > at) {
        addCut(keptAt[i] - at, keptRank[i]);
      }
    }
    boolean last = rest.length() == 0 && peek() < 0;
    Chunk chunk = new Chunk(text, start, line, dropped, last);
    pending = rest;
    start = nextStart;
    line += lines;
    finished = last;
    return chunk;
  }

  /**
   * One line read into {@code pending}.
   *
   * @param content its length without the line break, as kept
   * @param dropped characters skipped past {@code maxParagraph}
   * @param terminator the length of a line break skipped with them (kept breaks are in {@code pending})
   */
  private record Line(int content, long dropped, int terminator) {}

  /** Appends the next line to {@code pending}; null at the end of the input. */
  private Line readLine() throws IOException {
    int content = 0;
    long dropped = 0;
    boolean any = false;
    while (true) {
      int c = nextChar();
      if (c < 0) {
        return any ? new Line(content, dropped, 0) : null;
      }
      any = true;
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        int n = 1;
        if (c == '\r' && peek() == '\n') {
          nextChar();
          n = 2;
        }
        if (dropped == 0) {
          pending.append(c == '\r' && n == 2 ? "\r\n" : String.valueOf((char) c));
          return new Line(content, 0, 0);
        }
        return new Line(content, dropped, n);
      }
      if (content < maxParagraph && dropped == 0) {
        pending.append((char) c);
        content++;
      } else {
        if (dropped == 0 && Character.isLowSurrogate((char) c)
            && Character.isHighSurrogate(pending.charAt(pending.length() - 1))) {
          pending.setLength(pending.length() - 1); // spec: never split a surrogate pair
          content--;
          dropped++;
        }
        dropped++;
      }
    }
  }

  private int nextChar() throws IOException {
    if (pos == len && !fill()) {
      return -1;
    }
    return buf[pos++];
  }

  private int peek() throws IOException {
    if (pos == len && !fill()) {
      return -1;
    }
    return buf[pos];
  }

  private boolean fill() throws IOException {
    if (eof) {
      return false;
    }
    int n;
    do {
      n = in.read(buf, 0, buf.length);
    } while (n == 0);
    if (n < 0) {
      eof = true;
      return false;
    }
    pos = 0;
    len = n;
    return true;
  }

  private boolean isBlank(int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(pending.charAt(i)) && !Character.isSpaceChar(pending.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** How good a cut before the line {@code [from, to)} is. */
  private int rank(int from, int to) {
    int a = from;
    while (a < to && Character.isWhitespace(pending.charAt(a))) {
      a++;
    }
    int hashes = 0;
    while (a + hashes < to && pending.charAt(a + hashes) == '#') {
      hashes++;
    }
    if (hashes >= 1 && hashes <= 6 && a + hashes < to && pending.charAt(a + hashes) == ' ') {
      return HEADING + 6 - hashes;
    }
    int b = to;
    while (b > a && Character.isWhitespace(pending.charAt(b - 1))) {
      b--;
    }
    // spec: a short line may be a source line for the line above, unless it ends a sentence
    if (b - a < SHORT_LINE && (b - a < 2 || ".!?\"”’".indexOf(pending.charAt(b - 1)) < 0)) {
      return SHORT;
    }
    return previousBlank ? AFTER_BLANK : LONG;
  }

  /** Line breaks in {@code s}, counted as {@code LineIndex} counts them. */
  static long breaks(CharSequence s) {
    long n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
          || (c == '\r' && (i + 1 >= s.length() || s.charAt(i + 1) != '\n'))) {
        n++;
      }
    }
    return n;
  }
}
