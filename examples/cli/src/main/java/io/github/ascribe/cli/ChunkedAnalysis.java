package io.github.ascribe.cli;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.core.Article;
import io.github.ascribe.corpus.Corpus;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Runs {@code analyze} for a streaming report: each file is checked ({@link StreamInput}), cut into
 * pieces ({@link Chunker}), the pieces of all files are analysed in parallel by a {@link Corpus} and
 * handed back in order, and each is written at once in whole-file offsets ({@link FileTotals}). At
 * most a few pieces and their analyses are in memory, whatever the input's size.
 *
 * <pre>{@code
 * new ChunkedAnalysis(analyzer, options, stdin, status, progress).run(files, new JsonReport(false), out);
 * }</pre>
 *
 * <p>One run per instance; not thread-safe (the corpus's workers only analyse).
 */
final class ChunkedAnalysis {

  /**
   * One piece taken by the corpus, or an input that could not be opened (then {@code chunk} is null).
   *
   * @param input the opened input, or null
   * @param name the input's name
   * @param chunk the piece, or null
   * @param first whether it is the input's first piece
   * @param error why the input could not be read, or null
   * @param bytes the input's bytes read when the piece was cut, for progress
   */
  private record Item(StreamInput input, String name, Chunk chunk, boolean first, String error, long bytes) {}

  private final Analyzer analyzer;
  private final StreamOptions options;
  private final java.io.InputStream stdin;
  private final ExitStatus status;
  private final Progress progress;
  private final Deque<Item> taken = new ArrayDeque<>();
  private FileTotals totals;

  ChunkedAnalysis(Analyzer analyzer, StreamOptions options, java.io.InputStream stdin, ExitStatus status,
      Progress progress) {
    this.analyzer = analyzer;
    this.options = options;
    this.stdin = stdin;
    this.status = status;
    this.progress = progress;
  }

  /**
   * Analyses the files into the report, in the order given.
   *
   * @param files the names as given
   * @param report the report, begun and ended by the caller
   * @param out the destination
   * @throws IOException if writing fails
   */
  void run(List<String> files, StreamingReport report, Writer out) throws IOException {
    Pieces pieces = new Pieces(files);
    int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    try {
      Corpus.of(() -> pieces).analyzer(analyzer).threads(threads).window(threads + 1).forEachOrdered(o -> {
        try {
          handle(o, taken.remove(), report, out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } finally {
      pieces.close();
    }
  }

  private void handle(Corpus.Outcome o, Item item, StreamingReport report, Writer out) throws IOException {
    if (item.error() != null) {
      status.unreadable(item.error());
      progress.fileDone();
      return;
    }
    Chunk chunk = item.chunk();
    if (o instanceof Corpus.Failed f) {
      throw new IllegalStateException(item.name() + ": the analysis of the piece at offset " + chunk.start()
          + " failed: " + f.error());
    }
    Article a = ((Corpus.Result) o).article();
    if (item.first()) {
      totals = new FileTotals(Analyzer.DEFAULT_MAX_DIAGNOSTICS);
      report.beginFile(item.name(), item.input().length(), out);
    }
    JsonModel.Part part = totals.add(a, chunk.start(), chunk.line());
    if (chunk.dropped() > 0) {
      totals.add(cut(chunk));
    }
    report.part(part, out);
    progress.bytes(item.bytes());
    if (chunk.last()) {
      FileTotals.End end = totals.end();
      report.endFile(end, out);
      out.flush();
      status.file(item.name(), end.summary(), totals.truncation());
      totals = null;
      progress.fileDone();
    }
  }

  /** The error for a paragraph cut at {@code --max-paragraph}: it spans the part left out. */
  private static JsonModel.DiagnosticEntry cut(Chunk chunk) {
    String t = chunk.text();
    int lineStart = t.length();
    while (lineStart > 0 && "\n\r\u0085\u2028\u2029".indexOf(t.charAt(lineStart - 1)) < 0) {
      lineStart--;
    }
    long kept = t.length() - lineStart;
    long from = chunk.start() + t.length();
    int line = Math.toIntExact(chunk.line() + Chunker.breaks(t) + 1);
    int column = t.codePointCount(lineStart, t.length()) + 1;
    return new JsonModel.DiagnosticEntry("ERROR", FileTotals.INPUT_TRUNCATED, "a paragraph of "
        + (kept + chunk.dropped()) + " characters is longer than --max-paragraph; only its first " + kept
        + " were analysed", Math.toIntExact(from), Math.toIntExact(from + chunk.dropped()), line, column);
  }

  /** The pieces of all files in order, taken on the consumer's thread; each is noted in {@code taken}. */
  private final class Pieces implements Iterator<String> {

    private final List<String> files;
    private int next;
    private StreamInput input;
    private Chunker chunker;
    private boolean first;
    private Item ready;

    Pieces(List<String> files) {
      this.files = files;
    }

    @Override
    public boolean hasNext() {
      if (ready == null) {
        ready = advance();
      }
      return ready != null;
    }

    @Override
    public String next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Item item = ready;
      ready = null;
      taken.add(item);
      return item.chunk() == null ? null : item.chunk().text();
    }

    private Item advance() {
      while (true) {
        if (chunker != null && chunker.hasNext()) {
          Chunk c = read();
          Item item = new Item(input, input.name(), c, first, null, input.bytesRead());
          first = false;
          if (c.last()) {
            close();
          }
          return item;
        }
        close();
        if (next == files.size()) {
          return null;
        }
        String name = files.get(next++);
        progress.file(name);
        try {
          input = StreamInput.open(name, stdin, options.maxSize);
          chunker = new Chunker(input.reader(), (int) options.chunkSize, (int) options.maxParagraph);
          first = true;
        } catch (CliException e) {
          close();
          return new Item(null, name, null, false, e.getMessage(), 0);
        }
      }
    }

    private Chunk read() {
      try {
        return chunker.next();
      } catch (UncheckedIOException e) {
        // the input was checked when opened: it changed while being read
        String why = e.getCause() instanceof StrictUtf8Reader.MalformedUtf8 m ? m.getMessage()
            : InputFiles.describe(e.getCause());
        throw new CliException(input.name() + ": " + why + " (it changed while being read)");
      }
    }

    void close() {
      if (input != null) {
        input.close();
      }
      input = null;
      chunker = null;
    }
  }
}
