package io.github.ascribe.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pipeline report's ratios, from scores whose ratios are known; the benchmark's input. */
class PipelineReportTest {

  @Test
  void ratiosComeFromTheScoresOfTheSameRun() {
    String report = PipelineReport.report(Map.of(
        "analyze|400000", 30.0, "icuSentences|400000", 6.0,
        "analyze|4000000", 330.0, "icuSentences|4000000", 60.0));
    assertThat(report).contains("| 5.00 |").contains("| 5.50 |").contains("Linearity");
  }

  @Test
  void theInputIsTheReferenceArticleRepeatedWithinTheSize() {
    String article = "Talks resumed. Reuters\n";
    String text = PipelineBenchmark.repeated(article, 100);
    assertThat(text.length()).isLessThanOrEqualTo(100).isGreaterThan(100 - article.length() - 2);
    assertThat(text).startsWith("Talks resumed. Reuters\n\nTalks resumed.");
  }
}
