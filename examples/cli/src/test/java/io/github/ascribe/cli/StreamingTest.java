package io.github.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.ascribe.citations.Ascribe;
import io.github.ascribe.core.text.LineIndex;
import io.github.ascribe.core.text.Position;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * A file analysed in pieces reads as if it were analysed whole: offsets, lines, columns and indexes
 * are whole-file ones, and a file that fits in one piece gives exactly the one-call report.
 */
class StreamingTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final java.util.regex.Pattern MARKER = java.util.regex.Pattern.compile("\\[[0-9]+\\]|[\u00b9\u00b2\u00b3\u2074-\u2079]");

  @TempDir Path dir;

  private static final Gen<String> LINES = Generate.pick(List.of(
      "Russian and Ukrainian officials met for direct peace talks on Friday in Istanbul, officials said.\n",
      "WSJ, The Guardian, Yahoo\n", "The Guardian/AP News +2/The Times of India +4 Reuters =The Guardian =4\n",
      "\n", "\r\n", "## Markets\n", "Prices rose 4% in May (dpa).\r\n", "BRUSSELS (Reuters) - The summit opened.\n",
      "Caf\u00e9 owners in \u6771\u4eac said \uD83D\uDE00 sales doubled, according to Reuters.\n",
      "Line with a CR only, the BBC reported.\r", "- a list item, AP said\n", "Unattributed sentence here.\u2028"));

  private JsonNode analyze(String text, String... options) {
    try {
      Path file = dir.resolve("in-" + System.nanoTime() + ".txt");
      Files.writeString(file, text, StandardCharsets.UTF_8);
      List<String> args = new ArrayList<>(List.of("analyze", "-f", "json"));
      args.addAll(List.of(options));
      args.add(file.toString());
      Cli.Result r = Cli.run(args.toArray(String[]::new));
      assertThat(r.code()).as(r.err()).isZero();
      return JSON.readTree(r.out());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void aFileThatFitsInOnePieceGivesTheOneCallReport() throws IOException {
    for (Path p : samples()) {
      String text = Files.readString(p, StandardCharsets.UTF_8);
      String expected = ReportFormat.JSON.render(new AnalyzedFile(p.toString(), Ascribe.analyze(text)));
      Cli.Result r = Cli.run("analyze", "-f", "json", p.toString());
      assertThat(r.out()).as(p.toString()).isEqualTo(expected);
    }
  }

  @Test
  void offsetsLinesAndIndexesAreWholeFileOnesWhateverThePieceSize() {
    qt().withExamples(60).forAll(lists().of(LINES).ofSizeBetween(1, 40).map(l -> String.join("", l)),
        integers().between(1, 400)).checkAssert((text, size) -> {
          JsonNode report = analyze(text, "--chunk-size", String.valueOf(size));
          LineIndex lines = LineIndex.of(text);
          assertThat(report.get("length").asInt()).isEqualTo(text.length());
          JsonNode claims = report.get("claims");
          for (int i = 0; i < claims.size(); i++) {
            JsonNode c = claims.get(i);
            assertThat(c.get("index").asInt()).isEqualTo(i);
            int start = c.get("start").asInt();
            assertThat(text.substring(start, c.get("end").asInt())).isEqualTo(c.get("text").asText());
            Position p = lines.position(start);
            assertThat(c.get("line").asInt()).as("line of claim %d", i).isEqualTo(p.line());
            assertThat(c.get("column").asInt()).as("column of claim %d", i).isEqualTo(p.column());
            for (JsonNode a : c.get("attributions")) {
              assertThat(report.get("attributions").get(a.asInt()).get("claims").toString()).contains(String.valueOf(i));
            }
          }
          JsonNode attributions = report.get("attributions");
          for (int i = 0; i < attributions.size(); i++) {
            JsonNode a = attributions.get(i);
            assertThat(a.get("index").asInt()).isEqualTo(i);
            assertThat(text.substring(a.get("start").asInt(), a.get("end").asInt())).isEqualTo(a.get("text").asText());
          }
          assertThat(report.at("/summary/claims").asInt()).isEqualTo(claims.size());
        });
  }

  @Test
  void storiesUnderHeadingsReadTheSameInPiecesAsWhole() throws IOException {
    StringBuilder sb = new StringBuilder();
    int n = 0;
    for (Path p : samples()) {
      String story = Files.readString(p, StandardCharsets.UTF_8).strip();
      if (MARKER.matcher(story).find()) {
        continue; // read whole, a marker could resolve to another story's reference list
      }
      sb.append("# Story ").append(n++).append("\n\n").append(story).append("\n\n");
    }
    String text = sb.toString();
    // every story is shorter than half a piece, so each cut falls at a story's heading; a story longer
    // than that would be cut inside, and a dateline would not reach past the cut
    assertThat(text.length()).isGreaterThan(8 * 8 * 1024);
    JsonNode whole = analyze(text, "--chunk-size", "64M");
    JsonNode pieces = analyze(text, "--chunk-size", "12K");
    for (String list : List.of("claims", "attributions")) {
      assertThat(pieces.get(list).size()).as(list).isEqualTo(whole.get(list).size());
      for (int i = 0; i < whole.get(list).size(); i++) {
        assertThat(pieces.get(list).get(i)).as("%s %d", list, i).isEqualTo(whole.get(list).get(i));
      }
    }
    assertThat(pieces.get("sources")).isEqualTo(whole.get("sources"));
    assertThat(pieces.get("summary")).isEqualTo(whole.get("summary"));
    assertThat(whole.get("claims").size()).isGreaterThan(100);
  }

  @Test
  void csvAndTextAreStreamedToo() throws IOException {
    String text = ("Officials met in Istanbul on Friday for the first direct talks since 2022, Reuters reported. "
        + "Both sides agreed on an exchange of prisoners.\n\n").repeat(50);
    Path file = dir.resolve("csv.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Cli.Result whole = Cli.run("analyze", "-f", "csv", file.toString());
    Cli.Result pieces = Cli.run("analyze", "-f", "csv", "--chunk-size", "300", file.toString());
    assertThat(pieces.out()).isEqualTo(whole.out());
    Cli.Result textWhole = Cli.run("analyze", "--wide", file.toString());
    Cli.Result textPieces = Cli.run("analyze", "--wide", "--chunk-size", "300", file.toString());
    assertThat(textPieces.out()).isEqualTo(textWhole.out()).contains("#99 ");
  }

  /** The reference article and the golden samples: real articles, each under one piece. */
  private static List<Path> samples() throws IOException {
    Path golden = Path.of("src/test/resources/golden/samples");
    try (Stream<Path> files = Files.list(golden)) {
      List<Path> all = new ArrayList<>(List.of(Cli.reference()));
      all.addAll(files.filter(p -> p.toString().endsWith(".txt")).sorted().toList());
      return all;
    }
  }
}
