package io.github.ascribe.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.ProseRelation;
import io.github.ascribe.core.Span;
import io.github.ascribe.nlp.internal.Tokens;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Properties of the NLP recogniser on generated news prose (names, cues of its three languages,
 * quotes, commas, appositions, negations, passives, paragraph breaks, odd characters) and on arbitrary
 * strings: analysis never throws; every relation's spans lie inside the text, source and cue are not
 * empty and do not overlap, content spans are ordered and clear of both; the same text gives the same
 * attributions twice; tokens are in order, not empty, inside their range. The generator is checked
 * to make relations of every rule.
 */
class NlpProsePropertiesTest {

  private static final Analyzer EN = NlpProseFormTest.EN;
  private static final Analyzer DE = NlpProseFormTest.analyzer(NlpProseForm.of(Locale.GERMAN), Locale.GERMAN);

  private static final List<String> PIECES = List.of("Maria Lopez", "Reuters", "the ministry", "the minister",
      "two senior officials", "a spokesman for", "the report", "she", "he", "Some", "One of them", "Dr. Amara Okafor",
      "said", "says", "told", "reporters", "argued", "warned", "believes", "did not say", "were told", "according to",
      "per", "citing", "sagte", "laut", "zufolge", "der Sprecher der Regierung", "selon", "a déclaré", "that", "dass",
      "on Tuesday", "in a statement", ", who has denied wrongdoing,", "the talks failed", "prices will rise",
      "we are ready", ",", ", ", ".", ". ", ":", "\"", "“", "”", "«", "»", "„", "'s", "n't", "l'", "\n", "\n\n",
      "—", "(", ")", "the", "of", "x", "\u00A0", "\uD83D\uDE00", "\uD800", "\u200B", "2,000");

  /** Sentences of pieces, most joined by a space. */
  static Gen<String> prose() {
    return in -> {
      StringBuilder sb = new StringBuilder();
      int n = (int) in.next(Constraint.between(0, 40));
      for (int i = 0; i < n; i++) {
        sb.append(PIECES.get((int) in.next(Constraint.between(0, PIECES.size() - 1))));
        if (in.next(Constraint.between(0, 4)) > 0) {
          sb.append(' ');
        }
      }
      return sb.toString();
    };
  }

  private static void check(Analyzer analyzer, String text) {
    Article a = analyzer.analyze(text);
    for (Attribution at : a.attributions()) {
      assertThat(at.span().end()).as("span inside %s", text).isLessThanOrEqualTo(text.length());
      at.prose().ifPresent(p -> checkRelation(text, p));
    }
    assertThat(analyzer.analyze(text).attributions()).as("deterministic on %s", text).isEqualTo(a.attributions());
  }

  static void checkRelation(String text, ProseRelation p) {
    assertThat(p.source().isEmpty()).as("empty source in %s", text).isFalse();
    assertThat(p.cue().isEmpty()).as("empty cue in %s", text).isFalse();
    assertThat(p.source().end()).isLessThanOrEqualTo(text.length());
    assertThat(p.cue().end()).isLessThanOrEqualTo(text.length());
    assertThat(p.source().overlaps(p.cue())).as("source and cue overlap in %s", text).isFalse();
    int previous = 0;
    for (Span c : p.content()) {
      assertThat(c.isEmpty()).as("empty content in %s", text).isFalse();
      assertThat(c.start()).as("content ordered in %s", text).isGreaterThanOrEqualTo(previous);
      assertThat(c.end()).isLessThanOrEqualTo(text.length());
      assertThat(c.overlaps(p.cue()) || c.overlaps(p.source())).as("content over cue or source in %s", text)
          .isFalse();
      previous = c.end();
    }
  }

  @Test
  void generatedProseKeepsTheInvariants() {
    qt().withExamples(200).forAll(prose()).checkAssert(t -> check(EN, t));
    qt().withExamples(100).forAll(prose()).checkAssert(t -> check(DE, t));
  }

  @Test
  void arbitraryStringsNeverThrow() {
    qt().withExamples(200).forAll(strings().allPossible().ofLengthBetween(0, 200)).checkAssert(t -> check(EN, t));
  }

  @Test
  void tokensAreOrderedNonEmptyAndInsideTheirRange() {
    qt().withExamples(500).forAll(prose(), strings().allPossible().ofLengthBetween(0, 40)).checkAssert((p, s) -> {
      String text = s + p + s;
      int from = s.length();
      int to = from + p.length();
      Tokens t = Tokens.of(text, from, to);
      int previous = from;
      for (int i = 0; i < t.size(); i++) {
        assertThat(t.start(i)).isGreaterThanOrEqualTo(previous);
        assertThat(t.end(i)).isGreaterThan(t.start(i)).isLessThanOrEqualTo(to);
        previous = t.end(i);
      }
    });
  }

  @Test
  void theGeneratorMakesEveryRule() {
    java.util.Set<String> rules = new java.util.TreeSet<>();
    qt().withExamples(300).forAll(prose()).checkAssert(t -> EN.analyze(t).attributions().forEach(a -> rules.add(a.rule())));
    assertThat(rules).contains("nlp-verb", "nlp-verb-inverted", "nlp-according-to");
  }
}
