package io.github.ascribe.jshell;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code ```java} block of the top-level {@code README.md} through JShell, in order and in
 * one session (a later block may use what an earlier one defined). A block opened with
 * {@code ```java no-run} is skipped. The {@code ascribe.readme} property points at another file.
 */
class ReadmeSnippetsTest {

  private JShellSession session;

  /**
   * A fenced block.
   *
   * @param line the 1-based line of its first code line
   * @param code the code
   */
  record Block(int line, String code) {}

  @TestFactory
  Stream<DynamicTest> readmeBlocksRun() throws IOException {
    Path readme = Path.of(System.getProperty("ascribe.readme", Repository.root().resolve("README.md").toString()));
    if (!Files.isRegularFile(readme)) {
      return Stream.empty();
    }
    String name = readme.getFileName().toString();
    return blocks(Files.readAllLines(readme)).stream().map(b -> DynamicTest.dynamicTest(name + ":" + b.line(), () -> {
      if (session == null) {
        session = new JShellSession();
      }
      session.runSnippets(b.code(), name, b.line());
    }));
  }

  @AfterEach
  void close() {
    if (session != null) {
      session.close();
      session = null;
    }
  }

  static List<Block> blocks(List<String> lines) {
    List<Block> blocks = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String fence = lines.get(i).strip();
      if (!fence.startsWith("```")) {
        continue;
      }
      String info = fence.substring(3).strip();
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
        end++;
      }
      List<String> words = List.of(info.split("\\s+"));
      if (!words.isEmpty() && words.get(0).equals("java") && !words.contains("no-run")) {
        blocks.add(new Block(i + 2, String.join("\n", lines.subList(i + 1, end))));
      }
      i = end;
    }
    return blocks;
  }
}
