package io.github.ascribe.citations.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.citations.ProseProperties;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link ProseFinder#find}: on any string and any range it never throws; every hit
 * spans text inside the range, around its source's phrase, cue hits before verb hits; the same
 * input in a new context gives the same hits. Checked on arbitrary strings and on text made of cue
 * and verb words, names, pronouns, stop words and punctuation.
 */
class ProseFinderPropertiesTest {

  private static final Lexicon LEXICON = Lexicon.get();
  private static final SourcePhrases PHRASES = new SourcePhrases(SourceRegistry.bundled(), LEXICON);
  private static final ProseFinder PROSE = new ProseFinder(PHRASES, LEXICON);
  private static final List<String> PIECES = pieces();

  private static List<String> pieces() {
    List<String> out = new ArrayList<>(List.of("Reuters", "the BBC", "The New York Times", "AP", "the newspaper",
        "the agency", "Dr.", "Amara", "Okafor", "Maria Lopez", "he", "she", "senior officials", "the ministry",
        "Russia", "said", "told", "has", "warned", "per", "cent", "zufolge", "the", "of", "that", "and", ",", ".",
        "’", "'", "\"", "“", "”", "—", "(", ")", "U.S.", "l’AFP", "İstanbul", "\u200B", "\u00A0", "\uD83D\uDE00",
        "\uD800", "\n", "x"));
    LEXICON.cues().stream().limit(40).forEach(c -> out.add(c.phrase()));
    return out;
  }

  /** Sentences of pieces, most joined by a space. */
  static Gen<String> sentences() {
    return ProseProperties.sentencesOf(PIECES, 30);
  }

  @Test
  void onGeneratedSentences() {
    qt().withExamples(2_000).forAll(sentences(), sentences()).checkAssert((before, sentence) -> {
      String s = before + " " + sentence;
      check(s, 0, before.length() + 1, s.length());
    });
  }

  @Test
  void onArbitraryStrings() {
    qt().withExamples(2_000).forAll(strings().allPossible().ofLengthBetween(0, 60)).checkAssert(s -> {
      check(s, 0, 0, s.length());
      check(s, 0, s.length() / 3, s.length() - s.length() / 4);
    });
  }

  private static void check(String s, int paragraphStart, int from, int to) {
    SourcePhrases.Found lastMedia = PHRASES.classify(WordTokens.of("Reuters", 0, 7), 0, 1, true,
        new SourcePhrases.Context());
    List<ProseFinder.Hit> hits = PROSE.find(s, paragraphStart, from, to, new SourcePhrases.Context(), lastMedia);
    boolean verbs = false;
    for (ProseFinder.Hit h : hits) {
      Span span = h.span();
      assertThat(span.start()).as("'%s' %s", s, h).isGreaterThanOrEqualTo(from);
      assertThat(span.end()).as("'%s' %s", s, h).isLessThanOrEqualTo(to);
      Span found = h.found().span();
      assertThat(found.start()).as("'%s' %s", s, h).isGreaterThanOrEqualTo(span.start());
      assertThat(found.end()).as("'%s' %s", s, h).isLessThanOrEqualTo(span.end());
      assertThat(h.attributionRule()).isEqualTo("prose-" + h.rule());
      boolean verb = h.rule().startsWith("verb-");
      assertThat(verbs && !verb).as("'%s': a cue hit after a verb hit in %s", s, hits).isFalse();
      verbs |= verb;
    }
    // deterministic: a new context gives the same hits
    assertThat(PROSE.find(s, paragraphStart, from, to, new SourcePhrases.Context(), lastMedia)).isEqualTo(hits);
  }
}
