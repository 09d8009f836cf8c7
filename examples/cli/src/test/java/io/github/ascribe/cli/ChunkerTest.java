package io.github.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** The chunker cuts at line starts only, keeps offsets and lines right, and loses no text. */
class ChunkerTest {

  private static final String LONG = "Officials met in Istanbul on Friday for the first direct talks since 2022, "
      + "and both sides agreed on an exchange of prisoners."; // over SHORT_LINE
  private static final Gen<String> LINES = Generate.pick(List.of(LONG + "\n", LONG + "\r\n", LONG + "\r",
      "Reuters, AP +2\n", "\n", "\r\n", "   \n", "## Markets\n", "# World\u2028", "WSJ\u0085", "\u2029",
      "x", "\uD83D\uDE00 emoji line that is short\n", LONG + " " + LONG + "\n", "- item\n", "\t\n"));
  private static final Gen<String> TEXTS = lists().of(LINES).ofSizeBetween(0, 60)
      .map(parts -> String.join("", parts));

  static List<Chunk> chunks(String text, int size, int max) {
    Chunker c = new Chunker(new StringReader(text), size, max);
    List<Chunk> out = new ArrayList<>();
    while (c.hasNext()) {
      out.add(c.next());
    }
    return out;
  }

  @Test
  void chunksConcatenateToTheInputAndCutOnlyAtLineStarts() {
    qt().withExamples(500).forAll(TEXTS, integers().between(1, 600)).checkAssert((text, size) -> {
      List<Chunk> chunks = chunks(text, size, 1 << 20);
      StringBuilder joined = new StringBuilder();
      for (int i = 0; i < chunks.size(); i++) {
        Chunk c = chunks.get(i);
        assertThat(c.start()).as("start of chunk %d", i).isEqualTo(joined.length());
        assertThat(c.line()).as("line of chunk %d", i).isEqualTo(Chunker.breaks(joined));
        assertThat(c.dropped()).isZero();
        assertThat(c.last()).isEqualTo(i == chunks.size() - 1);
        if (i > 0) {
          // never inside a paragraph: the text before a cut ends with a line break, and not between
          // the two characters of a CRLF
          char before = joined.charAt(joined.length() - 1);
          assertThat("\n\r\u0085\u2028\u2029").contains(String.valueOf(before));
          assertThat(before == '\r' && c.text().charAt(0) == '\n').isFalse();

        }
        joined.append(c.text());
      }
      assertThat(joined.toString()).isEqualTo(text);
    });
  }

  @Test
  void chunksAreBoundedByTheSizeAndTheLongestLine() {
    qt().withExamples(300).forAll(TEXTS, integers().between(200, 600)).checkAssert((text, size) -> {
      int longest = text.lines().mapToInt(String::length).max().orElse(0);
      for (Chunk c : chunks(text, size, 1 << 20)) {
        assertThat(c.text().length()).isLessThanOrEqualTo(2 * size + 2 * longest + 2);
      }
    });
  }

  @Test
  void aSourceLineStaysWithTheParagraphAbove() {
    String text = LONG + "\nWSJ, The Guardian, Yahoo\n" + LONG + "\nReuters +2\n";
    List<Chunk> chunks = chunks(text, 10, 1 << 20);
    assertThat(chunks).extracting(Chunk::text)
        .containsExactly(LONG + "\nWSJ, The Guardian, Yahoo\n", LONG + "\nReuters +2\n");
  }

  @Test
  void headingsAndBlankLinesArePreferredCuts() {
    String story = LONG + "\n" + LONG + "\n";
    String text = "# One\n" + story + "\n" + story + "## Two\n" + story;
    // each cut is due after the third line of a chunk: the best place before it wins
    List<Chunk> chunks = chunks(text, 3 * LONG.length(), 1 << 20);
    assertThat(chunks).extracting(Chunk::text).containsExactly("# One\n" + story + "\n", story, "## Two\n" + story);
    assertThat(chunks.get(2).line()).isEqualTo(6);
  }

