package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Source;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every example of {@code docs/analysis-spec.md}: an article, a {@code .} line, then what the
 * analysis must give: the claims as {@code ⟦…⟧} marks in the text, each claim's sources by id, and
 * the forms of the attributions in text order, and for each prose attribution its relation ({@code
 * prose: KIND SOURCE_TYPE CUE_GROUP lemma | ⟦source⟧ ⟨cue⟩ «content»}).
 */
class AnalysisSpecTest {

  /**
   * One example.
   *
   * @param section the heading it is under
   * @param line its line in the file
   * @param input the article
   * @param expected its expectation lines
   */
  record Example(String section, int line, String input, List<String> expected) {
    @Override
    public String toString() {
      return section + " (line " + line + ")";
    }
  }

  static List<Example> examples() throws IOException {
    List<Example> out = new ArrayList<>();
    for (SpecExample.Block b : SpecExample.blocks(Path.of(System.getProperty("ascribe.docs", "../docs"),
        "analysis-spec.md"))) {
      out.add(new Example(b.section(), b.line(), String.join("\n", b.input()), b.expected()));
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void analysisGivesWhatTheSpecSays(Example e) {
    assertThat(render(Ascribe.analyze(e.input()))).containsExactlyElementsOf(e.expected());
  }

  /** The expectation lines an article gives. */
  static List<String> render(Article a) {
    List<String> out = new ArrayList<>();
    StringBuilder marked = new StringBuilder();
    int at = 0;
    String text = a.text();
    for (Claim c : a.claims()) {
      marked.append(text, at, c.span().start()).append('⟦').append(c.text()).append('⟧');
      at = c.span().end();
    }
    marked.append(text.substring(at));
    out.add("claims: " + marked.toString().replace("\n", " / "));
    for (Claim c : a.claims()) {
      List<String> ids = c.sources().stream().map(Source::id).distinct().sorted().toList();
      if (!ids.isEmpty()) {
        out.add("sources " + c.index() + ": " + String.join(", ", ids));
      }
    }
    out.add("forms: " + a.attributions().stream().map(Attribution::form).map(Enum::name)
        .collect(Collectors.joining(", ")));
    for (Attribution attribution : a.attributions()) {
      attribution.prose().ifPresent(p -> out.add("prose: " + p.kind() + " " + p.sourceType() + " " + p.cueGroup() + " "
          + p.cueLemma() + " | " + p.render(text).replace("\n", " / ")));
    }
    return out;
  }
}
