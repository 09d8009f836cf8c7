package io.github.ascribe.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The audit's coverage buckets. */
class CorpusAuditTest {

  @Test
  void auditBuckets() {
    assertThat(CorpusAudit.bucket(0, 1.0)).isEqualTo("no claims");
    assertThat(CorpusAudit.bucket(3, 0.0)).isEqualTo("[0.0, 0.1)");
    assertThat(CorpusAudit.bucket(3, 0.1)).isEqualTo("[0.1, 0.2)");
    assertThat(CorpusAudit.bucket(10, 0.99)).isEqualTo("[0.9, 1.0)");
    assertThat(CorpusAudit.bucket(3, 1.0)).isEqualTo("1.0");
  }
}
