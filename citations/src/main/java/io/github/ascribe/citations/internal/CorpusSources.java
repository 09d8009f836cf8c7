package io.github.ascribe.citations.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The document sources behind {@code Corpus}: texts from an iterator, files under a directory, lines
 * of a JSON Lines file. Each yields documents lazily; reading and decoding a document's text happens
 * in {@link Document#read()}, on a worker thread, so that a bad document fails alone.
 */
public final class CorpusSources {

  /** The longest JSON line or file read, in bytes (the analyser reads at most 16 Mi characters anyway). */
  public static final int MAX_BYTES = 64 << 20;

  private static final Set<String> JSON_FIELDS = Set.of("id", "text");

  private CorpusSources() {}

  /**
   * A document's id and text.
   *
   * @param id the id
   * @param text the text
   */
  public record Text(String id, String text) {}

  /** A document was read but cannot be used; its id is known (from its content). */
  public static final class UnusableDocument extends Exception {
    private static final long serialVersionUID = 1L;
    private final String id;

    UnusableDocument(String id, String message) {
      super(message);
      this.id = id;
    }

    /** @return the document's id */
    public String id() {
      return id;
    }
  }

  /** One document: where it is in the input and how to read it. */
  public interface Document {
    /** @return position from 0 */
    long index();

    /** @return the id known before reading (a position, a path, or {@code line N}) */
    String id();

    /**
     * Reads the text; may be slow (file I/O, JSON) and may fail.
     *
     * @return the id (possibly from the content) and the text
     * @throws Exception if the document cannot be read
     */
    Text read() throws Exception;
  }

  /** The documents of one run, read lazily; closes itself when exhausted. */
  public interface Documents extends Iterator<Document>, AutoCloseable {
    @Override
    void close();
  }

  private record Fixed(long index, String id, Text text, String error) implements Document {
    @Override
    public Text read() throws IOException {
      if (error != null) {
        throw new IOException(error);
      }
      return text;
    }
  }

  /**
   * Texts from an iterator; ids are positions from 1.
   *
   * @param texts the texts
   * @param onClose what closing does (close a stream)
   * @return the documents
   */
  public static Documents ofTexts(Iterator<String> texts, Runnable onClose) {
    return new Documents() {
      private long index;
      private boolean closed;

      @Override
      public boolean hasNext() {
        boolean more = !closed && texts.hasNext();
        if (!more) {
          close();
        }
        return more;
      }

      @Override
      public Document next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        String t = texts.next();
        long i = index++;
        String id = Long.toString(i + 1);
        return new Fixed(i, id, t == null ? null : new Text(id, t), t == null ? "the text is null" : null);
      }

      @Override
      public void close() {
        if (!closed) {
          closed = true;
          onClose.run();
        }
      }
    };
  }

  /**
   * The {@code .txt} and {@code .md} files under a directory, by relative path; hidden entries are
   * skipped. A directory or file that cannot be listed becomes a failed document.
   *
   * @param dir the directory
   * @return the documents
   */
  public static Documents ofDirectory(Path dir) {
    List<String[]> entries = new ArrayList<>(); // relative path, error (or null)
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs) {
          return !d.equals(dir) && hidden(d) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) {
          String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
          if (!hidden(f) && (name.endsWith(".txt") || name.endsWith(".md"))) {
            entries.add(new String[] {relative(dir, f), attrs.isDirectory() ? "is a directory" : null});
          }
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path f, IOException e) {
          entries.add(new String[] {relative(dir, f), describe(e)});
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException | RuntimeException e) {
      entries.add(new String[] {dir.toString(), describe(e)});
    }
    entries.sort(Comparator.comparing((String[] e) -> e[0]));
    Iterator<String[]> it = entries.iterator();
    return new Documents() {
      private long index;

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Document next() {
        String[] e = it.next();
        long i = index++;
        if (e[1] != null) {
          return new Fixed(i, e[0], null, e[1]);
        }
        Path file = dir.resolve(e[0]);
        return new Document() {
          @Override
          public long index() {
            return i;
          }

          @Override
          public String id() {
            return e[0];
          }

          @Override
          public Text read() throws IOException {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
              throw new IOException("too large (" + size + " bytes; the limit is " + MAX_BYTES + ")");
            }
            return new Text(e[0], decode(Files.readAllBytes(file), 0, -1));
          }
        };
      }

      @Override
      public void close() {}
    };
  }

  private static boolean hidden(Path p) {
    Path name = p.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String relative(Path dir, Path f) {
    return dir.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
  }

  /**
   * The lines of a JSON Lines file, read one at a time; each non-blank line is a document whose
   * {@link Document#read()} decodes and parses it.
   *
   * @param file the file
   * @return the documents
   */
  public static Documents ofJsonLines(Path file) {
    return new JsonLinesDocuments(file);
  }

  private static final class JsonLinesDocuments implements Documents {
    private final Path file;
    private InputStream in;
    private boolean done;
    private long index;
    private long lineNumber;
    private Document next;

    JsonLinesDocuments(Path file) {
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
    public Document next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Document d = next;
      next = null;
      return d;
    }

    private Document advance() {
      try {
        if (in == null) {
          in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
          in.mark(3);
          if (!(in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF)) {
            in.reset(); // no byte order mark
          }
        }
        while (true) {
          boolean any = readLine();
          int b = atEnd ? -1 : '\n';
          if (b < 0 && !any) {
            close();
            return null;
          }
          long number = ++lineNumber;
          byte[] bytes = Arrays.copyOf(lineBuf, lineLength);
          boolean tooLong = lineTooLong;
          if (isBlank(bytes)) {
            if (b < 0) {
              close();
              return null;
            }
            continue;
          }
          long i = index++;
          String stand = "line " + number;
          if (tooLong) {
            return new Fixed(i, stand, null, "line longer than " + MAX_BYTES + " bytes");
          }
          return new JsonLine(i, stand, bytes);
        }
      } catch (IOException | RuntimeException e) {
        long i = index++;
        close();
        return new Fixed(i, lineNumber == 0 ? file.toString() : "after line " + lineNumber, null,
            file + ": " + describe(e));
      }
    }

    private final byte[] buf = new byte[1 << 16];
    private int bufPos;
    private int bufEnd;
    private boolean atEnd;
    private byte[] lineBuf = new byte[256];
    private int lineLength;
    private boolean lineTooLong;

    /**
     * Reads up to the next '\n' (not kept) or the end of the file into {@link #lineBuf}, at most
     * {@link #MAX_BYTES} of it; sets {@link #atEnd} when the file ended before a '\n'. Scans the
     * buffer in bulk rather than a byte per call.
     *
     * @return whether any byte was read (a '\n' counts)
     */
    private boolean readLine() throws IOException {
      lineLength = 0;
      lineTooLong = false;
      boolean any = false;
      while (true) {
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
    }

    private void append(int from, int to) {
      int room = MAX_BYTES - lineLength;
      int n = Math.min(to - from, room);
      if (n < to - from) {
        lineTooLong = true;
      }
      if (n <= 0) {
        return;
      }
      if (lineLength + n > lineBuf.length) {
        lineBuf = Arrays.copyOf(lineBuf, Math.min(MAX_BYTES, Math.max(lineLength + n, 2 * lineBuf.length)));
      }
      System.arraycopy(buf, from, lineBuf, lineLength, n);
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

  private static boolean isBlank(byte[] bytes) {
    for (byte x : bytes) {
      if (x != ' ' && x != '\t' && x != '\r') {
        return false;
      }
    }
    return true;
  }

  private record JsonLine(long index, String id, byte[] bytes) implements Document {
    @Override
    public Text read() throws Exception {
      String json = decode(bytes, 0, bytes.length);
      Map<String, JsonFields.Value> fields = JsonFields.read(json, JSON_FIELDS);
      JsonFields.Value id = fields.get("id");
      String name = id != null ? id.text() : id();
      JsonFields.Value text = fields.get("text");
      if (text == null || !text.isString()) {
        throw new UnusableDocument(name, text == null ? "no string \"text\" field" : "\"text\" is not a string");
      }
      return new Text(name, text.text());
    }
  }

  /**
   * Decodes strict UTF-8 (no replacement characters); a leading byte order mark is dropped.
   *
   * @param bytes the bytes
   * @param from first byte
   * @param length how many, or -1 for the rest
   * @return the text
   * @throws CharacterCodingException at the first byte that is not UTF-8
   */
  static String decode(byte[] bytes, int from, int length) throws CharacterCodingException {
    int n = length < 0 ? bytes.length - from : length;
    if (n >= 3 && (bytes[from] & 0xFF) == 0xEF && (bytes[from + 1] & 0xFF) == 0xBB && (bytes[from + 2] & 0xFF) == 0xBF) {
      from += 3;
      n -= 3;
    }
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes, from, n))
        .toString();
  }

  /**
   * A short description of a failure for a {@code Failed} result.
   *
   * @param e the failure
   * @return its message, with the exception type when that says more
   */
  public static String describe(Throwable e) {
    String m = e.getMessage();
    if (e instanceof CharacterCodingException) {
      return "not UTF-8 (" + e.getClass().getSimpleName() + (m != null ? ": " + m : "") + ")";
    }
    if (e instanceof JsonFields.JsonException) {
      return "not a JSON object: " + m;
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file: " + m;
    }
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return e instanceof IOException && !(e.getClass() == IOException.class)
        ? e.getClass().getSimpleName() + ": " + m : m;
  }
}
