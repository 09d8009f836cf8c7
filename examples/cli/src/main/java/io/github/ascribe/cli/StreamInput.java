package io.github.ascribe.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * One input opened for streaming: checked first (size, strict UTF-8, UTF-16 length) in one pass
 * without holding it, then read again by {@link #reader()}. Standard input is copied to a temporary
 * file first, so it is checked the same way; closing deletes the copy. A bad input is refused before
 * any of its report is written.
 *
 * <pre>{@code
 * try (StreamInput in = StreamInput.open("big.txt", System.in, 1L << 30)) {
 *   Chunker chunks = new Chunker(in.reader(), 1 << 20, 16 << 20);
 *   ...
 * }
 * }</pre>
 *
 * <p>Not thread-safe.
 */
final class StreamInput implements Closeable {

  private final String name;
  private final Path path;
  private final boolean temporary;
  private final long bytes;
  private final long length;
  private StrictUtf8Reader reader;

  private StreamInput(String name, Path path, boolean temporary, long bytes, long length) {
    this.name = name;
    this.path = path;
    this.temporary = temporary;
    this.bytes = bytes;
    this.length = length;
  }

  /**
   * Opens and checks an input.
   *
   * @param name the path as given, or {@code -} for standard input
   * @param stdin what {@code -} reads
   * @param maxSize the largest size accepted, in bytes
   * @return the checked input
   * @throws CliException if it cannot be read, is too large or is not UTF-8; the message starts with the name
   */
  static StreamInput open(String name, InputStream stdin, long maxSize) {
    Path path = null;
    boolean temporary = InputFiles.STDIN.equals(name);
    try {
      if (temporary) {
        path = Files.createTempFile("ascribe-stdin-", ".txt");
        path.toFile().deleteOnExit();
        long copied;
        try (OutputStream out = Files.newOutputStream(path)) {
          copied = copy(stdin, out, maxSize + 1);
        }
        if (copied > maxSize) {
          throw new CliException(name + ": too large (more than " + maxSize + " bytes; see --max-size)");
        }
      } else {
        path = Path.of(name);
        if (Files.isDirectory(path)) {
          throw new CliException(name + ": is a directory");
        }
        long size = Files.size(path);
        if (size > maxSize) {
          throw new CliException(name + ": too large (" + size + " bytes; the limit is " + maxSize + ", see --max-size)");
        }
      }
      StreamInput in = new StreamInput(name, path, temporary, Files.size(path), check(name, path));
      path = null; // now the input's to delete
      return in;
    } catch (InvalidPathException e) {
      throw new CliException(name + ": not a valid path (" + e.getReason() + ")");
    } catch (IOException e) {
      throw new CliException(name + ": " + InputFiles.describe(e));
    } finally {
      if (temporary && path != null) {
        deleteQuietly(path);
      }
    }
  }

  private static long copy(InputStream in, OutputStream out, long max) throws IOException {
    byte[] buf = new byte[1 << 16];
    long total = 0;
    for (int n; total < max && (n = in.read(buf, 0, (int) Math.min(buf.length, max - total))) >= 0; ) {
      out.write(buf, 0, n);
      total += n;
    }
    return total;
  }

  /** The UTF-16 length of a file read as strict UTF-8; the whole file is decoded, a block at a time. */
  private static long check(String name, Path path) throws IOException {
    char[] buf = new char[1 << 16];
    long length = 0;
    try (Reader r = new StrictUtf8Reader(Files.newInputStream(path))) {
      for (int n; (n = r.read(buf)) >= 0; ) {
        length += n;
      }
    } catch (StrictUtf8Reader.MalformedUtf8 e) {
      throw new CliException(name + ": " + e.getMessage());
    }
    return length;
  }

  /**
   * The name as given.
   *
   * @return the path or {@code -}
   */
  String name() {
    return name;
  }

  /**
   * The size.
   *
   * @return bytes
   */
  long bytes() {
    return bytes;
  }

  /**
   * The text's length, a byte order mark not counted.
   *
   * @return UTF-16 units
   */
  long length() {
    return length;
  }

  /**
   * Opens the text for reading; call once.
   *
   * @return a strict UTF-8 reader of the input
   * @throws CliException if it cannot be opened again
   */
  StrictUtf8Reader reader() {
    if (reader != null) {
      throw new IllegalStateException("reader() was called already");
    }
    try {
      reader = new StrictUtf8Reader(Files.newInputStream(path));
      return reader;
    } catch (IOException e) {
      throw new CliException(name + ": " + InputFiles.describe(e));
    }
  }

  /**
   * Bytes read so far by {@link #reader()}.
   *
   * @return the count
   */
  long bytesRead() {
    return reader == null ? 0 : reader.bytesRead();
  }

  @Override
  public void close() {
    try {
      if (reader != null) {
        reader.close();
      }
    } catch (IOException e) {
      // spec: a file that was read to its end cannot lose data on close
    } finally {
      if (temporary) {
        deleteQuietly(path);
      }
    }
  }

  private static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException e) {
      p.toFile().deleteOnExit();
    }
  }
}
