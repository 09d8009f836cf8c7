package io.github.ascribe.corpus;

import io.github.ascribe.corpus.Document.Problem;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * What {@link Corpus} runs over: a source yields pending documents lazily, on the consumer's thread;
 * reading and decoding one ({@link Pending#read()}) happens on a worker thread, so that a bad
 * document fails alone. Texts from an iterator are here; files are in {@link DirectorySource} and
 * {@link JsonLinesSource}.
 */
final class Sources {

  private Sources() {}

  /** One document taken from a source: where it is in the input, and how to read it. */
  interface Pending {
    /** @return position from 0 */
    long index();

    /** @return the id known before reading (a position, a path, or {@code line N}) */
    String id();

    /**
     * Reads the document; may be slow (file I/O, JSON).
     *
     * @return the document, or why it cannot be used
     * @throws IOException if the file cannot be read
     */
    Document read() throws IOException;
  }

  /** The pending documents of one run; closes itself when exhausted. */
  interface Run extends Iterator<Pending>, AutoCloseable {
    @Override
    void close();
  }

  /** A document known when it is taken: a text, or a failure to list or open a file. */
  record Known(long index, String id, Document read) implements Pending {}

  /**
   * Texts from an iterator; ids are positions from 1; a null text is an unusable document.
   *
   * @param texts the texts
   * @param onClose what closing does (close a stream)
   * @return the run
   */
  static Run ofTexts(Iterator<String> texts, Runnable onClose) {
    return new Run() {
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
      public Pending next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        String t = texts.next();
        long i = index++;
        String id = Long.toString(i + 1);
        return new Known(i, id, t != null ? Document.of(id, t) : Document.unusable(id, Problem.UNREADABLE, "the text is null"));
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
   * A short description of a failure, for people.
   *
   * @param e the failure
   * @return its message, with the exception type when that says more
   */
  static String describe(Throwable e) {
    String m = e.getMessage();
    if (e instanceof NoSuchFileException) {
      return "no such file: " + m;
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied: " + m;
    }
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return e instanceof IOException && e.getClass() != IOException.class ? e.getClass().getSimpleName() + ": " + m : m;
  }
}
