package io.github.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The text report fits its width, shortens what is too long, and is coloured only on a terminal. */
class TextLayoutTest {

  private static final String CLAIM = "Officials met in Istanbul on Friday for the first direct talks since 2022";

  /** Runs analyze with stdout as a terminal of the given environment. */
  private static Cli.Result onTerminal(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Terminal t = new Terminal(new java.io.ByteArrayInputStream(new byte[0]), new PrintStream(err, true,
        StandardCharsets.UTF_8), false, true, env);
    int code = Main.run(args, out, err, t);
    return new Cli.Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void wrappedLinesFitTheWidthAndLongTextsEndInAnEllipsis() {
    TextLayout layout = new TextLayout(60, false, false);
    qt().withExamples(200).forAll(strings().allPossible().ofLengthBetween(0, 300), integers().between(2, 80),
        integers().between(1, 5)).checkAssert((text, columns, maxLines) -> {
          String oneLine = text.replaceAll("\\p{Cntrl}", " ");
          List<String> lines = layout.wrap(oneLine, columns, maxLines);
          assertThat(lines).isNotEmpty().hasSizeLessThanOrEqualTo(maxLines);
          for (String line : lines) {
            assertThat(TextLayout.width(line)).as("width of %s", line).isLessThanOrEqualTo(Math.max(columns, 2));
          }
          // only the ellipsis the layout adds at the end is not text; one in the input is (found on "…!")
          String joined = String.join(" ", lines);
          if (joined.endsWith(TextLayout.ELLIPSIS)) {
            joined = joined.substring(0, joined.length() - TextLayout.ELLIPSIS.length());
          }
          assertThat(oneLine.replace(" ", "")).startsWith(joined.replace(" ", ""));
        });
  }

  @Test
  void wideCharactersCountTwoColumns() {
    assertThat(TextLayout.width("東京")).isEqualTo(4);
    assertThat(TextLayout.width("e\u0301")).isEqualTo(1);
    assertThat(TextLayout.width("\uD83D\uDE00")).isEqualTo(2);
    TextLayout layout = new TextLayout(40, false, false);
    assertThat(layout.shorten("東京東京東京", 7)).isEqualTo("東京東" + TextLayout.ELLIPSIS);
    assertThat(layout.wrap("東京 東京 東京", 9, 3)).containsExactly("東京 東京", "東京");
  }

  @Test
  void aHugeParagraphTakesAFewLinesAndWideShowsItWhole(@TempDir Path dir) throws Exception {
    String text = (CLAIM + ", and ").repeat(3000) + "Reuters reported.\n";
    String file = Cli.write(dir, "huge.txt", text);
    Cli.Result r = Cli.run("analyze", file);
    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(TextLayout.width(l)).isLessThanOrEqualTo(100));
    assertThat(r.out().lines().filter(l -> l.startsWith("      Officials")).count()).isEqualTo(1);
    assertThat(r.out()).contains(TextLayout.ELLIPSIS + "\n");
    assertThat(r.out().length()).isLessThan(3000);
    Cli.Result wide = Cli.run("analyze", "--wide", file);
    assertThat(wide.out()).contains(text.strip().substring(0, text.length() - 20));
  }

  @Test
  void theSourceTableFitsAndShortensLongClaimLists(@TempDir Path dir) throws Exception {
    String file = Cli.write(dir, "many.txt", (CLAIM + ", Reuters reported.\n").repeat(400));
    Cli.Result r = onTerminal(Map.of("COLUMNS", "72", "NO_COLOR", "1"), "analyze", file);
    assertThat(r.out().lines()).allSatisfy(l -> assertThat(TextLayout.width(l)).isLessThanOrEqualTo(72));
    assertThat(r.out()).containsPattern("Reuters +AGENCY +#0 #1 .*" + TextLayout.ELLIPSIS + " \\+\\d+ +reuters\n")
        .doesNotContain("\u001b[");
    Cli.Result wide = onTerminal(Map.of("COLUMNS", "72", "NO_COLOR", "1"), "analyze", "--wide", file);
    assertThat(wide.out()).contains("#398 #399  reuters");
  }

  @Test
  void colourOnlyOnATerminalWithoutNoColor() {
    Cli.Result coloured = onTerminal(Map.of("COLUMNS", "120"), "analyze", Cli.REFERENCE);
    assertThat(coloured.out()).contains("\u001b[1mSummary\u001b[0m", "\u001b[31m!! UNATTRIBUTED");
    assertThat(onTerminal(Map.of("NO_COLOR", "1"), "analyze", Cli.REFERENCE).out()).doesNotContain("\u001b[");
    assertThat(onTerminal(Map.of("TERM", "dumb"), "analyze", Cli.REFERENCE).out()).doesNotContain("\u001b[");
    assertThat(Cli.run("analyze", Cli.REFERENCE).out()).doesNotContain("\u001b[");
  }

  @Test
  void aTerminalsWidthIsFollowed() {
    Cli.Result narrow = onTerminal(Map.of("COLUMNS", "60", "NO_COLOR", "1"), "analyze", Cli.REFERENCE);
    assertThat(narrow.out().lines()).allSatisfy(l -> assertThat(TextLayout.width(l)).isLessThanOrEqualTo(60));
    assertThat(narrow.out().lines().mapToInt(TextLayout::width).max().orElse(0)).isGreaterThan(50);
  }
}
