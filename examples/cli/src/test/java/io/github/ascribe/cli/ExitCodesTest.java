package io.github.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes 0, 1 and 2, error messages, output files and progress. */
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
  void progressOnlyForSeveralFilesOnATerminal(@TempDir Path dir) throws Exception {
    String a = Cli.write(dir, "a.txt", "The army moved north.\nReuters\n");
    Cli.Result shown = Cli.run(new byte[0], true, "analyze", "-f", "json", a, Cli.REFERENCE);
    assertThat(shown.err()).isEqualTo("[1/2] " + a + "\n[2/2] " + Cli.REFERENCE + "\n");
    assertThat(Cli.run(new byte[0], false, "analyze", "-f", "json", a, Cli.REFERENCE).err()).isEmpty();
    assertThat(Cli.run(new byte[0], true, "analyze", "-f", "json", a).err()).isEmpty();
  }
}
