package io.github.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Memory in a real JVM with a small heap: an input whose one-call analysis would need several times
 * the heap is analysed whole in pieces, and running out of memory is exit code 3 with one line.
 */
class BoundedMemoryTest {

  /** Runs the CLI in a new JVM with the given heap; returns exit code and standard error. */
  private static Cli.Result fork(String heap, Path outFile, String... args) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    List<String> cmd = new ArrayList<>(List.of(java, "-Xmx" + heap, "-XX:+UseSerialGC", "-cp", cp,
        "io.github.ascribe.cli.Main"));
    cmd.addAll(List.of(args));
    Path err = Files.createTempFile("ascribe-err-", ".txt");
    Process p = new ProcessBuilder(cmd).redirectOutput(outFile.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the forked run ends").isTrue();
    String e = Files.readString(err, StandardCharsets.UTF_8);
    Files.delete(err);
    return new Cli.Result(p.exitValue(), "", e);
  }

  @Test
  void aFileLargerThanTheHeapIsAnalysedWhole(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("big.txt");
    String first = "Prices rose in May, Reuters reported.\n";
    String last = "The talks ended without a deal, AP said.\n";
    long blank = 32L << 20; // 32 MB between them: more than the 24 MB heap could hold as text
    try (Writer w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
      w.write(first);
      String lines = " \n".repeat(1 << 15);
      for (long n = 0; n < blank; n += lines.length()) {
        w.write(lines);
      }
      w.write(last);
    }
    long lastStart = Files.size(in) - last.length();
    Path out = dir.resolve("out.csv");
    Cli.Result r = fork("24m", out, "analyze", "-f", "json", "--chunk-size", "256K", in.toString());
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    String json = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(json).contains("\"text\" : \"Prices rose in May, Reuters reported.\"", "\"start\" : 0,",
        "\"text\" : \"The talks ended without a deal, AP said.\"", "\"start\" : " + lastStart + ",",
        "\"line\" : " + (2 + blank / 2) + ",", "\"length\" : " + Files.size(in) + ",");
  }

  @Test
  void runningOutOfMemoryIsExit3WithOneLine(@TempDir Path dir) throws Exception {
    Path in = dir.resolve("one-line.txt");
    try (Writer w = Files.newBufferedWriter(in, StandardCharsets.UTF_8)) {
      String words = "word ".repeat(1000);
      for (int i = 0; i < 6_000; i++) {
        w.write(words); // one paragraph of 30 M characters: more than a 32 MB heap can hold while it grows
      }
    }
    Cli.Result r = fork("32m", dir.resolve("out.json"), "analyze", "-f", "json", "--max-paragraph", "256M",
        in.toString());
    assertThat(r.code()).isEqualTo(Main.INTERNAL);
    assertThat(r.err()).startsWith("ascribe: out of memory").endsWith("--chunk-size or --max-paragraph\n");
    assertThat(r.err().lines()).hasSize(1);
  }

}
