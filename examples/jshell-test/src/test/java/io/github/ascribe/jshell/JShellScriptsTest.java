package io.github.ascribe.jshell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every {@code examples/jshell/*.jsh} as the jshell tool would, from the repository root: no
 * snippet may be rejected or throw. A few lines of each script's output are checked too.
 */
class JShellScriptsTest {

  /** Text each script must print (a script not listed here must merely run). */
  private static final Map<String, List<String>> EXPECTED = Map.of(
      "quickstart.jsh", List.of("9 claims, 7 attributed: coverage 77.8%",
          "sources: [The Guardian, Associated Press, The Times of India, Reuters] + 6 unnamed", "UNATTRIBUTED"),
      "notation.jsh", List.of("unnamed    6, total 10, declared =4",
          "canonical  The Guardian, Associated Press +2, The Times of India +4, Reuters =The Guardian =4",
          "not notation: places", "true"),
      "custom-registry.jsh", List.of("match=ALIAS", "match=DOMAIN", "FUZZY",
          "#0 [Kyiv Dispatch, Baltic Wire, Reuters] + 1 unnamed", "#1 [Harbour Gazette]"),
      "batch.jsh", List.of("istanbul-talks.txt", "9 claims, 7 attributed (77.8%)", "The Guardian"));

  @Test
  void theWorkingDirectoryIsTheRepositoryRoot() {
    assertThat(Path.of("examples/samples/istanbul-talks.txt")).isRegularFile();
  }

  @Test
  void everyScriptIsChecked() throws IOException {
    assertThat(scripts()).extracting(p -> p.getFileName().toString()).containsAll(EXPECTED.keySet());
  }

  /** One warm session for the class, reset before each script: starting the JVM is the slow part. */
  private static JShellSession session;

  @BeforeAll
  static void start() {
    session = new JShellSession();
  }

  @AfterAll
  static void stop() {
    session.close();
  }

  @TestFactory
  Stream<DynamicTest> scriptsRun() throws IOException {
    return scripts().stream().map(script -> DynamicTest.dynamicTest(script.getFileName().toString(), () -> {
      String name = script.getFileName().toString();
      session.reset();
      int before = session.drain().length();
      session.runScript(Files.readString(script), "examples/jshell/" + name);
      String printed = session.drain().substring(before);
      assertThat(printed).as(name + " printed").isNotBlank().contains(EXPECTED.getOrDefault(name, List.of()));
    }));
  }

  @Test
  void resetForgetsDefinitions() {
    session.reset();
    session.runScript("int answer = 42;\n", "define.jsh");
    session.reset();
    assertThatThrownBy(() -> session.runScript("answer + 1\n", "use.jsh"))
        .hasMessageStartingWith("use.jsh:1: snippet rejected");
  }

  @Test
  void aChainStartingLinesWithADotFailsAsInTheJshellTool() {
    session.reset();
    assertThatThrownBy(() -> session.runScript("var sb = new StringBuilder()\n    .append(\"x\");\n", "chain.jsh"))
        .hasMessageStartingWith("chain.jsh:2: snippet rejected");
  }

  @Test
  void aThrowingSnippetFails() {
    session.reset();
    assertThatThrownBy(() -> session.runScript("// first\nint x = 1;\nint y = x / 0;\n", "throws.jsh"))
        .hasMessageStartingWith("throws.jsh:3: snippet threw java.lang.ArithmeticException");
  }

  @Test
  void internalPackagesAreRefused() {
    session.reset();
    assertThatThrownBy(() -> session.runScript("import io.github.ascribe.core.internal.*;\n", "internal.jsh"))
        .hasMessageContaining("internal package");
  }

  private static List<Path> scripts() throws IOException {
    try (Stream<Path> files = Files.list(Repository.root().resolve("examples/jshell"))) {
      return files.filter(p -> p.toString().endsWith(".jsh")).sorted().toList();
    }
  }
}
