package io.github.ascribe.corpus;

import io.github.ascribe.corpus.Document.Problem;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * The lines of a JSON Lines file, read one at a time on the consumer's thread: each non-blank line is
 * a pending document that {@link DocumentReader#jsonLine(byte[], long)} decodes and parses on a
 * worker. A leading byte order mark is skipped; lines end at {@code \n}; a line longer than {@link
 * DocumentReader#MAX_BYTES} is an unusable document (and not kept). A file that cannot be opened or
 * read ends the run with one unreadable document.
 */
final class JsonLinesSource implements Sources.Run {

  private record Line(long index, String id, long number, byte[] bytes) implements Sources.Pending {
    @Override
    public Document read() {
      return DocumentReader.jsonLine(bytes, number);
    }
  }

  private final Path file;
  private final byte[] buf = new byte[1 << 16];
  private InputStream in;
  private boolean done;
  private long index;
  private long lineNumber;
  private Sources.Pending next;
  private int bufPos;
  private int bufEnd;
  private boolean atEnd;
  private byte[] line = new byte[256];
  private int lineLength;
  private boolean lineTooLong;

  JsonLinesSource(Path file) {
    this.file = file;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public Sources.Pending next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Sources.Pending d = next;
    next = null;
    return d;
  }

  private Sources.Pending advance() {
    try {
      if (in == null) {
        in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
        in.mark(3);
        if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
          in.reset(); // no byte order mark
        }
      }
      while (readLine()) {
        long number = ++lineNumber;
        byte[] bytes = Arrays.copyOf(line, lineLength);
        if (lineTooLong) {
          return new Sources.Known(index++, "line " + number, Document.unusable("line " + number, Problem.TOO_LARGE,
              "line longer than " + DocumentReader.MAX_BYTES + " bytes"));
        }
        if (!DocumentReader.isBlank(bytes)) {
          return new Line(index++, "line " + number, number, bytes);
        }
      }
    } catch (IOException | RuntimeException e) {
      String id = lineNumber == 0 ? file.toString() : "after line " + lineNumber;
      Sources.Pending failed = new Sources.Known(index++, id,
          Document.unusable(id, Problem.UNREADABLE, file + ": " + Sources.describe(e)));
      close();
      return failed;
    }
    close();
    return null;
  }

  /**
   * Reads the next line into {@link #line}, without its {@code \n} and at most {@link
   * DocumentReader#MAX_BYTES} of it. Scans the buffer in bulk rather than a byte per call.
   *
   * @return false at the end of the file (a last line without {@code \n} is still a line)
   */
  private boolean readLine() throws IOException {
    lineLength = 0;
    lineTooLong = false;
    boolean any = false;
    while (!atEnd) {
      if (bufPos == bufEnd) {
        int n = in.read(buf, 0, buf.length);
        if (n < 0) {
          atEnd = true;
          return any;
        }
        bufPos = 0;
        bufEnd = n;
      }
      int nl = bufPos;
      while (nl < bufEnd && buf[nl] != '\n') {
        nl++;
      }
      append(bufPos, nl);
      any |= nl > bufPos;
      if (nl < bufEnd) {
        bufPos = nl + 1;
        return true;
      }
      bufPos = bufEnd;
    }
    return false;
  }

  private void append(int from, int to) {
    int n = Math.min(to - from, DocumentReader.MAX_BYTES - lineLength);
    lineTooLong |= n < to - from;
    if (n <= 0) {
      return;
    }
    if (lineLength + n > line.length) {
      line = Arrays.copyOf(line, Math.min(DocumentReader.MAX_BYTES, Math.max(lineLength + n, 2 * line.length)));
    }
    System.arraycopy(buf, from, line, lineLength, n);
    lineLength += n;
  }

  @Override
  public void close() {
    done = true;
    if (in != null) {
      try {
        in.close();
      } catch (IOException ignored) {
        // nothing more to read either way
      }
      in = null;
    }
  }
}
