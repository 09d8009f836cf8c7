package io.github.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.github.ascribe.citations.Ascribe;
import io.github.ascribe.citations.Notation;
import io.github.ascribe.citations.NotationEntry;
import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.citations.Token;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceMention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden outputs: every text under {@code src/test/resources/golden} is analysed, and its JSON (the
 * CLI's report of {@link JsonModel}, plus the {@link Notation#parse} result for short texts) must
 * equal the recorded {@code .json} beside it. A {@code .lines} file holds one notation string a line;
 * its golden file lists the parse of each.
 *
 * <p>The recorded outputs guard behaviour while the parser is restructured: a golden file changes
 * only in a commit that names the fix. To re-record after such a fix, run {@code mvn -B -ntp verify
 * -pl examples/cli -am -Dtest=GoldenTest -Dsurefire.failIfNoSpecifiedTests=false -Dgolden.update=true} and review the diff.
 */
class GoldenTest {

  static final Path ROOT = Path.of("src/test/resources/golden");
  /** Texts up to this length are also parsed as notation on their own. */
  static final int NOTATION_MAX = 2_000;

  private static final ObjectWriter JSON = new ObjectMapper().writer(new DefaultPrettyPrinter()
      .withObjectIndenter(new DefaultIndenter("  ", "\n"))
      .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  static Stream<Path> inputs() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".lines")).sorted()
          .toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void outputIsTheRecordedOne(Path input) throws IOException {
    String actual = render(input);
    Path golden = goldenOf(input);
    if (Boolean.getBoolean("golden.update")) {
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(golden).as("golden file of %s (record it with -Dgolden.update=true)", input).exists();
    assertThat(actual).as("output of %s against %s", input, golden)
        .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }

  @Test
  void theGoldenSetIsLargeAndHasNoOrphans() throws IOException {
    List<Path> all = inputs().toList();
    assertThat(all).hasSizeGreaterThanOrEqualTo(150);
    try (Stream<Path> files = Files.walk(ROOT)) {
      for (Path json : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        String name = json.getFileName().toString();
        String stem = name.substring(0, name.length() - ".json".length());
        assertThat(Files.exists(json.resolveSibling(stem + ".txt")) || Files.exists(json.resolveSibling(stem + ".lines")))
            .as("%s has an input", json).isTrue();
      }
    }
  }

  static Path goldenOf(Path input) {
    String name = input.getFileName().toString();
    return input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".json");
  }

  static String render(Path input) {
    try {
      String text = Files.readString(input, StandardCharsets.UTF_8);
      Object out;
      if (input.toString().endsWith(".lines")) {
        List<Object> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
          if (!line.isEmpty()) {
            lines.add(notation(Notation.parse(line)));
          }
        }
        out = lines;
      } else {
        Map<String, Object> both = new LinkedHashMap<>();
        both.put("analysis", JsonModel.of(ROOT.relativize(input).toString(), Ascribe.analyze(text)));
        if (text.length() <= NOTATION_MAX) {
          both.put("notation", notation(Notation.parse(text)));
        }
        out = both;
      }
      return JSON.writeValueAsString(out) + "\n";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every public part of a notation result, spans included. */
  static Map<String, Object> notation(NotationResult r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("input", r.input());
    m.put("verdict", r.verdict().notation() ? "notation " + r.verdict().reason() : "not " + r.verdict().reason());
    m.put("tokens", r.tokens().stream().map(GoldenTest::token).toList());
    List<Object> entries = new ArrayList<>();
    for (NotationEntry e : r.entries()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("mentions", e.mentions().stream().map(GoldenTest::mention).toList());
      x.put("count", e.count());
      x.put("unnamed", e.unnamedSources());
      x.put("span", e.span().start() + "-" + e.span().end());
      entries.add(x);
    }
    m.put("entries", entries);
    m.put("restatements", r.restatements().stream().map(GoldenTest::mention).toList());
    m.put("declaredTotal", r.declaredTotal().isPresent() ? r.declaredTotal().getAsInt() : null);
    m.put("sources", r.sources().stream().map(Source::id).toList());
    m.put("unnamed", r.unnamedSources());
    m.put("diagnostics", r.diagnostics().stream().map(GoldenTest::diagnostic).toList());
    m.put("format", r.isNotation() ? Notation.format(r.model()) : null);
    return m;
  }

  private static String token(Token t) {
    return t.kind() + " " + t.span().start() + "-" + t.span().end();
  }

  private static String mention(SourceMention x) {
    return x.span().start() + "-" + x.span().end() + " " + x.text() + " -> " + x.source().id() + " ("
        + x.source().kind() + ", " + x.match().kind() + " " + x.match().score() + ")";
  }

  private static String diagnostic(Diagnostic d) {
    return d.severity() + " " + d.code() + " " + d.span().start() + "-" + d.span().end() + " " + d.message();
  }
}
