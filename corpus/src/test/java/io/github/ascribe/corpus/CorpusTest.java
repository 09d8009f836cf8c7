package io.github.ascribe.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ascribe.citations.Ascribe;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming corpus: input order, a bounded window, per-document failures, the three sources. */
class CorpusTest {

  private static final List<String> SENTENCES = List.of("Prices rose 5% in May, according to Reuters.",
      "The talks ended without a deal.", "Officials said the plan was dead.", "WSJ, The Guardian, Yahoo",
      "Mr. Smith met U.S. officials on Jan. 5. AP News + The Guardian.", "BRUSSELS (Reuters) - Talks resumed.");

  /** Articles of very different sizes, so that workers finish out of order. */
  private static List<String> texts(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      StringBuilder sb = new StringBuilder("Article " + i + ". ");
      int paragraphs = (i % 7 == 0) ? 40 : 1 + i % 3;
      for (int p = 0; p < paragraphs; p++) {
        sb.append(SENTENCES.get((i + p) % SENTENCES.size())).append('\n');
      }
      out.add(sb.toString());
    }
    return out;
  }

  @Test
  void deliversEveryResultInInputOrderAndEqualToSequentialAnalysis() {
    List<String> texts = texts(120);
    List<Corpus.Outcome> results = new ArrayList<>();
    Corpus.of(texts).threads(4).window(5).forEachOrdered(results::add);
    assertThat(results).hasSize(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      Corpus.Outcome r = results.get(i);
      assertThat(r.index()).isEqualTo(i);
      assertThat(r.id()).isEqualTo(Integer.toString(i + 1));
      assertThat(r).isInstanceOf(Corpus.Result.class);
      assertThat(((Corpus.Result) r).article()).isEqualTo(Ascribe.analyze(texts.get(i)));
    }
  }

  @Test
  void neverTakesMoreThanTheWindowAheadOfTheConsumer() {
    int window = 3;
    AtomicLong taken = new AtomicLong();
    AtomicLong delivered = new AtomicLong();
    AtomicLong maxAhead = new AtomicLong();
    List<String> texts = texts(60);
    Iterable<String> counting = () -> new Iterator<>() {
      private int i;

      @Override
      public boolean hasNext() {
        return i < texts.size();
      }

      @Override
      public String next() {
        taken.incrementAndGet();
        return texts.get(i++);
      }
    };
    Corpus.of(counting).threads(2).window(window).forEachOrdered(r -> {
      long d = delivered.incrementAndGet();
      maxAhead.accumulateAndGet(taken.get() - d, Math::max);
      if (d % 10 == 0) {
        sleep(20); // a slow consumer: the source must wait, not run ahead
      }
      maxAhead.accumulateAndGet(taken.get() - d, Math::max);
    });
    assertThat(delivered.get()).isEqualTo(texts.size());
    assertThat(maxAhead.get()).isBetween(1L, (long) window);
  }

  @Test
  void anInfiniteStreamRunsInBoundedMemoryWhenTheConsumerStops() {
    AtomicLong made = new AtomicLong();
    Stream<String> endless = Stream.generate(() -> "Story " + made.incrementAndGet() + ", officials said.");
    try (Stream<Corpus.Outcome> results = Corpus.of(endless).threads(2).window(4).stream()) {
      assertThat(results.limit(50).count()).isEqualTo(50);
    }
    assertThat(made.get()).isLessThanOrEqualTo(50 + 4);
  }

  @Test
  void aStreamCorpusRunsOnceAnIterableCorpusAgain() {
    Corpus once = Corpus.of(Stream.of("One.", "Two."));
    assertThat(once.stream().count()).isEqualTo(2);
    assertThatThrownBy(once::stream).isInstanceOf(IllegalStateException.class);
    Corpus again = Corpus.of(List.of("One.", "Two."));
    assertThat(again.stream().count()).isEqualTo(2);
    assertThat(again.stream().count()).isEqualTo(2);
  }

  @Test
  void aNullTextFailsAloneAndAConsumerExceptionStopsTheRun() {
    List<String> texts = new ArrayList<>(List.of("One.", "Two."));
    texts.add(1, null);
    List<Corpus.Outcome> results = new ArrayList<>();
    Corpus.of(texts).forEachOrdered(results::add);
    assertThat(results).extracting(r -> r.getClass().getSimpleName()).containsExactly("Result", "Failed", "Result");
    AtomicInteger seen = new AtomicInteger();
    assertThatThrownBy(() -> Corpus.of(texts(30)).threads(2).forEachOrdered(r -> {
      if (seen.incrementAndGet() == 3) {
        throw new IllegalArgumentException("stop");
      }
    })).isInstanceOf(IllegalArgumentException.class).hasMessage("stop");
    assertThat(seen.get()).isEqualTo(3);
  }

  @Test
  void jsonLinesFailPerLineAndKeepGoing(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("corpus.jsonl");
    byte[] bad = {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, '"', '}', '\n'};
    try (var out = Files.newOutputStream(file)) {
      out.write(("\uFEFF{\"id\": \"a\", \"text\": \"Prices rose, according to Reuters.\", \"tags\": [1, {\"x\": null}]}\n"
          + "\n"
          + "{\"id\": 7, \"text\": \"Caf\\u00e9 \\\"owners\\\" said so.\\nWSJ, The Guardian\"}\r\n"
          + "{\"id\": \"broken\", \"text\": \"no end\n"
          + "{\"id\": \"no-text\"}\n").getBytes(StandardCharsets.UTF_8));
      out.write(bad);
      out.write("{\"text\": \"Last one.\"}".getBytes(StandardCharsets.UTF_8));
    }
    List<Corpus.Outcome> results = new ArrayList<>();
    Corpus.ofJsonLines(file).threads(2).window(2).forEachOrdered(results::add);
    assertThat(results).extracting(Corpus.Outcome::id)
        .containsExactly("a", "7", "line 4", "no-text", "line 6", "line 7");
    assertThat(results).extracting(Corpus.Outcome::index).containsExactly(0L, 1L, 2L, 3L, 4L, 5L);
    assertThat(results).extracting(r -> r instanceof Corpus.Result)
        .containsExactly(true, true, false, false, false, true);
    Corpus.Result second = (Corpus.Result) results.get(1);
    assertThat(second.article().text()).isEqualTo("Café \"owners\" said so.\nWSJ, The Guardian");
    assertThat(((Corpus.Failed) results.get(2)).error()).contains("not a JSON object").contains("line 4");
    assertThat(((Corpus.Failed) results.get(3)).error()).contains("no string \"text\" field");
    assertThat(((Corpus.Failed) results.get(4)).error()).contains("not UTF-8");
  }

  @Test
  @SuppressWarnings("removal")
  void theFormerNameAnalysedStillMatchesEveryResult() {
    Corpus.Outcome o = Corpus.of(List.of("Prices rose, AP said.")).stream().toList().get(0);
    assertThat(o).isInstanceOf(Corpus.Analysed.class);
    assertThat(((Corpus.Analysed) o).article()).isEqualTo(((Corpus.Result) o).article());
  }

  @Test
  void aMissingJsonLinesFileIsOneFailure(@TempDir Path dir) {
    List<Corpus.Outcome> results = new ArrayList<>();
    Corpus.ofJsonLines(dir.resolve("absent.jsonl")).forEachOrdered(results::add);
    assertThat(results).singleElement().isInstanceOf(Corpus.Failed.class);
  }

  @Test
  void directoryFilesInPathOrderWithUnreadableOnesAsFailures(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("b.txt"), "Second, officials said.");
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("a/z.md"), "# Title\n\nFirst, according to AFP.");
    Files.writeString(dir.resolve(".hidden.txt"), "skipped");
    Files.writeString(dir.resolve("notes.json"), "skipped");
    Files.write(dir.resolve("c.txt"), new byte[] {'o', 'k', (byte) 0xFF});
    Files.createSymbolicLink(dir.resolve("d.txt"), dir.resolve("nowhere"));
    List<Corpus.Outcome> results = new ArrayList<>();
    Corpus.ofDirectory(dir).forEachOrdered(results::add);
    assertThat(results).extracting(Corpus.Outcome::id).containsExactly("a/z.md", "b.txt", "c.txt", "d.txt");
    assertThat(results).extracting(r -> r instanceof Corpus.Result).containsExactly(true, true, false, false);
    assertThat(((Corpus.Failed) results.get(2)).error()).contains("not UTF-8");
    assertThat(((Corpus.Failed) results.get(3)).error()).contains("no such file");
  }

  @Test
  void rejectsBadSettings() {
    Corpus c = Corpus.of(List.of());
    assertThatThrownBy(() -> c.threads(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    assertThatThrownBy(() -> c.window(0)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0");
    assertThat(c.stream().count()).isZero();
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
