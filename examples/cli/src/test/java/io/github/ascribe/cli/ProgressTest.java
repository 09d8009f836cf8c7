package io.github.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The progress bar: megabytes, files done and rate on a terminal for large input; nothing otherwise. */
class ProgressTest {

  private static Terminal terminal(ByteArrayOutputStream err, boolean interactive) {
    return new Terminal(new ByteArrayInputStream(new byte[0]), new PrintStream(err, true, StandardCharsets.UTF_8),
        interactive, false, Map.of("COLUMNS", "100"));
  }

  @Test
  void aLargeFileGetsABarWithMegabytesFilesAndRate(@TempDir Path dir) throws Exception {
    Path big = dir.resolve("big.txt");
    try (var ch = java.nio.channels.FileChannel.open(big, java.nio.file.StandardOpenOption.CREATE_NEW,
        java.nio.file.StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(new byte[] {'\n'}), Progress.MIN_BYTES + (1 << 20)); // sparse: 5 MB
    }
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    try (Progress p = Progress.of(terminal(err, true), false, List.of(big.toString()))) {
      assertThat(p).isInstanceOf(Progress.Bar.class);
      p.file(big.toString());
      p.bytes(3L << 20);
      p.fileDone();
    }
    String shown = err.toString(StandardCharsets.UTF_8);
    assertThat(shown).contains("analyze", "100%", "/5 MB", "1/1 files", "MB/s");
    assertThat(shown.lines().mapToInt(String::length).max().orElse(0)).isLessThanOrEqualTo(101);
    assertThat(Files.size(big)).isGreaterThan(Progress.MIN_BYTES);
  }

  @Test
  void noBarWhenQuietNotATerminalOrSmall(@TempDir Path dir) throws Exception {
    String small = Cli.write(dir, "small.txt", "The army moved north, Reuters said.\n");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(Progress.of(terminal(err, true), false, List.of(small))).isSameAs(Progress.NONE);
    assertThat(Progress.of(terminal(err, true), true, List.of(small, small, small))).isSameAs(Progress.NONE);
    assertThat(Progress.of(terminal(err, false), false, java.util.Collections.nCopies(50, small)))
        .isSameAs(Progress.NONE);
    assertThat(Progress.of(terminal(err, true), false, java.util.Collections.nCopies(50, small)))
        .isInstanceOf(Progress.Bar.class).satisfies(Progress::close);
    assertThat(Progress.of(terminal(err, true), false, List.of("-"))).as("standard input: size unknown")
        .isSameAs(Progress.NONE);
  }
}
