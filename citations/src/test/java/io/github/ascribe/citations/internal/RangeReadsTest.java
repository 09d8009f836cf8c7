package io.github.ascribe.citations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.core.registry.SourceRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The trailer search with the glued chips already read ({@link RangeReads}) finds the very trailer,
 * text and reading that it finds reading everything itself. Checked on generated sentences with
 * glued chips, damaged ones, and arbitrary strings, for every end, in lenient and strict mode.
 */
class RangeReadsTest {

  @Test
  void readingsKeptChangeNoTrailer() {
    qt().withExamples(600).forAll(GluedChipsTest.sentences()).checkAssert(RangeReadsTest::agree);
    qt().withExamples(600).forAll(GluedChipsTest.damaged()).checkAssert(RangeReadsTest::agree);
    qt().withExamples(600).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(RangeReadsTest::agree);
    for (String s : List.of("in May.Fortune+1Quartz +2 Gold fell.", "It fell.Reuters +2.", "It fell.Reuters +2 ",
        "It rose.apnews.com+3 Then it fell.bbc.co.uk+2", "It fell.Reuters +2!AP News +1")) {
      agree(s);
    }
  }

  @Test
  void theTrailerSearchUsesTheGluedChipsRead() {
    String s = "in May.Fortune+1Quartz +2 Gold fell.";
    SourceRegistry registry = SourceRegistry.bundled();
    NotationReader notation = new NotationReader(registry, false);
    NotationPrefilter prefilter = NotationPrefilter.of(registry, false);
    GluedChips.Run run = new GluedChips(notation, prefilter).longest(s, 7, s.length());
    assertThat(run.text()).isEqualTo("Fortune+1Quartz +2");
    RangeReads reads = new RangeReads(s);
    reads.put(7, run.end(), run.text(), run.read());
    Trailers.Trailer t = new Trailers(notation, registry, prefilter).last(s, 0, run.end(), reads);
    assertThat(t.parsed()).isSameAs(run.read());
  }

  @Test
  void anotherTextFindsNothing() {
    RangeReads reads = new RangeReads("It fell.Reuters +2");
    assertThat(reads.get(new String("It fell.Reuters +2"), 8, 18)).isNull();
  }

  private static void agree(String s) {
    for (boolean strict : new boolean[] {false, true}) {
      SourceRegistry registry = SourceRegistry.bundled();
      NotationReader notation = new NotationReader(registry, strict);
      NotationPrefilter prefilter = NotationPrefilter.of(registry, strict);
      Trailers trailers = new Trailers(notation, registry, prefilter);
      GluedChips glued = new GluedChips(notation, prefilter);
      RangeReads reads = new RangeReads(s);
      for (int i = 1; i < s.length(); i++) {
        if (".!?".indexOf(s.charAt(i - 1)) >= 0) {
          GluedChips.Run run = glued.longest(s, i, s.length());
          if (run != null) {
            reads.put(i, run.end(), run.text(), run.read());
          }
        }
      }
      for (int from = 0; from < Math.min(s.length(), 8); from += 7) {
        for (int e = from + 1; e <= s.length(); e++) {
          if (e < s.length() && !Character.isWhitespace(s.charAt(e)) && ".!?".indexOf(s.charAt(e)) < 0 && e % 5 != 0) {
            continue; // where glued runs and sentences end, and some other places
          }
          assertThat(trailers.last(s, from, e, reads)).as("'%s' [%d, %d)", s, from, e)
              .isEqualTo(trailers.last(s, from, e, null));
        }
      }
    }
  }
}
