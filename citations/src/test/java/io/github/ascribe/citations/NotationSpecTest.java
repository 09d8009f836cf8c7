package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs every example of {@code docs/notation-spec.md}: the grammar's documentation is its test. */
class NotationSpecTest {

  static List<SpecExample> examples() throws IOException {
    return SpecExample.read();
  }

  @Test
  void specHasEnoughExamples() throws IOException {
    assertThat(examples()).hasSizeGreaterThanOrEqualTo(80);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void example(SpecExample ex) {
    NotationResult r = Notation.parse(ex.input());
    SoftAssertions soft = new SoftAssertions();
    soft.assertThat(r.render()).as("render").isEqualTo(ex.input());
    for (Map.Entry<String, String> e : ex.expect().entrySet()) {
      String actual = switch (e.getKey()) {
        case "names" -> names(r);
        case "tokens" -> r.tokens().stream().filter(t -> t.kind() != TokenKind.SPACE)
            .map(t -> t.kind().name()).collect(Collectors.joining(" "));
        case "entries" -> entries(r);
        case "sources" -> r.sources().stream().map(Source::id).collect(Collectors.joining(", "));
        case "unnamed" -> String.valueOf(r.unnamedSources());
        case "total" -> r.declaredTotal().isPresent() ? String.valueOf(r.declaredTotal().getAsInt()) : "-";
        case "diagnostics" -> r.diagnostics().isEmpty() ? "-"
            : r.diagnostics().stream().map(Diagnostic::code).collect(Collectors.joining(", "));
        case "verdict" -> (r.verdict().notation() ? "notation " : "not ") + r.verdict().reason();
        case "format" -> Notation.format(r.model());
        case "kinds" -> r.sources().stream().map(s -> s.kind().name()).collect(Collectors.joining(", "));
        case "matches" -> r.mentions().stream().map(m -> m.match().kind().name()).collect(Collectors.joining(", "));
        default -> throw new IllegalStateException(ex + ": unknown expectation key '" + e.getKey() + "'");
      };
      soft.assertThat(actual).as(ex + " -> " + e.getKey()).isEqualTo(e.getValue());
    }
    soft.assertAll();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void everyPrefixAndSuffixParses(SpecExample ex) {
    String in = ex.input();
    assertThatCode(() -> {
      for (int i = 0; i <= in.length(); i++) {
        assertThat(Notation.parse(in.substring(0, i)).render()).isEqualTo(in.substring(0, i));
        assertThat(Notation.parse(in.substring(i)).render()).isEqualTo(in.substring(i));
      }
    }).doesNotThrowAnyException();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void canonicalFormRoundTrips(SpecExample ex) {
    NotationResult r = Notation.parse(ex.input());
    String canonical = Notation.format(r.model());
    assertThat(Notation.parse(canonical).model()).as(canonical).isEqualTo(r.model());
  }

  /** The input with each mention wrapped in ⟦ ⟧, invisible characters escaped. */
  static String names(NotationResult r) {
    StringBuilder sb = new StringBuilder();
    int at = 0;
    for (SourceMention m : r.mentions()) {
      sb.append(r.input(), at, m.span().start()).append('⟦').append(m.text()).append('⟧');
      at = m.span().end();
    }
    sb.append(r.input().substring(at));
    return SpecExample.escape(sb.toString());
  }

  static String entries(NotationResult r) {
    List<String> out = new ArrayList<>();
    for (NotationEntry e : r.entries()) {
      List<String> ids = e.mentions().stream().map(m -> m.source().id()).toList();
      String names = ids.size() > 1 ? "[" + String.join(", ", ids) + "]" : ids.isEmpty() ? "" : ids.get(0);
      String count = e.count() > 0 ? (names.isEmpty() ? "+" : " +") + e.count() : "";
      out.add(names + count);
    }
    return out.isEmpty() ? "-" : String.join("; ", out);
  }
}
