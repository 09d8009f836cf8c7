package io.github.ascribe.cli;

import io.github.ascribe.corpus.DocumentReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads input files strictly as UTF-8, by the corpus module's rules ({@link DocumentReader}): a byte
 * sequence that is not UTF-8 is an error naming the file and the byte offset, never a replacement
 * character. A leading byte order mark is dropped (offsets count it).
 *
 * <pre>{@code
 * String text = InputFiles.read("article.txt", System.in);  // "-" reads System.in
 * }</pre>
 */
final class InputFiles {

  /** The largest input read, in bytes: a corpus's limit. */
  static final int MAX_BYTES = DocumentReader.MAX_BYTES;

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
    try {
      return DocumentReader.decode(bytes);
    } catch (DocumentReader.MalformedUtf8Exception e) {
      throw new CliException(name + ": not valid UTF-8 at byte " + e.offset()
          + " (" + e.length() + " malformed byte" + (e.length() == 1 ? "" : "s") + ")");
    }
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
