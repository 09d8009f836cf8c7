package io.github.ascribe.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.github.ascribe.benchmarks.NewsTextGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a generated JSON Lines corpus: articles from {@link NewsTextGenerator} with a fixed seed,
 * sizes spread log-uniformly, ids {@code sample-0001} ...; every tenth article ends with a source line
 * that also names an outlet the bundled registry does not know (so the audit's list of unresolved
 * names has entries), and {@link #BAD_LINES} malformed lines follow (so {@code rejects} has rows).
 *
 * <pre>{@code
 * // the committed sample, examples/samples/corpus.jsonl (see docs/scale.md for the command)
 * SampleCorpus.write(Path.of("examples/samples/corpus.jsonl"), 300, 20251126L, true);
 * }</pre>
 *
 * <p>The same arguments always give the same bytes.
 */
public final class SampleCorpus {

  /** The outlets the sample names that the registry does not know. */
  static final String[] UNKNOWN_OUTLETS = {"Kyiv Dispatch", "Harbour Ledger", "Sahel Wire", "Baltic Courier",
      "Andes Chronicle"};

  /** Malformed lines appended to a sample with {@code bad == true}: not JSON, a number as text, no text. */
  static final String[] BAD_LINES = {
      "{\"id\": \"broken-1\", \"text\": \"a line cut in the mid",
      "{\"id\": \"broken-2\", \"text\": 42}",
      "{\"id\": \"broken-3\", \"body\": \"the text is under another name\"}"};

  private static final JsonFactory JSON = new JsonFactory();

  private SampleCorpus() {}

  /**
   * Generates and writes a corpus.
   *
   * @param file the JSON Lines file to write
   * @param count how many articles
   * @param seed the generator's seed
   * @param bad whether to append {@link #BAD_LINES}
   * @throws IOException if the file cannot be written
   */
  public static void write(Path file, int count, long seed, boolean bad) throws IOException {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = Files.newOutputStream(file)) {
      Iterator<String> texts = texts(count, seed).iterator();
      for (int i = 1; texts.hasNext(); i++) {
        out.write(line(String.format(Locale.ROOT, "sample-%04d", i), texts.next()).getBytes(StandardCharsets.UTF_8));
      }
      if (bad) {
        for (String b : BAD_LINES) {
          out.write((b + "\n").getBytes(StandardCharsets.UTF_8));
        }
      }
    }
  }

  /**
   * The article texts of a sample, in order.
   *
   * @param count how many
   * @param seed the seed
   * @return the texts
   */
  public static List<String> texts(int count, long seed) {
    NewsTextGenerator generator = new NewsTextGenerator(seed);
    List<String> texts = new ArrayList<>(count);
    Iterator<String> it = generator.articles(400, 12_000).iterator();
    for (int i = 1; i <= count; i++) {
      String text = it.next();
      if (i % 10 == 0) {
        text = text.stripTrailing() + "\n\nReuters, " + UNKNOWN_OUTLETS[(i / 10) % UNKNOWN_OUTLETS.length] + "\n";
      }
      texts.add(text);
    }
    return texts;
  }

  /**
   * One JSON Lines line.
   *
   * @param id the id
   * @param text the text
   * @return {@code {"id":...,"text":...}} and a line feed
   */
  static String line(String id, String text) {
    StringWriter w = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("id", id);
      g.writeStringField("text", text);
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return w + "\n";
  }

  /**
   * Writes the sample: {@code [file [count [seed]]]}, by default {@code examples/samples/corpus.jsonl},
   * 300 articles, seed 20251126.
   *
   * @param args the optional file, count and seed
   * @throws IOException if the file cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/samples/corpus.jsonl");
    int count = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 20251126L;
    write(file, count, seed, true);
    System.out.printf(Locale.ROOT, "%s: %d articles and %d malformed lines, %d bytes%n", file, count,
        BAD_LINES.length, Files.size(file));
  }
}
