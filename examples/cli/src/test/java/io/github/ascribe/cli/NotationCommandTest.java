package io.github.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ascribe notation}. */
class NotationCommandTest {

  private static final String REFERENCE_LINE = "The Guardian/AP News +2/The Times of India +4 Reuters =The Guardian =4";

  @Test
  void referenceSourceLine() {
    Cli.Result r = Cli.run("notation", REFERENCE_LINE);
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("input        " + REFERENCE_LINE + "\ntokens\n");
    assertThat(r.out()).contains("  NAME         [0, 12)    'The Guardian'\n", "  COUNT        [21, 23)   '+2'\n",
        "  RESTATEMENT  [54, 67)   '=The Guardian'\n", "  TOTAL        [68, 70)   '=4'\n");
    assertThat(r.out()).contains("sources\n  The Guardian (OUTLET, the-guardian)  as 'The Guardian' EXACT\n"
        + "  Associated Press (AGENCY, associated-press)  as 'AP News' ALIAS\n");
    assertThat(r.out()).contains("unnamed      6\n", "total        10 (4 named + 6 unnamed), declared =4\n",
        "diagnostics  (none)\n", "verdict      notation: chip-syntax");
    assertThat(r.out()).endsWith(
        "canonical    The Guardian, Associated Press +2, The Times of India +4, Reuters =The Guardian =4\n");
  }

  @Test
  void notNotation() {
    Cli.Result r = Cli.run("notation", "Poland, Hungary and Slovakia");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("verdict      not notation: ");
  }

  @Test
  void wordsAreJoined() {
    assertThat(Cli.run("notation", "Reuters,", "AP", "+2").out()).startsWith("input        Reuters, AP +2\n")
        .contains("unnamed      2\n");
  }

  @Test
  void diagnosticsAreListed() {
    Cli.Result r = Cli.run("notation", "Reuters, AP News =5");
    assertThat(r.out()).contains("diagnostics\n  [", " WARNING total-mismatch ");
  }

  @Test
  void standardInputWithoutTheFinalLineBreak() {
    Cli.Result r = Cli.runWithStdin("AFP, Meduza\n", "notation", "-");
    assertThat(r.out()).startsWith("input        AFP, Meduza\n").contains("Agence France-Presse");
  }

  @Test
  void controlCharactersAreShownAsEscapes() {
    assertThat(Cli.run("notation", "Reuters\nAP\u0007").out()).startsWith("input        Reuters\\nAP\\u0007\n");
  }

  @Test
  void strictAndRegistry(@TempDir Path dir) throws Exception {
    String registry = Cli.write(dir, "mine.tsv", "kyiv-dispatch\tKyiv Dispatch\tOUTLET\tUA\ten\tkyivdispatch.example\tKD\n");
    assertThat(Cli.run("notation", "--registry", registry, "KD +1").out())
        .contains("  Kyiv Dispatch (OUTLET, kyiv-dispatch)  as 'KD' ALIAS\n");
    assertThat(Cli.run("notation", "--strict", "Reuters, Gazette Kyiv").out()).contains("WARNING");
  }
}
