package io.github.ascribe.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextBenchmarkTest {

  @Test
  void theClaimParagraphsLeaveOutHeadingsAndSourceLines() {
    String text = """
        # Talks in Istanbul

        Delegations met on Friday. They agreed to meet again.

        Reuters, AP News

        Prices rose in May.
        """;
    assertThat(TextBenchmark.claimParagraphs(text))
        .containsExactly("Delegations met on Friday. They agreed to meet again.", "Prices rose in May.");
  }
}
