package io.github.ascribe.citations.internal.article;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.core.Claim;
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
