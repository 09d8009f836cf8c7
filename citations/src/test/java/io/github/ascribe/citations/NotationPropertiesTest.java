package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Severity;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;

/**
 * Properties of the notation parser over any string, over damaged grammar samples, and over
 * well-formed grammar samples whose meaning is known. QuickTheories prints the failing seed; rerun
 * with {@code -DQT_SEED=<seed>} to replay a failure.
 *
 * <p>The round trip of damaged notation runs on a fixed seed in the build, so that a build is
 * reproducible: on random seeds it used to find rare addresses with hidden characters whose written
 * form read back as another link (the case below, now fixed; {@code HiddenCharacterAddressTest}
 * covers the family). Run it on random seeds with {@code -Dnotation.random=true} (docs/fuzzing.md).
 */
class NotationPropertiesTest {

  /** The seed of the damaged round trip in the build. */
  private static final long ROUND_TRIP_SEED = 20261207L;

  private static final Gen<String> ANY = strings().allPossible().ofLengthBetween(0, 60);
  private static final Gen<String> GRAMMAR = NotationGen.wellFormed().map(NotationGen.Sample::text);
  private static final Gen<String> DAMAGED = NotationGen.damaged().map(NotationGen.Sample::text);

  @Test
  void tokensTileTheInputForAnyString() {
    qt().withExamples(2000).forAll(ANY).checkAssert(NotationPropertiesTest::checkInvariants);
  }

  @Test
  void tokensTileTheInputForDamagedNotation() {
    qt().withExamples(2000).forAll(DAMAGED).checkAssert(NotationPropertiesTest::checkInvariants);
  }

  @Test
  void tokensTileTheInputForWellFormedNotation() {
    qt().withExamples(1000).forAll(GRAMMAR).checkAssert(NotationPropertiesTest::checkInvariants);
  }

  @Test
  void parsingIsDeterministic() {
    qt().withExamples(500).forAll(DAMAGED).check(s -> Notation.parse(s).equals(Notation.parse(s)));
  }

  @Test
  void canonicalFormRoundTrips() {
    qt().withExamples(1000).forAll(GRAMMAR).checkAssert(s -> {
      NotationModel m = Notation.parse(s).model();
      String canonical = Notation.format(m);
      assertThat(Notation.parse(canonical).model()).as(canonical).isEqualTo(m);
      assertThat(Notation.format(Notation.parse(canonical).model())).as("format is idempotent").isEqualTo(canonical);
    });
  }

  @Test
  void canonicalFormRoundTripsForDamagedNotation() {
    QuickTheory theory = Boolean.getBoolean("notation.random") ? qt() : qt().withFixedSeed(ROUND_TRIP_SEED);
    theory.withExamples(1000).forAll(DAMAGED).checkAssert(s -> {
      NotationModel m = Notation.parse(s).model();
      String canonical = Notation.format(m);
      assertThat(Notation.parse(canonical).model()).as(SpecExample.escape(s) + " -> " + canonical).isEqualTo(m);
    });
  }

  @Test
  void anAddressWithAHiddenCharacterInItsPathRoundTrips() {
    // found on a random seed: the unknown site's name kept the hidden character visible
    // ("https://·reuters.com/{U200B}story/1"), and that name written back read as the link's host
    String in = "++([Reuters+1](https://reuters.com/story/1), [Reuters+1]+(https://\u00B7reuters.com/\u200Bstory/1) "
        + "and 1 others) =1";
    NotationModel m = Notation.parse(in).model();
    assertThat(Notation.parse(Notation.format(m)).model()).isEqualTo(m);
  }

  @Test
  void wellFormedNotationMeansWhatItWasBuiltToMean() {
    qt().withExamples(1500).forAll(NotationGen.wellFormed()).checkAssert(sample -> {
      NotationResult r = Notation.parse(sample.text());
      assertThat(r.sources().stream().map(Source::id).toList()).as(sample.toString())
          .containsExactlyElementsOf(sample.sourceIds());
      assertThat(r.unnamedSources()).as(sample.toString()).isEqualTo(sample.unnamed());
      assertThat(r.diagnostics().stream().filter(d -> d.severity() != Severity.INFO).toList())
          .as(sample.toString()).isEmpty();
    });
  }

  @Test
  void generatorsCoverEveryForm() {
    Set<NotationGen.Form> seen = EnumSet.noneOf(NotationGen.Form.class);
    qt().withExamples(2000).forAll(NotationGen.wellFormed()).check(s -> seen.addAll(s.forms()) || true);
    qt().withExamples(50).forAll(NotationGen.damaged()).check(s -> seen.addAll(s.forms()) || true);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(EnumSet.allOf(NotationGen.Form.class));
  }

  @Test
  void nearlyEveryRegistrySourceIsNameableAlone() {
    assertThat(NotationGen.NAMEABLE.size()).isGreaterThan(NotationGen.REGISTRY.size() * 9 / 10);
  }

  static void checkInvariants(String s) {
    NotationResult r = Notation.parse(s);
    assertThat(r.render()).isEqualTo(s);
    int at = 0;
    for (Token t : r.tokens()) {
      assertThat(t.span().start()).as("tokens are contiguous: " + t).isEqualTo(at);
      assertThat(t.span().isEmpty()).as("no empty tokens").isFalse();
      assertThat(t.text()).isEqualTo(s.substring(t.span().start(), t.span().end()));
      at = t.span().end();
    }
    assertThat(at).isEqualTo(s.length());
    // mentions lie in NAME or RESTATEMENT tokens: both lists are sorted, so one linear merge
    List<Token> tokens = r.tokens();
    int t = 0;
    Span previous = null;
    for (SourceMention m : r.mentions()) {
      assertThat(m.span().end()).isLessThanOrEqualTo(s.length());
      assertThat(m.text()).isEqualTo(m.span().text(s));
      if (previous != null) {
        assertThat(m.span().start()).as("mentions ordered, disjoint").isGreaterThanOrEqualTo(previous.end());
      }
      previous = m.span();
      while (t < tokens.size() && tokens.get(t).span().end() <= m.span().start()) {
        t++;
      }
      assertThat(t < tokens.size() && tokens.get(t).span().contains(m.span())
          && (tokens.get(t).kind() == TokenKind.NAME || tokens.get(t).kind() == TokenKind.RESTATEMENT))
          .as("mention inside a token: " + m).isTrue();
    }
    for (Diagnostic d : r.diagnostics()) {
      assertThat(d.span().end()).isLessThanOrEqualTo(s.length());
    }
    for (int i = 1; i < r.diagnostics().size(); i++) {
      assertThat(r.diagnostics().get(i - 1).span().compareTo(r.diagnostics().get(i).span()))
          .as("diagnostics sorted").isLessThanOrEqualTo(0);
    }
    assertThat(r.unnamedSources()).isGreaterThanOrEqualTo(0);
    // every unrecognised token overlaps a diagnostic: merge the two sorted lists
    List<Diagnostic> ds = r.diagnostics();
    int d = 0;
    for (Token tok : tokens) {
      if (tok.kind() != TokenKind.UNRECOGNIZED) {
        continue;
      }
      while (d < ds.size() && ds.get(d).span().end() <= tok.span().start()
          && !(ds.get(d).span().isEmpty() && ds.get(d).span().start() == tok.span().start())) {
        d++;
      }
      boolean found = false;
      for (int k = d; k < ds.size() && ds.get(k).span().start() < tok.span().end() + 1; k++) {
        if (ds.get(k).span().overlaps(tok.span())) {
          found = true;
          break;
        }
      }
      assertThat(found).as("unrecognised " + tok + " has a diagnostic").isTrue();
    }
  }
}
