package io.github.ascribe.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * Decodes a byte stream as strict UTF-8, a block at a time: a byte sequence that is not UTF-8 throws
 * a {@link MalformedUtf8} naming its byte offset, never a replacement character. A leading byte order
 * mark is dropped (byte offsets count it). Memory is two small buffers, whatever the stream's size.
 *
 * <pre>{@code
 * try (Reader r = new StrictUtf8Reader(Files.newInputStream(path))) {
 *   r.read(buf);   // throws MalformedUtf8 with offset() at the first bad byte
 * }
 * }</pre>
 *
 * <p>Not thread-safe, like any {@link Reader}.
 */
final class StrictUtf8Reader extends Reader {

  /** A byte sequence that is not UTF-8, at a byte offset of the stream. */
  static final class MalformedUtf8 extends CharacterCodingException {

    private static final long serialVersionUID = 1L;
    private final long offset;
    private final int length;

    MalformedUtf8(long offset, int length) {
      this.offset = offset;
      this.length = length;
    }

    /**
     * Where the bad sequence starts.
     *
     * @return the byte offset from the start of the stream
     */
    long offset() {
      return offset;
    }

    /**
     * How long the bad sequence is.
     *
     * @return its length in bytes, at least 1
     */
    int length() {
      return length;
    }

    @Override
    public String getMessage() {
      return "not valid UTF-8 at byte " + offset + " (" + length + " malformed byte" + (length == 1 ? "" : "s") + ")";
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
      .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
  private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
  /** Bytes read from the stream before those now in {@code bytes}. */
  private long consumed;
  private boolean eof;
  private boolean done;
  private boolean started;

  /**
   * Wraps a stream; closing the reader closes it.
   *
   * @param in the bytes
   */
  StrictUtf8Reader(InputStream in) {
    this.in = Objects.requireNonNull(in, "in");
  }

  /**
   * How many bytes have been decoded so far, for progress.
   *
   * @return the byte count
   */
  long bytesRead() {
    return consumed + bytes.position();
  }

  @Override
  public int read(char[] buf, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, buf.length);
    if (len == 0) {
      return 0;
    }
    while (!chars.hasRemaining()) {
      if (!fill()) {
        return -1;
      }
    }
    int n = Math.min(len, chars.remaining());
    chars.get(buf, off, n);
    return n;
  }

  /** Decodes the next block into {@code chars}; false once the stream is done and nothing is left. */
  private boolean fill() throws IOException {
    if (done) {
      return false;
    }
    chars.clear();
    if (!eof && bytes.remaining() < 8) {
      consumed += bytes.position();
      bytes.compact();
      int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
      if (n < 0) {
        eof = true;
      } else {
        bytes.position(bytes.position() + n);
      }
      bytes.flip();
    }
    CoderResult r = decoder.decode(bytes, chars, eof);
    if (r.isError()) {
      throw new MalformedUtf8(bytesRead(), r.length());
    }
    if (eof && !bytes.hasRemaining()) {
      decoder.flush(chars);
      done = true;
    }
    chars.flip();
    if (!started && chars.hasRemaining()) {
      started = true;
      if (chars.get(chars.position()) == '\uFEFF') {
        chars.get(); // a leading byte order mark is no part of the text
      }
    }
    return chars.hasRemaining() || !done;
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
