package io.github.ascribe.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CorpusRunTest {

  @Test
  void aMultiThreadRunIsComparedWithTheOneThreadRunsOnBothSides() {
    double[] s = CorpusRun.neighbourSpeedUps(new int[] {1, 2, 1, 2, 1}, new double[] {2.0, 1.0, 2.0, 1.2, 2.4});
    assertThat(s).hasSize(2);
    assertThat(s[0]).isCloseTo(2.0, within(1e-9));
    assertThat(s[1]).isCloseTo((2.0 + 2.4) / 2 / 1.2, within(1e-9));
  }

  @Test
  void aRunWithoutAOneThreadRunOnEachSideIsNotCompared() {
    assertThat(CorpusRun.neighbourSpeedUps(new int[] {1, 1, 2}, new double[] {2, 2, 1})).isEmpty();
    assertThat(CorpusRun.neighbourSpeedUps(new int[] {2, 1, 2}, new double[] {1, 2, 1})).isEmpty();
    assertThat(CorpusRun.neighbourSpeedUps(new int[] {1, 2, 2, 1}, new double[] {2, 1, 1, 2})).isEmpty();
    assertThat(CorpusRun.neighbourSpeedUps(new int[] {}, new double[] {})).isEmpty();
  }

  @Test
  void theMedianIsTheMiddleValueOrTheMeanOfTheTwoMiddleOnes() {
    assertThat(CorpusRun.median(new double[] {2.0, 1.8, 1.9})).isCloseTo(1.9, within(1e-9));
    assertThat(CorpusRun.median(new double[] {2.0, 1.0, 4.0, 3.0})).isCloseTo(2.5, within(1e-9));
    assertThat(CorpusRun.median(new double[] {1.7})).isCloseTo(1.7, within(1e-9));
  }
}
