package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.ProseRelation;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of the prose relation on generated news prose (names, cues in six languages, quotes
 * of every style, commas, appositions, paragraph breaks) and on arbitrary strings: analysis never
 * throws; every relation's spans lie inside the text, the source and cue are not empty, the content
 * spans are ordered, disjoint, not empty and clear of the cue and source, an antecedent comes
 * before its pronoun; analysing the same text twice gives the same relations. The generator is
 * checked to produce every kind of relation.
 */
class ProseRelationPropertiesTest {

  private static final List<String> PIECES = List.of("Maria Lopez", "Reuters", "the ministry", "the minister",
      "two senior officials", "the report", "she", "he", "Dr. Amara Okafor", "AP", "said", "says", "told",
      "argued", "warned", "believes", "added", "according to", "per", "citing", "sagte", "laut", "según", "dijo",
      "selon", "a déclaré", "secondo", "ha detto", "segundo", "disse", "that", "on Tuesday", "in a statement",
      "who has denied wrongdoing", "the talks failed", "prices will rise", "we are ready", ",", ", ", ".", ". ",
      ":", "\"", "“", "”", "«", "»", "„", "\n", "\n\n", "—", "(", ")", "the", "x", "\u00A0", "\uD83D\uDE00",
      "\uD800");

  /** Sentences of pieces, most joined by a space. */
  static Gen<String> prose() {
    return ProseProperties.sentencesOf(PIECES);
  }

  private static void check(String text) {
    Article a = ProseProperties.check(Ascribe::analyze, text);
    for (Attribution at : a.attributions()) {
      at.prose().ifPresent(p -> assertThat(at.form()).isEqualTo(AttributionForm.PROSE));
    }
  }

  @Test
  void onGeneratedProse() {
    qt().withExamples(1_500).forAll(prose()).checkAssert(ProseRelationPropertiesTest::check);
  }

  @Test
  void onArbitraryStrings() {
    qt().withExamples(1_000).forAll(strings().allPossible().ofLengthBetween(0, 120))
        .checkAssert(ProseRelationPropertiesTest::check);
  }

  @Test
  void theGeneratorMakesEveryKindOfRelation() {
    java.util.Set<ProseRelation.Kind> kinds = java.util.EnumSet.noneOf(ProseRelation.Kind.class);
    qt().withFixedSeed(7).withExamples(3_000).forAll(prose()).checkAssert(text -> {
      for (Attribution at : Ascribe.analyze(text).attributions()) {
        at.prose().ifPresent(p -> kinds.add(p.kind()));
      }
    });
    assertThat(kinds).containsExactlyInAnyOrder(ProseRelation.Kind.values());
  }
}
