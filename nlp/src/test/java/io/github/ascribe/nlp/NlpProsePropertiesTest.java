package io.github.ascribe.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.citations.ProseProperties;
import io.github.ascribe.nlp.internal.Tokens;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the NLP recogniser on generated news prose (names, cues of its three languages,
 * quotes, commas, appositions, negations, passives, paragraph breaks, odd characters) and on arbitrary
 * strings: the span properties every prose recogniser keeps ({@link ProseProperties}, shared with
 * the citations module's tests); tokens are in order, not empty, inside their range. The generator
 * is checked to make relations of every rule.
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
    return ProseProperties.sentencesOf(PIECES);
  }

  private static void check(Analyzer analyzer, String text) {
    ProseProperties.check(analyzer::analyze, text);
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
