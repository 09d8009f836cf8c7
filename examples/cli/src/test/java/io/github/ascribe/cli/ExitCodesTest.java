package io.github.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes 0 to 4 and their precedence, error messages, output files and progress. */
class ExitCodesTest {

  @Test
  void minCoverageMet() {
    Cli.Result r = Cli.run("analyze", "--min-coverage", "0.7", Cli.REFERENCE);
    assertThat(r.code()).isEqualTo(Main.OK);
    assertThat(r.err()).isEmpty();
    assertThat(Cli.run("analyze", "--min-coverage", "0", Cli.REFERENCE).code()).isZero();
  }

  @Test
  void minCoverageNotMet() {
    Cli.Result r = Cli.run("analyze", "--min-coverage", "0.9", Cli.REFERENCE);
    assertThat(r.code()).isEqualTo(Main.BELOW_MIN_COVERAGE);
    assertThat(r.out()).contains("Summary");
    assertThat(r.err()).isEqualTo("ascribe: " + Cli.REFERENCE + ": coverage 77.8% (7/9) is below --min-coverage 90.0%\n");
  }

  @Test
  void minCoverageNotMetByOneOfSeveral(@TempDir Path dir) throws Exception {
    String full = Cli.write(dir, "full.txt", "The army moved north.\nReuters\n");
    Cli.Result r = Cli.run("analyze", "-f", "json", "--min-coverage", "1", full, Cli.REFERENCE);
    assertThat(r.code()).isEqualTo(1);
    assertThat(r.out().split("\n")).hasSize(2);
    assertThat(r.err()).doesNotContain(full).contains(Cli.REFERENCE);
  }

  @Test
  void minCoverageOutOfRangeIsAUsageError() {
    Cli.Result r = Cli.run("analyze", "--min-coverage", "78", Cli.REFERENCE);
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).startsWith("--min-coverage must be a fraction from 0 to 1, like 0.8: 78.0\n");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void usageErrors() {
    assertThat(Cli.run().code()).isEqualTo(2);
    assertThat(Cli.run("frobnicate").code()).isEqualTo(2);
    assertThat(Cli.run("analyze").code()).isEqualTo(2);
    assertThat(Cli.run("analyze", "--format", "pdf", Cli.REFERENCE).code()).isEqualTo(2);
    assertThat(Cli.run("analyze", "--nope", Cli.REFERENCE).code()).isEqualTo(2);
    assertThat(Cli.run("analyze", "--min-coverage", "lots", Cli.REFERENCE).code()).isEqualTo(2);
    assertThat(Cli.run("notation").code()).isEqualTo(2);
    assertThat(Cli.run("sources", "a", "b").code()).isEqualTo(2);
  }

  @Test
  void helpAndVersion() {
    Cli.Result help = Cli.run("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("analyze", "notation", "sources", "Exit codes");
    assertThat(Cli.run("help", "analyze").out()).contains("--min-coverage", "--registry", "--format");
    assertThat(Cli.run("--version").out()).startsWith("ascribe ");
  }

  @Test
  void missingFileNamesTheFile(@TempDir Path dir) {
    String missing = dir.resolve("missing.txt").toString();
    Cli.Result r = Cli.run("analyze", missing);
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).isEqualTo("ascribe: " + missing + ": no such file\n");
  }

  @Test
  void directoryNamesTheDirectory(@TempDir Path dir) {
    Cli.Result r = Cli.run("analyze", dir.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("ascribe: " + dir + ": is a directory\n");
  }

  @Test
  void unreadableFileDoesNotStopTheOthers(@TempDir Path dir) throws Exception {
    String missing = dir.resolve("missing.txt").toString();
    Cli.Result r = Cli.run("analyze", "-f", "json", missing, Cli.REFERENCE);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out().split("\n")).hasSize(1);
    assertThat(r.err()).isEqualTo("ascribe: " + missing + ": no such file\n");
  }

