package io.github.ascribe.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads input files strictly as UTF-8: a byte sequence that is not UTF-8 is an error naming the file
 * and the byte offset, never a replacement character. A leading byte order mark is dropped, so
 * offsets count from the first character after it.
 *
 * <pre>{@code
 * String text = InputFiles.read("article.txt", System.in);  // "-" reads System.in
 * }</pre>
 */
final class InputFiles {

  /** The largest input read, in bytes (the analyser reads at most 16 Mi characters anyway). */
  static final int MAX_BYTES = 64 << 20;

  /** The name {@code -} stands for standard input. */
  static final String STDIN = "-";

  private InputFiles() {}

  /**
   * Reads a file, or standard input for {@code -}.
   *
   * @param name the path as given on the command line
   * @param stdin what {@code -} reads
   * @return the decoded text
   * @throws CliException if it cannot be read or is not UTF-8; the message starts with the name
   */
  static String read(String name, InputStream stdin) {
    byte[] bytes;
    try {
      if (STDIN.equals(name)) {
        bytes = stdin.readNBytes(MAX_BYTES + 1);
      } else {
        Path path = Path.of(name);
        if (Files.isDirectory(path)) {
          throw new CliException(name + ": is a directory");
        }
        long size = Files.size(path);
        if (size > MAX_BYTES) {
          throw new CliException(name + ": too large (" + size + " bytes; the limit is " + MAX_BYTES + ")");
        }
        bytes = Files.readAllBytes(path);
      }
    } catch (InvalidPathException e) {
      throw new CliException(name + ": not a valid path (" + e.getReason() + ")");
    } catch (IOException e) {
      throw new CliException(name + ": " + describe(e));
    }
    if (bytes.length > MAX_BYTES) {
      throw new CliException(name + ": too large (more than " + MAX_BYTES + " bytes)");
    }
    return decode(bytes, name);
  }

  /**
   * Decodes UTF-8 strictly, dropping a leading byte order mark.
   *
   * @param bytes the bytes
   * @param name the name for the error message
   * @return the text
   * @throws CliException at the first byte that is not UTF-8, naming its offset
   */
  static String decode(byte[] bytes, String name) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw new CliException(name + ": not valid UTF-8 at byte " + in.position()
          + " (" + result.length() + " malformed byte" + (result.length() == 1 ? "" : "s") + ")");
    }
    out.flip();
    if (out.length() > 0 && out.charAt(0) == '\uFEFF') {
      out.position(1);
    }
    return out.toString();
  }

  /**
   * A short, human description of an I/O failure, without the file name.
   *
   * @param e the failure
   * @return e.g. {@code no such file}
   */
  static String describe(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }
}
