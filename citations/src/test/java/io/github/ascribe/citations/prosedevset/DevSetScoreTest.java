package io.github.ascribe.citations.prosedevset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ascribe.citations.Ascribe;
import io.github.ascribe.citations.prosedevset.DevSetScorer.Count;
import io.github.ascribe.citations.prosedevset.DevSetScorer.Role;
import io.github.ascribe.core.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Scores Ascribe's prose attributions on the team's development set ({@code docs/prose-annotation.md}):
 * every document is analysed with {@link Ascribe#analyze}, its prose attributions turned into
 * relations by {@link ProseAdapter}, and compared with the annotation: cue, source and content
 * precision and recall, exact and overlap, per language and per construction. The tables are printed
 * (per construction for English and for all languages) and written, with the per-construction tables of
 * every language and every document's misses, to {@code target/prose-devset-report.txt}.
 *
 * <p>The gate of issue 19 (English cue precision at least {@link #GATE_PRECISION} and recall at least
 * {@link #GATE_RECALL}, exact spans, on the development set) is a real assertion, on by default; the
 * system property {@code prose.devset.gate=false} turns it off (to measure a change that is known to
 * fall below it). The held-out English set ({@link DevSetFiles#HELD_OUT}) is scored and printed
 * beside it but not gated: it is there to show whether the rules tuned on the development set
 * carry over to text they were not tuned on.
 *
 * <pre>
 * mvn -B -ntp -o -q -pl citations -am test -Dtest=DevSetScoreTest -Dsurefire.failIfNoSpecifiedTests=false
 * mvn -B -ntp -o -q -pl citations -am test -Dtest=DevSetScoreTest -Dsurefire.failIfNoSpecifiedTests=false -Dprose.devset.gate=false
 * </pre>
 */
class DevSetScoreTest {

  static final double GATE_PRECISION = 0.90;
  static final double GATE_RECALL = 0.80;
  static final String GATE_PROPERTY = "prose.devset.gate";
  static final Path REPORT = Path.of("target/prose-devset-report.txt");

  @Test
  void scoresTheSetAndWritesTheReport() throws IOException {
    DevSetScorer scorer = new DevSetScorer();
    StringBuilder details = new StringBuilder("\nEvery relation: = exact, ~ overlap, - missed; FALSE: a prediction overlapping no relation\n");
    int documents = 0;
    int sentences = 0;
    int relations = 0;
    List<String> errors = new ArrayList<>();
    List<DevSetFiles.Language> langs = DevSetFiles.readWithHeldOut();
    long t0 = System.nanoTime();
    Ascribe.analyze("Warm-up, the minister said.");
    long t1 = System.nanoTime();
    for (DevSetFiles.Language l : langs) {
      errors.addAll(l.errors());
      for (DevSetDocument d : l.documents()) {
        List<ProseAdapter.Predicted> predicted = ProseAdapter.relations(Ascribe.analyze(d.text()));
        predicted.forEach(p -> assertSpansInside(d, p));
        scorer.score(l.language(), d, predicted);
        details.append(DevSetReport.details(d, predicted));
        documents++;
        sentences += d.sentences().size();
        relations += d.relations().size();
      }
    }
    long t2 = System.nanoTime();
    assertThat(errors).isEmpty();
    Count cue = scorer.count("en", Role.CUE, true);
    Count heldOut = scorer.count(DevSetFiles.HELD_OUT, Role.CUE, true);
    String gate = "Gate (issue 19): English cue exact P >= " + GATE_PRECISION + ", R >= " + GATE_RECALL + "; today P "
        + DevSetReport.f(cue.precision()) + ", R " + DevSetReport.f(cue.recall()) + " (held-out set, not gated: P "
        + DevSetReport.f(heldOut.precision()) + ", R " + DevSetReport.f(heldOut.recall()) + "); "
        + (gateOn() ? "enforced (-D" + GATE_PROPERTY + "=false turns it off)" : "off") + "\n";
    String tables = "Prose development set: " + documents + " documents, " + sentences + " sentences, " + relations
        + " annotated relations, analysed and scored in " + (t2 - t1) / 1_000_000 + " ms (first analysis, with the"
        + " lexicons loading: " + (t1 - t0) / 1_000_000 + " ms)\n";
    System.out.println(tables + DevSetReport.tables(scorer, List.of("en", DevSetFiles.HELD_OUT, "all")) + "\n" + gate);
    List<String> every = new ArrayList<>(DevSetFiles.LANGUAGES);
    every.add(DevSetFiles.HELD_OUT);
    every.add("all");
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, tables + DevSetReport.tables(scorer, every) + "\n" + gate + details, StandardCharsets.UTF_8);
    assertThat(scorer.count("en", Role.CUE, true).gold).isGreaterThan(100);
    assertThat(heldOut.gold).as("the held-out set is scored").isGreaterThan(30);
    if (gateOn()) {
      gate(cue);
    }
  }

  /** The gate is on unless {@code -Dprose.devset.gate=false}. */
  static boolean gateOn() {
    return !"false".equalsIgnoreCase(System.getProperty(GATE_PROPERTY, "true"));
  }

  /** The gate of issue 19 on the English cue figures. */
  static void gate(Count cue) {
    assertThat(cue.precision()).as("English cue precision (exact)").isGreaterThanOrEqualTo(GATE_PRECISION);
    assertThat(cue.recall()).as("English cue recall (exact)").isGreaterThanOrEqualTo(GATE_RECALL);
  }

  @Test
  void theGateFailsBelowTheBarAndPassesAboveIt() {
    Count low = new Count();
    low.predicted = 10;
    low.predictedMatched = 8;
    low.gold = 10;
    low.goldMatched = 9;
    assertThatThrownBy(() -> gate(low)).isInstanceOf(AssertionError.class).hasMessageContaining("precision");
    low.predictedMatched = 10;
    low.goldMatched = 7;
    assertThatThrownBy(() -> gate(low)).isInstanceOf(AssertionError.class).hasMessageContaining("recall");
    low.goldMatched = 8;
    gate(low);
  }

  @Test
  void theScorerCountsExactOverlapAndMisses() {
    String markup = "@doc style=wire\n{S1 The minister} {C1 said} {Q1 the talks would resume}.\n"
        + "{Q2 \"We are ready,\"} {S2 she} {C2 said}, {Q2 \"and so are they.\"}\nPrices rose.\n"
        + "@1 kind=indirect type=person cons=x-said\n@2 kind=direct type=person cons=pronoun,content-first ante=S1\n";
    DevSetDocument d = DevSetParser.parse("t.txt", markup).document().orElseThrow();
    DevSetRelation r1 = d.relations().get(0);
    DevSetRelation r2 = d.relations().get(1);
    // the gold relations themselves score 1.0 everywhere (content 2 as the hull of its pieces)
    DevSetScorer perfect = new DevSetScorer();
    perfect.score("en", d, List.of(asPredicted(r1), asPredicted(r2)));
    for (Role role : Role.values()) {
      assertThat(perfect.count("en", role, true).precision()).isEqualTo(1.0);
      assertThat(perfect.count("en", role, true).recall()).isEqualTo(1.0);
    }
    // nothing predicted: recall 0, precision n/a
    DevSetScorer none = new DevSetScorer();
    none.score("en", d, List.of());
    assertThat(none.count("en", Role.CUE, true).recall()).isEqualTo(0.0);
    assertThat(none.count("en", Role.CUE, true).precision()).isNaN();
    // a cue one character too long overlaps but is not exact; a prediction in "Prices rose." is a false alarm
    Span cue = r1.cue().get(0);
    int prices = d.text().indexOf("Prices");
    ProseAdapter.Predicted longer = new ProseAdapter.Predicted("t", r1.source().stream().findFirst(),
        Optional.of(Span.of(cue.start(), cue.end() + 1)), Optional.empty());
    ProseAdapter.Predicted alarm = new ProseAdapter.Predicted("t", Optional.empty(), Optional.of(Span.of(prices, prices + 6)),
        Optional.empty());
    DevSetScorer some = new DevSetScorer();
    some.score("en", d, List.of(longer, alarm));
    assertThat(some.count("en", Role.CUE, true).predictedMatched).isZero();
    assertThat(some.count("en", Role.CUE, false).predictedMatched).isEqualTo(1);
    assertThat(some.count("en", Role.CUE, false).precision()).isEqualTo(0.5);
    assertThat(some.count("en", Role.CUE, false).recall()).isEqualTo(0.5);
    assertThat(some.count("en/none", Role.CUE, false).predicted).isEqualTo(1);
    assertThat(some.count("en/x-said", Role.SOURCE, true).recall()).isEqualTo(1.0);
    assertThat(some.count("en/pronoun", Role.SOURCE, true).recall()).isEqualTo(0.0);
  }

  private static ProseAdapter.Predicted asPredicted(DevSetRelation r) {
    Span content = r.content().get(0);
    for (Span s : r.content()) {
      content = content.union(s);
    }
    return new ProseAdapter.Predicted("gold", r.source().stream().findFirst(), Optional.of(r.cue().get(0)), Optional.of(content));
  }

  private static void assertSpansInside(DevSetDocument d, ProseAdapter.Predicted p) {
    Span all = Span.of(0, d.text().length());
    for (Optional<Span> s : List.of(p.source(), p.cue(), p.content())) {
      s.ifPresent(x -> assertThat(all.contains(x)).as(d.name() + " " + p).isTrue());
    }
  }
}