  @Test
  void manyFilesAreReportedInTheOrderGivenWithUnreadableOnesInPlace(@TempDir Path dir) throws Exception {
    List<String> args = new ArrayList<>(List.of("analyze", "-f", "csv"));
    for (int i = 0; i < 12; i++) {
      args.add(i == 5 ? dir.resolve("missing.txt").toString()
          : Cli.write(dir, "a" + i + ".txt", "Story " + i + ", officials said.\n" + "More text. ".repeat(i * 40)));
    }
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).isEqualTo("ascribe: " + dir.resolve("missing.txt") + ": no such file\n");
    String out = r.out();
    int last = -1;
    for (int i = 0; i < 12; i++) {
      if (i != 5) {
        int at = out.indexOf("a" + i + ".txt");
        assertThat(at).as("file %d after file %d", i, i - 1).isGreaterThan(last);
        last = at;
      }
    }
  }

  @Test
  void invalidUtf8NamesTheFileAndByteOffset(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("latin1.txt");
    Files.write(bad, "Caf\u00e9 owners said so.\nReuters\n".getBytes(StandardCharsets.ISO_8859_1));
    Cli.Result r = Cli.run("analyze", bad.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEqualTo("");
    assertThat(r.err()).isEqualTo("ascribe: " + bad + ": not valid UTF-8 at byte 3 (1 malformed byte)\n");
  }

  @Test
  void invalidUtf8OnStandardInput() {
    byte[] bytes = {'A', 'P', ' ', (byte) 0xE2, (byte) 0x82};
    Cli.Result r = Cli.run(bytes, false, "analyze", "-");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("ascribe: -: not valid UTF-8 at byte 3");
  }

  @Test
  void badRegistryNamesTheFileAndLine(@TempDir Path dir) throws Exception {
    String registry = Cli.write(dir, "bad.tsv", "# ok\nkyiv-dispatch\tKyiv Dispatch\tNEWSPAPER\tUA\ten\t\t\n");
    Cli.Result r = Cli.run("analyze", "--registry", registry, Cli.REFERENCE);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("ascribe: " + registry + ":2: ").doesNotContain("\n\n").endsWith("\n");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void registryClashingWithTheBundledOneNamesTheFile(@TempDir Path dir) throws Exception {
    String registry = Cli.write(dir, "clash.tsv", "my-ap\tMy AP\tAGENCY\tUS\ten\tapnews.com\t\n");
    Cli.Result r = Cli.run("sources", "--registry", registry);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("ascribe: " + registry + ": ").contains("apnews.com");
    assertThat(r.err().lines()).hasSize(1);
  }

  @Test
  void missingRegistry(@TempDir Path dir) {
    String registry = dir.resolve("none.tsv").toString();
    Cli.Result r = Cli.run("notation", "--registry", registry, "AP");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("ascribe: " + registry + ": no such file\n");
  }

  @Test
  void outputFile(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("report.html");
    Cli.Result r = Cli.run("analyze", "-f", "html", "-o", out.toString(), Cli.REFERENCE);
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>").contains("77.8%");
  }

  @Test
  void unwritableOutputFile(@TempDir Path dir) {
    String out = dir.resolve("no/such/dir/report.txt").toString();
    Cli.Result r = Cli.run("analyze", "-o", out, Cli.REFERENCE);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith("ascribe: " + out + ": cannot write");
  }

  @Test
  void noProgressForAFewSmallFilesOrWhenNotATerminalOrQuiet(@TempDir Path dir) throws Exception {
    String a = Cli.write(dir, "a.txt", "The army moved north.\nReuters\n");
    assertThat(Cli.run(new byte[0], true, "analyze", "-f", "json", a, Cli.REFERENCE).err()).isEmpty();
    List<String> many = new ArrayList<>(List.of("analyze", "-f", "json"));
    for (int i = 0; i < Progress.MIN_FILES; i++) {
      many.add(a);
    }
    assertThat(Cli.run(new byte[0], false, many.toArray(String[]::new)).err()).isEmpty();
    many.add("--quiet");
    assertThat(Cli.run(new byte[0], true, many.toArray(String[]::new)).err()).isEmpty();
  }

  @Test
  void progressBarForManyFilesOnATerminal(@TempDir Path dir) throws Exception {
    String a = Cli.write(dir, "a.txt", "The army moved north.\nReuters\n");
    List<String> many = new ArrayList<>(List.of("analyze", "-f", "json"));
    for (int i = 0; i < Progress.MIN_FILES; i++) {
      many.add(a);
    }
    Cli.Result r = Cli.run(new byte[0], true, many.toArray(String[]::new));
    assertThat(r.code()).isZero();
    assertThat(r.err()).contains("analyze", "100%", Progress.MIN_FILES + "/" + Progress.MIN_FILES + " files")
        .endsWith("\n");
    assertThat(r.out().lines()).hasSize(Progress.MIN_FILES);
  }

  @Test
  void emptyInputOrNoClaimsDoesNotMeetMinCoverage(@TempDir Path dir) throws Exception {
    String empty = Cli.write(dir, "empty.txt", "");
    Cli.Result r = Cli.run("analyze", "--min-coverage", "0.8", empty);
    assertThat(r.code()).isEqualTo(Main.BELOW_MIN_COVERAGE);
    assertThat(r.err()).isEqualTo("ascribe: " + empty + ": no claims found, so --min-coverage 80.0% is not met\n");
    String headings = Cli.write(dir, "headings.txt", "# Title\n\n## Section\n");
    assertThat(Cli.run("analyze", "--min-coverage", "0", headings).code()).isEqualTo(Main.BELOW_MIN_COVERAGE);
    assertThat(Cli.run("analyze", empty).code()).as("without --min-coverage, no claims is fine").isZero();
    assertThat(Cli.runWithStdin("", "analyze", "-f", "json", "--min-coverage", "0.5", "-").code()).isEqualTo(1);
  }

  @Test
  void truncatedInputExits4AndTheRestIsStillRead(@TempDir Path dir) throws Exception {
    String text = "The army moved north, Reuters reported.\n" + "x".repeat(500) + "\nPrices rose, AP said.\n";
    String file = Cli.write(dir, "long.txt", text);
    Cli.Result r = Cli.run("analyze", "-f", "json", "--max-paragraph", "100", file);
    assertThat(r.code()).isEqualTo(Main.TRUNCATED);
    assertThat(r.err()).isEqualTo("ascribe: " + file + ": input truncated at line 2: a paragraph of 500 characters"
        + " is longer than --max-paragraph; only its first 100 were analysed\n");
    assertThat(r.out()).contains("\"code\" : \"input-truncated\"", "\"start\" : 140", "\"end\" : 540",
        "Prices rose, AP said.");
    assertThat(Cli.run("analyze", "-f", "json", file).code()).isZero();
  }

  @Test
  void precedenceIsUsageThenTruncatedThenCoverage(@TempDir Path dir) throws Exception {
    String longLine = Cli.write(dir, "long.txt", "y".repeat(300) + "\n");
    String missing = dir.resolve("missing.txt").toString();
    assertThat(Cli.run("analyze", "--max-paragraph", "10", "--min-coverage", "0.9", longLine, Cli.REFERENCE).code())
        .isEqualTo(Main.TRUNCATED);
    assertThat(Cli.run("analyze", "--max-paragraph", "10", longLine, missing).code()).isEqualTo(Main.USAGE);
  }

  @Test
  void tooLargeForMaxSizeIsRefused(@TempDir Path dir) throws Exception {
    String file = Cli.write(dir, "big.txt", "z".repeat(2000));
    Cli.Result r = Cli.run("analyze", "--max-size", "1K", file);
    assertThat(r.code()).isEqualTo(Main.USAGE);
    assertThat(r.err()).isEqualTo("ascribe: " + file + ": too large (2000 bytes; the limit is 1024, see --max-size)\n");
    Cli.Result in = Cli.runWithStdin("z".repeat(2000), "analyze", "--max-size", "1K", "-");
    assertThat(in.err()).isEqualTo("ascribe: -: too large (more than 1024 bytes; see --max-size)\n");
    assertThat(Cli.run("analyze", "--chunk-size", "lots", file).code()).isEqualTo(Main.USAGE);
    assertThat(Cli.run("analyze", "--max-size", "3G", file).err()).startsWith("--max-size must be from 1 to 2G-1");
  }

  @Test
  void internalErrorIsOneLineAndTheTraceComesWithDebug() {
    java.io.InputStream broken = new java.io.InputStream() {
      @Override
      public int read() {
        throw new IllegalStateException("boom");
      }

      @Override
      public int read(byte[] b, int off, int len) {
        throw new IllegalStateException("boom");
      }
    };
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int code = Main.run(new String[] {"analyze", "-"}, broken, out, err, false);
    assertThat(code).isEqualTo(Main.INTERNAL);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEqualTo("ascribe: internal error:"
        + " java.lang.IllegalStateException: boom (--debug shows where; please report it)\n");
    err.reset();
    assertThat(Main.run(new String[] {"analyze", "--debug", "-"}, broken, out, err, false)).isEqualTo(Main.INTERNAL);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("ascribe: internal error: java.lang.IllegalStateException: boom\n")
        .contains("\tat ");
  }

  @Test
  void exitCodesAreListedInHelp() {
    assertThat(Cli.run("--help").out()).contains("Exit codes (when several apply: 3, then 2, 4, 1):",
        "  0   done", "  1   analyze --min-coverage", "  2   usage error", "  3   internal error, out of memory",
        "  4   some input was not analysed whole");
    assertThat(Cli.run("analyze", "--help").out()).contains("  4   some input was not analysed whole");
  }
}
