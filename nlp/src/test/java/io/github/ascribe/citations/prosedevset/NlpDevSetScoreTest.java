package io.github.ascribe.citations.prosedevset;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Span;
import io.github.ascribe.nlp.NlpProseForm;
import io.github.ascribe.citations.prosedevset.DevSetScorer.Count;
import io.github.ascribe.citations.prosedevset.DevSetScorer.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Scores the fast and the NLP prose paths side by side on the team's development set, with the
 * citations tests' scorer ({@link DevSetScorer}, {@link ProseAdapter}): cue, source and content
 * precision and recall, exact and overlap, per language and per construction. Each language is read
 * with an analyser of its locale; the NLP path replaces the built-in prose recogniser with {@link
 * NlpProseForm} where the language has a part-of-speech model (English, German, French) and is the
 * fast path elsewhere. The table is printed and written to {@code target/nlp-devset-report.txt}, with
 * every document's relations as the NLP path found them.
 *
 * <pre>
 * mvn -B -ntp -o -q -pl nlp -am test -Dtest=NlpDevSetScoreTest -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * <p>It asserts no bar: the bar of issue 19 is on the fast path ({@code DevSetScoreTest}). It checks
 * that both paths were scored on the whole set and that every span is inside its document.
 */
class NlpDevSetScoreTest {

  static final Path REPORT = Path.of("target/nlp-devset-report.txt");

  @Test
  void scoresBothPathsSideBySide() throws IOException {
    DevSetScorer fast = new DevSetScorer();
    DevSetScorer nlp = new DevSetScorer();
    StringBuilder details = new StringBuilder("\nEvery relation, NLP path: = exact, ~ overlap, - missed\n");
    long fastNanos = 0;
    long nlpNanos = 0;
    for (DevSetFiles.Language l : DevSetFiles.read()) {
      assertThat(l.errors()).isEmpty();
      Locale locale = Locale.forLanguageTag(l.language());
      Analyzer fastAnalyzer = Analyzer.builder().locale(locale).build();
      Analyzer nlpAnalyzer = NlpProseForm.languages().contains(l.language())
          ? Analyzer.builder().locale(locale).disableForms(EnumSet.of(AttributionForm.PROSE))
              .form(NlpProseForm.of(locale)).build()
          : fastAnalyzer;
      for (DevSetDocument d : l.documents()) {
        long t0 = System.nanoTime();
        List<ProseAdapter.Predicted> f = ProseAdapter.relations(fastAnalyzer.analyze(d.text()));
        long t1 = System.nanoTime();
        List<ProseAdapter.Predicted> n = ProseAdapter.relations(nlpAnalyzer.analyze(d.text()));
        long t2 = System.nanoTime();
        fastNanos += t1 - t0;
        nlpNanos += t2 - t1;
        n.forEach(p -> assertSpansInside(d, p));
        fast.score(l.language(), d, f);
        nlp.score(l.language(), d, n);
        details.append(DevSetReport.details(d, n));
      }
    }
    String table = "Prose development set, fast path vs NLP path (NLP for " + NlpProseForm.languages()
        + ", fast elsewhere); analysed in " + fastNanos / 1_000_000 + " ms (fast) and " + nlpNanos / 1_000_000
        + " ms (NLP, with the models' first use)\n" + table(fast, nlp);
    System.out.println(table);
    Files.createDirectories(REPORT.getParent());
    Files.writeString(REPORT, table + details, StandardCharsets.UTF_8);
    assertThat(nlp.count("en", Role.CUE, true).gold).isEqualTo(fast.count("en", Role.CUE, true).gold)
        .isGreaterThan(100);
    assertThat(nlp.count("en", Role.CUE, true).predicted).isPositive();
  }

  /** Per language, then per construction for English and for all languages, both paths on one row. */
  static String table(DevSetScorer fast, DevSetScorer nlp) {
    List<String> scopes = new ArrayList<>(DevSetFiles.LANGUAGES);
    scopes.add("all");
    for (String lang : List.of("en", "de", "fr", "all")) {
      for (String c : DevSetRelation.CONSTRUCTIONS) {
        scopes.add(lang + "/" + c);
      }
      scopes.add(lang + "/" + DevSetScorer.NONE);
    }
    StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-24s %-8s | %-27s | %-27s | %5s%n", "", "",
        "fast: P/R exact, P/R overlap", "nlp: P/R exact, P/R overlap", "gold"));
    for (String scope : scopes) {
      if (!fast.scopes().contains(scope) && !nlp.scopes().contains(scope)) {
        continue;
      }
      for (Role role : Role.values()) {
        sb.append(String.format(Locale.ROOT, "%-24s %-8s | %s | %s | %5d%n", scope, role.name().toLowerCase(Locale.ROOT),
            cells(fast, scope, role), cells(nlp, scope, role), fast.count(scope, role, true).gold));
      }
    }
    return sb.toString();
  }

  private static String cells(DevSetScorer s, String scope, Role role) {
    Count e = s.count(scope, role, true);
    Count o = s.count(scope, role, false);
    return String.format(Locale.ROOT, "%4s %4s  %4s %4s  (%3d)", DevSetReport.f(e.precision()), DevSetReport.f(e.recall()),
        DevSetReport.f(o.precision()), DevSetReport.f(o.recall()), e.predicted);
  }

  private static void assertSpansInside(DevSetDocument d, ProseAdapter.Predicted p) {
    Span all = Span.of(0, d.text().length());
    for (Optional<Span> s : List.of(p.source(), p.cue(), p.content())) {
      s.ifPresent(x -> assertThat(all.contains(x)).as(d.name() + " " + p).isTrue());
    }
  }
}
