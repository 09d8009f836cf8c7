package io.github.ascribe.corpus;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.citations.Ascribe;
import io.github.ascribe.core.Article;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Objects;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Many articles, analysed lazily and in parallel, delivered in input order. A corpus never holds
 * more than a bounded window of documents: texts are read only when there is room in the window, so
 * a corpus of any size runs in a small, fixed heap.
 *
 * <pre>{@code
 * Corpus.ofJsonLines(Path.of("articles.jsonl"))          // {"id": "...", "text": "..."} per line
 *     .forEachOrdered(o -> {
 *       if (o instanceof Corpus.Result r) {
 *         System.out.println(r.id() + " " + r.article().summary());
 *       } else if (o instanceof Corpus.Failed f) {
 *         System.err.println(f.id() + ": " + f.error());
 *       }
 *     });
 *
 * Corpus.of(texts.stream()).threads(4).window(16).analyzer(myAnalyzer).stream()
 *     .filter(Corpus.Result.class::isInstance) ...
 * }</pre>
 *
 * <p>Sources: {@link #of(Stream)} and {@link #of(Iterable)} (ids are the positions, {@code "1"},
 * {@code "2"}, …), {@link #ofDirectory(Path)} (files ending in {@code .txt} or {@code .md}, read as
 * strict UTF-8, ids are the paths relative to the directory) and {@link #ofJsonLines(Path)} (one JSON
 * object per line with a string {@code text} field and an optional string or number {@code id}; blank
 * lines are skipped; the id defaults to {@code line N}). Each document is read by {@link
 * DocumentReader}'s rules; JSON is read with Jackson's streaming parser.
 *
 * <p>Processing: documents are taken from the source on the consumer's thread, analysed on {@link
 * #threads(int)} worker threads (default: all processors), and handed to the consumer in input order.
 * At most {@link #window(int)} documents (default: eight per processor) are taken and not yet handed
 * over at any time, besides the one the consumer is handling. A document that cannot be read (a
 * missing or non-UTF-8 file, a bad JSON line) becomes a {@link Failed} result in its place; the run
 * goes on. An {@link Error} such as {@link OutOfMemoryError} ends the run.
 *
 * <p>A corpus is a description of a run; {@link #forEachOrdered(Consumer)} and {@link #stream()} each
 * start a run. A corpus made from a {@link Stream} or an {@link Iterator}-like source can run once;
 * {@link #ofDirectory(Path)}, {@link #ofJsonLines(Path)} and {@link #of(Iterable)} read their source
 * again each time. Instances are immutable; the configuration methods return new instances.
 */
public final class Corpus {

  /**
   * What became of one document, in input order: a {@link Result} or a {@link Failed}.
   *
   * <p>This interface used to be called {@code Result}, and {@link Result} used to be called {@code
   * Analysed}; {@link Analysed} stays, deprecated, for one version.
   */
  public sealed interface Outcome permits Result, Failed {
    /**
     * The document's position in the input, from 0.
     *
     * @return the index
     */
    long index();

    /**
     * The document's id: its position from 1, its relative path, or its JSON {@code id}.
     *
     * @return the id
     */
    String id();
  }

  /**
   * One text's analysis: a document that was read and analysed.
   *
   * @param index position in the input, from 0
   * @param id the document's id
   * @param article the analysis
   */
  @SuppressWarnings("removal") // implements Analysed for one version, so that old code still runs
  public record Result(long index, String id, Article article) implements Outcome, Analysed {
    /** Checks the fields. */
    public Result {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(article, "article");
    }
  }

  /**
   * The former name of {@link Result}, whose name was too close to {@link Analyzer}'s. Every {@code
   * Result} is an {@code Analysed}, so {@code o instanceof Corpus.Analysed a} and {@code a.article()}
   * still work.
   *
   * @deprecated use {@link Result}; {@code Analysed} goes in the next version
   */
  @Deprecated(forRemoval = true)
  public interface Analysed {
    /**
     * The document's position in the input, from 0.
     *
     * @return the index
     */
    long index();

    /**
     * The document's id.
     *
     * @return the id
     */
    String id();

    /**
     * The analysis.
     *
     * @return the article
     */
    Article article();
  }

  /**
   * A document that could not be read or analysed.
   *
   * @param index position in the input, from 0
   * @param id the document's id (or a stand-in such as {@code line 7} when its JSON could not be read)
   * @param error what went wrong, for people
   */
  public record Failed(long index, String id, String error) implements Outcome {
    /** Checks the fields. */
    public Failed {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(error, "error");
    }
  }

  /** A source of documents: each run opens it once. */
  private interface Source {
    Sources.Run open();
  }

  private final Source source;
  private final Analyzer analyzer;
  private final int threads;
  private final int window;

  private Corpus(Source source, Analyzer analyzer, int threads, int window) {
    this.source = source;
    this.analyzer = analyzer;
    this.threads = threads;
    this.window = window;
  }

  /**
   * Results are delivered in input order, so one long document holds the ones after it back; the
   * window must be wide enough that the other threads keep working meanwhile. Two per processor
   * gave 1.5x on 2 processors on documents of 1 KB to 1 MB; eight gave 1.7x to 1.8x (docs/performance.md).
   */
  private static final int DEFAULT_WINDOW_PER_PROCESSOR = 8;

  private static Corpus with(Source source) {
    int cores = Runtime.getRuntime().availableProcessors();
    return new Corpus(source, null, cores, DEFAULT_WINDOW_PER_PROCESSOR * cores);
  }

  /**
   * A corpus of texts from a stream, read lazily; it can run once. Ids are positions from 1.
   *
   * @param texts the articles; null elements become failures
   * @return the corpus
   */
  public static Corpus of(Stream<String> texts) {
    Objects.requireNonNull(texts, "texts");
    AtomicBoolean used = new AtomicBoolean();
    return with(() -> {
      if (used.getAndSet(true)) {
        throw new IllegalStateException("a corpus made from a Stream can run only once");
      }
      return Sources.ofTexts(texts.iterator(), texts::close);
    });
  }

  /**
   * A corpus of texts; each run iterates the iterable again. Ids are positions from 1.
   *
   * @param texts the articles; null elements become failures
   * @return the corpus
   */
  public static Corpus of(Iterable<String> texts) {
    Objects.requireNonNull(texts, "texts");
    return with(() -> Sources.ofTexts(texts.iterator(), () -> { }));
  }

  /**
   * The {@code .txt} and {@code .md} files under a directory, recursively, in order of their relative
   * paths (compared as strings with {@code /}). Hidden files and directories (name starting with
   * {@code .}) are skipped. Each file is read, as strict UTF-8 with a leading byte order mark
   * dropped, on a worker thread; the listing of paths (not their content) is made when a run starts.
   *
   * @param directory the directory
   * @return the corpus
   */
  public static Corpus ofDirectory(Path directory) {
    Objects.requireNonNull(directory, "directory");
    return with(() -> DirectorySource.open(directory));
  }

  /**
   * A JSON Lines file: one JSON object per line with a string {@code text} field and an optional
   * string or number {@code id} field; other fields are ignored. Lines are read one at a time and
   * decoded and parsed on worker threads, so a line that is not UTF-8, not a JSON object or has no
   * {@code text} becomes a {@link Failed} result. Blank lines are skipped (but counted in line numbers).
   *
   * @param file the file
   * @return the corpus
   */
  public static Corpus ofJsonLines(Path file) {
    Objects.requireNonNull(file, "file");
    return with(() -> new JsonLinesSource(file));
  }

  /**
   * The analyser to use (default {@link Ascribe}'s: the bundled registry and default settings).
   *
   * @param analyzer the analyser; it is shared by the worker threads
   * @return a new corpus with that analyser
   */
  public Corpus analyzer(Analyzer analyzer) {
    return new Corpus(source, Objects.requireNonNull(analyzer, "analyzer"), threads, window);
  }

  /**
   * The number of worker threads (default: {@link Runtime#availableProcessors()}).
   *
   * @param threads at least 1
   * @return a new corpus
   * @throws IllegalArgumentException if {@code threads < 1}
   */
  public Corpus threads(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1: " + threads);
    }
    return new Corpus(source, analyzer, threads, window);
  }

  /**
   * The most documents taken from the source and not yet handed to the consumer (default: eight per
   * processor). Memory is bounded by this many documents and their analyses; a wider window keeps the
   * threads busy when documents differ much in size, since results are handed over in input order.
   *
   * @param window at least 1
   * @return a new corpus
   * @throws IllegalArgumentException if {@code window < 1}
   */
  public Corpus window(int window) {
    if (window < 1) {
      throw new IllegalArgumentException("window must be >= 1: " + window);
    }
    return new Corpus(source, analyzer, threads, window);
  }

  /**
   * Runs the corpus and hands each result to {@code action}, in input order, on the calling thread.
   * Returns when every document has been handed over; an exception thrown by {@code action} stops
   * the run and is rethrown.
   *
   * @param action what to do with each result
   */
  public void forEachOrdered(Consumer<? super Outcome> action) {
    Objects.requireNonNull(action, "action");
    try (Stream<Outcome> results = stream()) {
      results.forEach(action);
    }
  }

  /**
   * Starts a run and returns its results as an ordered, sequential, lazy stream. Close the stream
   * (try-with-resources) if you stop reading before its end, to stop the worker threads and close
   * the source; reading it to the end does that too.
   *
   * @return the results, in input order
   */
  public Stream<Outcome> stream() {
    Analyzer a = analyzer != null ? analyzer : Default.ANALYZER;
    Sources.Run docs = source.open();
    Iterator<Callable<Outcome>> tasks = new Iterator<>() {
      @Override
      public boolean hasNext() {
        return docs.hasNext();
      }

      @Override
      public Callable<Outcome> next() {
        Sources.Pending d = docs.next();
        return () -> analyse(a, d);
      }
    };
    OrderedExecution<Outcome> run = new OrderedExecution<>(tasks, threads, window);
    Spliterator<Outcome> split = Spliterators.spliteratorUnknownSize(run, Spliterator.ORDERED | Spliterator.NONNULL);
    return StreamSupport.stream(split, false).onClose(() -> {
      try {
        run.close();
      } finally {
        docs.close();
      }
    });
  }

  private static Outcome analyse(Analyzer analyzer, Sources.Pending d) {
    Document doc;
    try {
      doc = d.read();
    } catch (IOException | RuntimeException | StackOverflowError e) {
      return new Failed(d.index(), d.id(), Sources.describe(e));
    }
    if (!doc.isReadable()) {
      return new Failed(d.index(), doc.id(), doc.message());
    }
    try {
      return new Result(d.index(), doc.id(), analyzer.analyze(doc.text()));
    } catch (RuntimeException | StackOverflowError e) {
      return new Failed(d.index(), doc.id(), "analysis failed: " + Sources.describe(e));
    }
  }

  private static final class Default {
    static final Analyzer ANALYZER = Analyzer.builder().build();
  }

  @Override
  public String toString() {
    return "Corpus[threads=" + threads + ", window=" + window + "]";
  }
}
