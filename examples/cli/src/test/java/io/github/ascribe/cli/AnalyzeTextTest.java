package io.github.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readable report. */
class AnalyzeTextTest {

  @Test
  void referenceArticle() {
    Cli.Result r = Cli.run("analyze", Cli.REFERENCE);
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    String out = r.out();
    assertThat(out).startsWith("== " + Cli.REFERENCE + " ==\n\nClaims\n  #0   paragraph 0, line 1\n"
        + "      Russian and Ukrainian officials met");
    assertThat(out).contains("      sources: The Wall Street Journal (OUTLET), The Guardian (OUTLET), Yahoo News"
        + " (AGGREGATOR)\n");
    assertThat(out).contains("  #3   paragraph 3, line 4\n");
    assertThat(out).contains("      sources: The Guardian (OUTLET), Associated Press (AGENCY), The Times of India (OUTLET),\n"
        + "               Reuters (AGENCY) + 6 unnamed\n");
    // "criticizing Putin's decision" reports no statement (prose annotation guide); "and emphasizing that
    // Ukraine's top priority remains ..." does, with the subject it shares (Zelenskyy); Rubio's does too
    assertThat(out).contains("      also: Volodymyr Zelenskyy (PERSON)\n");
    assertThat(out).contains("      also: Marco Rubio (PERSON)\n");
    assertThat(out.split("!! UNATTRIBUTED", -1)).hasSize(3);
    assertThat(out).containsSubsequence("#4 ", "!! UNATTRIBUTED", "#5 ", "#8 ", "!! UNATTRIBUTED", "Summary");
    assertThat(out).contains("Summary\n  claims                9\n  attributed            7, coverage 77.8% (7/9)\n");
    assertThat(out).contains("  single-source claims  0\n", "  distinct sources      7\n",
        "  independent sources   6 (not aggregators)\n");
    assertThat(out).contains("Sources\n  NAME ");
    assertThat(out).containsPattern("\n  The Guardian +OUTLET +#0 #1 #3 #5 #6 #7 +the-guardian\n");
    assertThat(out).endsWith("Diagnostics\n  (none)\n");
  }

  @Test
  void diagnosticsAsLineColSeverityCodeMessage(@TempDir Path dir) throws Exception {
    String file = Cli.write(dir, "total.txt", "The army moved north.\nReuters, AP News =5\n");
    Cli.Result r = Cli.run("analyze", file);
    assertThat(r.out()).contains("Diagnostics\n  2:18 WARNING total-mismatch '=5' declares 5");
  }

  @Test
  void emptyInputHasNoClaimsAndFullCoverage(@TempDir Path dir) throws Exception {
    Cli.Result r = Cli.run("analyze", Cli.write(dir, "empty.txt", ""));
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Claims\n  (none)\n", "coverage 100.0% (0/0)", "Sources\n  (none)\n");
  }

  @Test
  void controlCharactersDoNotReachTheTerminal(@TempDir Path dir) throws Exception {
    String file = Cli.write(dir, "esc.txt", "The \u001b[31mred\u001b[0m army moved.\nReuters\n");
    Cli.Result r = Cli.run("analyze", file);
    assertThat(r.out()).doesNotContain("\u001b").contains("[31mred");
  }

  @Test
  void severalFilesOneSectionEach(@TempDir Path dir) throws Exception {
    String a = Cli.write(dir, "a.txt", "The army moved north.\nReuters\n");
    Cli.Result r = Cli.run("analyze", a, Cli.REFERENCE);
    assertThat(r.out()).containsSubsequence("== " + a + " ==", "coverage 100.0% (1/1)",
        "\n\n== " + Cli.REFERENCE + " ==", "coverage 77.8% (7/9)");
  }
}
