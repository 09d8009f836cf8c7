package io.github.ascribe.citations.prosedevset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.citations.Ascribe;
import io.github.ascribe.core.Span;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link ProseAdapter}: the spans it derives from today's prose attributions. */
class ProseAdapterTest {

  @Test
  void derivesSourceCueAndContentOfASimpleSentence() {
    String text = "The minister said that the talks would resume.";
    List<ProseAdapter.Predicted> p = ProseAdapter.relations(Ascribe.analyze(text));
    assertThat(p).hasSize(1);
    assertThat(p.get(0).source().map(s -> s.text(text))).contains("The minister");
    assertThat(p.get(0).cue().map(s -> s.text(text))).contains("said");
    assertThat(p.get(0).content().map(s -> s.text(text))).contains("the talks would resume");
  }

  @Test
  void derivesAContentBeforeAnInvertedCue() {
    String text = "\"We are ready,\" said the mayor.";
    List<ProseAdapter.Predicted> p = ProseAdapter.relations(Ascribe.analyze(text));
    assertThat(p).hasSize(1);
    assertThat(p.get(0).cue().map(s -> s.text(text))).contains("said");
    assertThat(p.get(0).content().map(s -> s.text(text))).contains("\"We are ready,\"");
  }

  @Test
  void trimKeepsQuotesAndDropsEdgesAndComplementisers() {
    String t = " , that \"it is over.\" .";
    assertThat(ProseAdapter.trim(t, Span.of(0, t.length()), true).map(s -> s.text(t))).contains("\"it is over.\"");
    assertThat(ProseAdapter.trim(t, Span.of(0, t.length()), false).map(s -> s.text(t))).contains("that \"it is over.\"");
    assertThat(ProseAdapter.trim(" ,. ", Span.of(0, 4), true)).isEmpty();
    String q = "qu'elle viendra";
    assertThat(ProseAdapter.trim(q, Span.of(0, q.length()), true).map(s -> s.text(q))).contains("elle viendra");
  }

  @Test
  void trimStaysInsideItsSpanAndIsIdempotent() {
    qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 30), integers().between(0, 30),
        integers().between(0, 30)).checkAssert((t, a, b) -> {
          int from = Math.min(a, t.length());
          int to = Math.max(from, Math.min(b, t.length()));
          Span s = Span.of(from, to);
          for (boolean clause : new boolean[] {true, false}) {
            Optional<Span> r = ProseAdapter.trim(t, s, clause);
            r.ifPresent(x -> {
              assertThat(s.contains(x)).isTrue();
              assertThat(x.isEmpty()).isFalse();
              assertThat(ProseAdapter.trim(t, x, false)).contains(x);
            });
          }
        });
  }

  @Test
  void predictedSpansLieInsideTheTextForAnyInput() {
    qt().withExamples(300).forAll(strings().basicLatinAlphabet().ofLengthBetween(0, 80)).checkAssert(t -> {
      String text = t + " the minister said, \"" + t + "\"";
      for (ProseAdapter.Predicted p : ProseAdapter.relations(Ascribe.analyze(text))) {
        for (Optional<Span> s : List.of(p.source(), p.cue(), p.content())) {
          s.ifPresent(x -> assertThat(Span.of(0, text.length()).contains(x)).isTrue());
        }
      }
    });
  }
}
