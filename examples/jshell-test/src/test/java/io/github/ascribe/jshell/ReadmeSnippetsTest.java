package io.github.ascribe.jshell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code ```java} and {@code ```jshell} block of the top-level {@code README.md} through
 * JShell, each on its own: a {@code java} block sees nothing but {@code java.lang} and its own
 * imports (so it compiles when pasted alone), a {@code jshell} block also the jshell tool's default
 * imports. A block fenced {@code ```java no-run} is skipped. The {@code ascribe.readme} property
 * points at another file.
 *
 * <p>A comment after a {@code println} on the same line is what it prints: the printed lines must
 * contain each such comment, in order, as a whole line, or as the start of a line when the comment
 * ends with {@code ...}.
 */
class ReadmeSnippetsTest {

  /** One warm session, reset before each block: starting the JVM is the slow part. */
  private static JShellSession session;

  /**
   * A fenced block.
   *
   * @param line the 1-based line of its first code line
   * @param code the code
   * @param jshell whether it is a {@code jshell} block (default imports) rather than {@code java}
   */
  record Block(int line, String code, boolean jshell) {}

  @BeforeAll
  static void start() {
    session = new JShellSession();
  }

  @AfterAll
  static void stop() {
    session.close();
  }

  @TestFactory
  Stream<DynamicTest> readmeBlocksRun() throws IOException {
    Path readme = Path.of(System.getProperty("ascribe.readme", Repository.root().resolve("README.md").toString()));
    assertThat(readme).isRegularFile();
    String name = readme.getFileName().toString();
    List<Block> blocks = blocks(Files.readAllLines(readme));
    assertThat(blocks).as("java blocks in " + name).isNotEmpty();
    return blocks.stream().map(b -> DynamicTest.dynamicTest(name + ":" + b.line(), () -> run(b, name)));
  }

  private static void run(Block b, String name) {
    if (b.jshell()) {
      session.reset();
    } else {
      session.resetBare();
    }
    int before = session.drain().length();
    session.runSnippets(b.code(), name, b.line());
    String printed = session.drain().substring(before);
    checkPrinted(b, name, printed);
  }

  /** Each {@code println(...); // expected} comment matches a printed line, in order. */
  static void checkPrinted(Block b, String name, String printed) {
    List<String> out = printed.lines().toList();
    int next = 0;
    String[] lines = b.code().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String expected = expectation(lines[i]);
      if (expected == null) {
        continue;
      }
      int found = -1;
      for (int j = next; j < out.size() && found < 0; j++) {
        if (matches(out.get(j), expected)) {
          found = j;
        }
      }
      if (found < 0) {
        throw new AssertionError(name + ":" + (b.line() + i) + ": the comment says it prints\n  " + expected
            + "\nbut what follows in the output is\n  " + String.join("\n  ", out.subList(next, out.size())));
      }
      next = found + 1;
    }
  }

  /** The comment after a println on this line, or null. */
  static String expectation(String line) {
    int call = line.indexOf("System.out.println(");
    int comment = line.lastIndexOf(");");
    if (call < 0 || comment < 0) {
      return null;
    }
    int slash = line.indexOf("//", comment);
    return slash < 0 ? null : line.substring(slash + 2).strip();
  }

  static boolean matches(String printed, String expected) {
    String p = printed.strip();
    return expected.endsWith("...") ? p.startsWith(expected.substring(0, expected.length() - 3).strip())
        : p.equals(expected);
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
      String lang = words.get(0);
      if ((lang.equals("java") || lang.equals("jshell")) && !words.contains("no-run")) {
        blocks.add(new Block(i + 2, String.join("\n", lines.subList(i + 1, end)), lang.equals("jshell")));
      }
      i = end;
    }
    return blocks;
  }

  @Test
  void aJavaBlockSeesOnlyItsOwnImports() {
    session.resetBare();
    assertThatThrownBy(() -> session.runSnippets("Path p = Path.of(\"x\");", "bare.java", 1))
        .hasMessageContaining("bare.java:1");
    session.resetBare();
    session.runSnippets("import java.nio.file.*;\nPath p = Path.of(\"x\");", "imports.java", 1);
  }

  @Test
  void commentsAreCheckedAgainstThePrintedLines() {
    Block b = new Block(10, "System.out.println(a);   // 6\nfor (;;) {}\nSystem.out.println(b);   // claims=9 ...", false);
    checkPrinted(b, "R.md", "6\nx\nclaims=9 attributed=7\n");
    assertThatThrownBy(() -> checkPrinted(b, "R.md", "7\nclaims=9\n")).hasMessageStartingWith("R.md:10:");
    assertThatThrownBy(() -> checkPrinted(b, "R.md", "claims=9 attributed=7\n6\n")).hasMessageStartingWith("R.md:12:");
    assertThat(expectation("System.out.println(x.size());   // 12")).isEqualTo("12");
    assertThat(expectation("var x = 1; // a note")).isNull();
  }
}
