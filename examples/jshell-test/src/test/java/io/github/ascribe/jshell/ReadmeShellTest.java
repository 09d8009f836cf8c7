package io.github.ascribe.jshell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the README's {@code ```sh} blocks (not those fenced {@code ```sh no-run}) as a user pasting
 * them would, with {@code bash -e} in a copy of what a fresh clone has after {@code mvn package}: the
 * samples and the jshell scripts, and the built {@code examples/cli/target/ascribe.jar}. Each block
 * must exit with 0 and leave no new file outside a {@code target/} directory. Skipped, with a message,
 * when the jar has not been built (run {@code mvn package} or {@code verify}, not only {@code test}).
 *
 * <p>About 40 s on a loaded two-core machine: each command starts a JVM, as it does for a user.
 */
class ReadmeShellTest {

  private static final Path JAR = Path.of("examples/cli/target/ascribe.jar");

  /** What the blocks may use, copied from the repository. */
  private static final List<String> COPIED = List.of("examples/samples", "examples/jshell");

  /**
   * A fenced block.
   *
   * @param line the 1-based line of its first code line
   * @param code the commands
   */
  record Block(int line, String code) {}

  @TempDir Path clone;

  @TestFactory
  Stream<DynamicTest> runnableShellBlocksExitZeroAndLeaveNothing() throws IOException {
    Path root = Repository.root();
    List<Block> blocks = blocks(Files.readAllLines(root.resolve("README.md")));
    assertThat(blocks).as("runnable sh blocks in README.md").isNotEmpty();
    return blocks.stream().map(b -> DynamicTest.dynamicTest("README.md:" + b.line(), () -> {
      Path jar = root.resolve(JAR);
      Assumptions.assumeTrue(Files.isRegularFile(jar),
          "skipped: " + JAR + " is not built; run mvn package (or verify) before this test");
      Path copy = Files.createTempDirectory(clone, "clone");
      for (String dir : COPIED) {
        copyTree(root.resolve(dir), copy.resolve(dir));
      }
      Files.createDirectories(copy.resolve(JAR).getParent());
      Files.copy(jar, copy.resolve(JAR));
      Set<String> before = files(copy);
      Path script = Files.createTempFile(clone, "block", ".sh");
      Files.writeString(script, b.code() + "\n", StandardCharsets.UTF_8);
      Process p = new ProcessBuilder("bash", "-e", script.toString()).directory(copy.toFile())
          .redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished in 120 s").isTrue();
      String printed = new String(out, StandardCharsets.UTF_8);
      assertThat(p.exitValue()).as("README.md:%d exit code; output:%n%s", b.line(), printed).isZero();
      Set<String> stray = files(copy);
      stray.removeAll(before);
      stray.removeIf(f -> f.startsWith("target/") || f.contains("/target/"));
      assertThat(stray).as("README.md:%d left files behind", b.line()).isEmpty();
    }));
  }

  @Test
  void onlyUnmarkedShellBlocksAreRun() {
    List<Block> blocks = blocks(List.of("```sh", "echo a", "```", "```sh no-run", "echo b", "```", "```bash",
        "echo c", "```", "```java", "x", "```"));
    assertThat(blocks).containsExactly(new Block(2, "echo a"), new Block(8, "echo c"));
  }

  static List<Block> blocks(List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String fence = lines.get(i).strip();
      if (!fence.startsWith("```")) {
        continue;
      }
      List<String> words = List.of(fence.substring(3).strip().split("\\s+"));
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
        end++;
      }
      String lang = words.get(0);
      if ((lang.equals("sh") || lang.equals("bash") || lang.equals("shell")) && !words.contains("no-run")) {
        blocks.add(new Block(i + 2, String.join("\n", lines.subList(i + 1, end))));
      }
      i = end;
    }
    return blocks;
  }

  private static Set<String> files(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      Set<String> names = new TreeSet<>();
      all.filter(Files::isRegularFile).forEach(f -> names.add(dir.relativize(f).toString().replace('\\', '/')));
      return names;
    }
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path f : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(target);
        } else {
          Files.copy(f, target);
        }
      }
    }
  }
}
