package io.github.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The sample outputs in {@code docs/cli.md} are what the command prints now. A fenced block whose
 * first line is {@code $ ascribe ...} is run (in-process, from the repository root) and the rest of
 * the block must equal its output, where a line {@code ...} stands for any number of lines (so the
 * docs may shorten long reports). Trailing spaces do not count.
 *
 * <p>After a change of output, {@code -Dcli.docs.update=true} writes the whole current output into
 * each block that differs (elisions there are lost: shorten it again by hand) and passes.
 */
class CliDocsTest {

  private static final String PROMPT = "$ ascribe ";

  /**
   * A sample in the docs.
   *
   * @param line the 1-based line of the command
   * @param command the command line after {@code $ ascribe }
   * @param expected the lines shown as its output
   */
  record Sample(int line, String command, List<String> expected) {}

  @TestFactory
  Stream<DynamicTest> samplesMatchWhatTheCommandPrints() throws IOException {
    Path root = Cli.reference().getParent().getParent().getParent();
    Path doc = root.resolve("docs/cli.md");
    List<String> lines = Files.readAllLines(doc);
    List<Sample> samples = samples(lines);
    assertThat(samples).as("samples in docs/cli.md").hasSizeGreaterThanOrEqualTo(3);
    boolean update = Boolean.getBoolean("cli.docs.update");
    List<DynamicTest> tests = new ArrayList<>();
    for (Sample s : samples) {
      tests.add(DynamicTest.dynamicTest("docs/cli.md:" + s.line() + " " + s.command(), () -> {
        List<String> actual = run(root, s.command());
        if (matches(s.expected(), actual)) {
          return;
        }
        if (update) {
          rewrite(doc, s, actual);
          return;
        }
        assertThat(String.join("\n", actual)).as("docs/cli.md:%d `ascribe %s` prints (rerun with"
            + " -Dcli.docs.update=true to record it)", s.line(), s.command())
            .isEqualTo(String.join("\n", s.expected()));
      }));
    }
    return tests.stream();
  }

  /** Runs the command from the repository root: paths are made absolute, and shown relative again. */
  static List<String> run(Path root, String command) {
    List<String> args = new ArrayList<>();
    for (String word : words(command)) {
      boolean path = !word.startsWith("-") && word.contains("/") && Files.exists(root.resolve(word));
      args.add(path ? root.resolve(word).toString() : word);
    }
    Cli.Result r = Cli.run(args.toArray(String[]::new));
    String prefix = root.toString() + "/";
    return (r.out() + r.err()).replace(prefix, "").lines().map(CliDocsTest::trimEnd).toList();
  }

  /** Whether the shown lines, with {@code ...} lines standing for any lines, equal the output. */
  static boolean matches(List<String> expected, List<String> actual) {
    Boolean[][] memo = new Boolean[expected.size() + 1][actual.size() + 1];
    return matches(expected, 0, actual, 0, memo);
  }

  private static boolean matches(List<String> e, int i, List<String> a, int j, Boolean[][] memo) {
    if (memo[i][j] != null) {
      return memo[i][j];
    }
    boolean result;
    if (i == e.size()) {
      result = j == a.size();
    } else if (e.get(i).strip().equals("...")) {
      result = false;
      for (int k = j; k <= a.size() && !result; k++) {
        result = matches(e, i + 1, a, k, memo);
      }
    } else {
      result = j < a.size() && trimEnd(e.get(i)).equals(a.get(j)) && matches(e, i + 1, a, j + 1, memo);
    }
    memo[i][j] = result;
    return result;
  }

  static List<Sample> samples(List<String> lines) {
    List<Sample> samples = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).strip().startsWith("```")) {
        continue;
      }
      int end = i + 1;
      while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
        end++;
      }
      if (end > i + 1 && lines.get(i + 1).startsWith(PROMPT)) {
        samples.add(new Sample(i + 2, lines.get(i + 1).substring(PROMPT.length()).strip(),
            List.copyOf(lines.subList(i + 2, end))));
      }
      i = end;
    }
    return samples;
  }

  /** Splits a command line into words: spaces separate, double quotes group. */
  static List<String> words(String command) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    for (int i = 0; i < command.length(); i++) {
      char c = command.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        any = true;
      } else if (c == ' ' && !quoted) {
        if (any) {
          words.add(w.toString());
        }
        w.setLength(0);
        any = false;
      } else {
        w.append(c);
        any = true;
      }
    }
    if (any) {
      words.add(w.toString());
    }
    return words;
  }

  private static synchronized void rewrite(Path doc, Sample s, List<String> actual) throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(doc));
    int from = lines.indexOf(PROMPT + s.command()); // earlier rewrites may have moved it
    if (from < 0) {
      throw new IllegalStateException("docs/cli.md: no longer holds `" + PROMPT + s.command() + "`");
    }
    int end = from + 1;
    while (end < lines.size() && !lines.get(end).strip().startsWith("```")) {
      end++;
    }
    lines.subList(from + 1, end).clear();
    lines.addAll(from + 1, actual);
    Files.write(doc, lines, StandardCharsets.UTF_8);
  }

  private static String trimEnd(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return s.substring(0, end);
  }

  @Test
  void elisionStandsForAnyLines() {
    assertThat(matches(List.of("a", "...", "d"), List.of("a", "b", "c", "d"))).isTrue();
    assertThat(matches(List.of("a", "...", "d"), List.of("a", "d"))).isTrue();
    assertThat(matches(List.of("a", "  ...", "d"), List.of("a", "b"))).isFalse();
    assertThat(matches(List.of("a  ", "b"), List.of("a", "b"))).isTrue();
    assertThat(matches(List.of("a", "b"), List.of("a", "b", "c"))).isFalse();
    assertThat(words("notation \"The Guardian/AP News +2\" x")).containsExactly("notation", "The Guardian/AP News +2", "x");
  }
}