  @Test
  void shortLinesAreCutOnlyWhenThereIsNoOtherChoice() {
    String text = "Reuters\n".repeat(100);
    List<Chunk> chunks = chunks(text, 100, 1 << 20);
    assertThat(chunks).hasSizeGreaterThan(1);
    assertThat(chunks).allSatisfy(c -> assertThat(c.text().length()).isBetween(1, 208));
    assertThat(String.join("", chunks.stream().map(Chunk::text).toList())).isEqualTo(text);
  }

  @Test
  void anOverLongLineIsCutAndTheRestIsCounted() {
    String text = "Short first line.\n" + "a".repeat(50) + "\r\nNext line, said Reuters.\n";
    List<Chunk> chunks = chunks(text, 1000, 30);
    assertThat(chunks).hasSize(2);
    Chunk first = chunks.get(0);
    assertThat(first.text()).isEqualTo("Short first line.\n" + "a".repeat(30));
    assertThat(first.dropped()).isEqualTo(20);
    Chunk second = chunks.get(1);
    assertThat(second.start()).isEqualTo(text.indexOf("Next"));
    assertThat(second.line()).isEqualTo(2);
    assertThat(second.text()).isEqualTo("Next line, said Reuters.\n");
    assertThat(second.last()).isTrue();
  }

  @Test
  void aSurrogatePairIsNeverSplitByTheCut() {
    String text = "a" + "\uD83D\uDE00".repeat(10);
    Chunk c = chunks(text, 1000, 4).get(0);
    assertThat(c.text()).isEqualTo("a\uD83D\uDE00");
    assertThat(c.dropped()).isEqualTo(text.length() - 3);
  }

  @Test
  void blankLinesAloneAreCutWhenThereIsNothingElse() {
    String text = "A sentence that ends here.\n" + "\n".repeat(5000) + "Another one, Reuters said.\n";
    List<Chunk> chunks = chunks(text, 100, 1 << 20);
    assertThat(chunks).allSatisfy(c -> assertThat(c.text().length()).isLessThanOrEqualTo(201));
    assertThat(String.join("", chunks.stream().map(Chunk::text).toList())).isEqualTo(text);
  }

  @Test
  void aShortLineEndingASentenceIsNoSourceLine() {
    String text = LONG + "\nThe talks ended.\n" + LONG + "\n";
    assertThat(chunks(text, 10, 1 << 20)).extracting(Chunk::text)
        .containsExactly(LONG + "\n", "The talks ended.\n", LONG + "\n");
  }

  @Test
  void emptyInputIsOneEmptyChunk() {
    assertThat(chunks("", 10, 10)).containsExactly(new Chunk("", 0, 0, 0, true));
  }

  @Test
  void theStrictReaderNamesTheByteOfBadUtf8() {
    byte[] bytes = ("ok line\n" + LONG).getBytes(StandardCharsets.UTF_8);
    bytes[40] = (byte) 0xFF;
    Chunker c = new Chunker(new StrictUtf8Reader(new ByteArrayInputStream(bytes)), 10, 100);
    assertThatThrownBy(() -> {
      while (c.hasNext()) {
        c.next();
      }
    }).isInstanceOf(UncheckedIOException.class).hasMessageContaining("not valid UTF-8 at byte 40 (1 malformed byte)");
  }

  @Test
  void theStrictReaderDropsALeadingByteOrderMarkAndDecodesAcrossBlocks() throws Exception {
    String text = "\u00e9\u4e2d\uD83D\uDE00 ".repeat(40_000);
    byte[] bytes = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
    try (StrictUtf8Reader r = new StrictUtf8Reader(new ByteArrayInputStream(bytes))) {
      StringBuilder sb = new StringBuilder();
      char[] buf = new char[777];
      for (int n; (n = r.read(buf)) > 0; ) {
        sb.append(buf, 0, n);
      }
      assertThat(sb.toString()).isEqualTo(text);
      assertThat(r.bytesRead()).isEqualTo(bytes.length);
    }
  }
}
