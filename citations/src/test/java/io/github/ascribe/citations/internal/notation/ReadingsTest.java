package io.github.ascribe.citations.internal.notation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.core.Severity;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * {@link Readings} answers what {@link NotationResult#mentions} and the streams the analyser used
 * over it answer, on notation made of the grammar's pieces: known and unknown names, domains,
 * counts, separators, lead-ins, restatements ({@code =AP}), totals ({@code =3}), brackets and stray
 * characters, each read strictly and leniently.
 */
class ReadingsTest {

  private static final SourceRegistry REGISTRY = SourceRegistry.bundled();
  private static final NotationReader LENIENT = new NotationReader(REGISTRY, false);
  private static final NotationReader STRICT = new NotationReader(REGISTRY, true);
  private static final List<String> PIECES = List.of("Reuters", "AP", "Associated Press", "BBC", "Le Monde",
      "The Daily Blah", "Kyiv Dispatch", "apnews.com", "x.com", "lapresse.ca", "+1", "+2", "+3", "+12", " ", ", ",
      "; ", " / ", "/", " | ", " & ", "Sources: ", "Via ", "=AP", "=Reuters", " =Kyiv Dispatch", "=2", " =3", "(", ")",
      "[", "]", ".", "said", "the", "\u200B", "－", "＋2", "Blооmberg");

  @Test
  void answersAsTheMentionList() {
    AtomicInteger restated = new AtomicInteger();
    AtomicInteger several = new AtomicInteger();
    qt().withExamples(4_000)
        .forAll(lists().of(integers().between(0, PIECES.size() - 1)).ofSizeBetween(0, 12), booleans().all())
        .checkAssert((pieces, strict) -> {
          StringBuilder sb = new StringBuilder();
          for (int p : pieces) {
            sb.append(PIECES.get(p));
          }
          NotationResult r = (strict ? STRICT : LENIENT).read(sb.toString());
          List<SourceMention> all = r.mentions();
          restated.addAndGet(r.restatements().isEmpty() ? 0 : 1);
          several.addAndGet(all.size() > 2 ? 1 : 0);
          assertThat(Readings.count(r)).isEqualTo(all.size());
          assertThat(Readings.any(r)).isEqualTo(!all.isEmpty());
          assertThat(Readings.first(r)).isSameAs(all.isEmpty() ? null : all.get(0));
          assertThat(List.of(Readings.sorted(r))).isEqualTo(all);
          for (int k = 0; k < all.size(); k++) {
            assertThat(Readings.sorted(r)[k]).isSameAs(all.get(k));
          }
          for (Predicate<SourceMention> test : List.<Predicate<SourceMention>>of(m -> m.match().isResolved(),
              m -> m.match().isResolved() && m.source().isMedia(), m -> m.span().start() > 0)) {
            assertThat(Readings.all(r, test)).isEqualTo(all.stream().allMatch(test));
          }
          assertThat(Readings.counted(r)).isEqualTo(r.entries().stream().anyMatch(e -> e.count() > 0));
          assertThat(Readings.onlyNotes(r)).isEqualTo(r.diagnostics().stream().allMatch(d -> d.severity() == Severity.INFO));
          for (io.github.ascribe.citations.TokenKind kind : io.github.ascribe.citations.TokenKind.values()) {
            assertThat(Readings.hasToken(r, kind)).isEqualTo(List.copyOf(r.tokens()).stream().anyMatch(t -> t.kind() == kind));
          }
        });
    assertThat(restated.get()).as("readings with restatements").isGreaterThan(50);
    assertThat(several.get()).as("readings with three mentions or more").isGreaterThan(200);
  }
}
