package io.github.ascribe.citations.internal.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Sentences}: the splits answer-engine text needs beyond the segmenter's. */
class SentencesTest {

  private static final Analyzer ANALYZER = Analyzer.builder().build();

  private static List<String> claims(String text) {
    return ANALYZER.analyze(text).claims().stream().map(Claim::text).toList();
  }

  @Test
  void aQuestionMarkInsideAUrlEndsNoSentence() {
    assertThat(claims("Fares rise in May ([Reuters](https://www.reuters.com/x/?utm_source=chatgpt.com)). Buses are free."))
        .containsExactly("Fares rise in May", "Buses are free.");
  }

  @Test
  void aLinkInParenthesesAfterTheStopEndsTheSentenceBeforeIt() {
    String text = "Ships are banned. ([Reuters](https://www.reuters.com/x)) ([AP](https://apnews.com/y)) Traders fear a drop.";
    assertThat(claims(text)).containsExactly("Ships are banned.", "Traders fear a drop.");
    assertThat(ANALYZER.analyze(text).claims().get(0).mediaSources()).extracting(x -> x.id())
        .containsExactly("reuters", "associated-press");
    assertThat(ANALYZER.analyze(text).claims().get(1).mediaSources()).isEmpty();
    // a known outlet alone in parentheses is read as such a link; before a dash it opens a dateline's story
    assertThat(claims("Ships are banned. (Reuters) Traders fear a drop. (The Guardian)"))
        .containsExactly("Ships are banned.", "Traders fear a drop.");
    String dateline = "Ships are banned. (Reuters) - The vote was close.";
    assertThat(Sentences.afterParenLinks(dateline, 18, dateline.length(), true, SourceRegistry.bundled())).isEqualTo(18);
    assertThat(Sentences.afterParenLinks("Done. (Valdera Weekly) Then.", 6, 28, true, SourceRegistry.bundled())).isEqualTo(6);
    // a paragraph's one closing link is left to the tail reading; after a moved link, it joins its sentence
    assertThat(Sentences.afterParenLinks("Done. ([a](b))", 6, 14, false, null)).isEqualTo(6);
    assertThat(Sentences.afterParenLinks("Done. ([a](b))", 6, 14, true, null)).isEqualTo(14);
    // a parenthesis that is no link stays with the next sentence; a link glued to a word is no tail
    assertThat(Sentences.afterParenLinks("Done. (The count took hours.) Then.", 6, 35, true, null)).isEqualTo(6);
    assertThat(Sentences.afterParenLinks("Done. ([a](b))x Then.", 6, 21, true, null)).isEqualTo(6);
    assertThat(Sentences.afterParenLinks("Done ([a](b)) Then.", 5, 19, true, null)).isEqualTo(5);
  }

  @Test
  void anInitialismBeforeACapitalisedNounEndsNoSentence() {
    assertThat(claims("The U.S. Senate passed the bill. The U.K. Treasury agreed."))
        .containsExactly("The U.S. Senate passed the bill.", "The U.K. Treasury agreed.");
    assertThat(claims("Prices fell in the U.S. The Senate passed the bill."))
        .containsExactly("Prices fell in the U.S.", "The Senate passed the bill.");
    assertThat(claims("Talks moved to the E.U. But nothing changed.")).hasSize(2);
  }

  @Test
  void aQuestionWithALinkAfterItStillEnds() {
    assertThat(claims("Will fares rise? See https://www.reuters.com/x for more.")).hasSize(2);
  }

  @Test
  void markersAndCodesAfterTheStopEndTheSentence() {
    assertThat(claims("Births fell.[web:2] Deaths rose.")).containsExactly("Births fell.", "Deaths rose.");
    assertThat(claims("Births fell. :contentReference[oaicite:0]{index=0} Deaths rose."))
        .containsExactly("Births fell.", "Deaths rose.");
    assertThat(claims("Births fell[cite: 1]. [cite_start]Deaths rose[cite: 2].")).containsExactly("Births fell",
        "Deaths rose");
  }

  @Test
  void gluedDigitsSplitOnlyInAnAnswerWithAList() {
    assertThat(claims("Births fell.1 Deaths rose.")).containsExactly("Births fell.1 Deaths rose.");
    assertThat(claims("Births fell.1 Deaths rose.\nLearn more: 1. bbc.com")).containsExactly("Births fell.",
        "Deaths rose.");
  }
}
