package io.github.ascribe.examples.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SourcingCheckTest {

  @Test
  void referenceArticleFallsShortOfEightyPercent() throws Exception {
    String text = Files.readString(Path.of("../samples/istanbul-talks.txt"));
    SourcingCheck.Result r = new SourcingCheck(0.8).check(text);
    assertThat(r.summary().claims()).isEqualTo(9);
    assertThat(r.summary().attributedClaims()).isEqualTo(7);
    assertThat(r.passed()).isFalse();
    assertThat(r.line()).isEqualTo("FAIL coverage 77.8% (7/9), 2 claims need a source");
    assertThat(r.needsSource()).hasSize(2).allMatch(s -> s.startsWith("While the meeting") || s.startsWith("As the conflict"));
    assertThat(r.sources()).contains("The Guardian", "Associated Press", "Reuters", "The Times of India");
    assertThat(new SourcingCheck(0.7).check(text).passed()).isTrue();
  }

  @Test
  void smallArticle() {
    SourcingCheck.Result r = new SourcingCheck(1).check("Grain exports resumed on Tuesday.\nReuters, AP News +2\n");
    assertThat(r.passed()).isTrue();
    assertThat(r.sources()).containsExactly("Reuters", "Associated Press");
  }

  @Test
  void thresholdIsAFraction() {
    assertThatThrownBy(() -> new SourcingCheck(80)).isInstanceOf(IllegalArgumentException.class);
  }
}
