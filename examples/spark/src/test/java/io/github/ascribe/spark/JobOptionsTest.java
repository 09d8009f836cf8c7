package io.github.ascribe.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ascribe.citations.SourceLineScope;
import org.junit.jupiter.api.Test;

/** The job's command line, read with picocli. */
class JobOptionsTest {

  @Test
  void readsEveryOption() {
    JobOptions o = JobOptions.parse("--input", "in.jsonl", "--output", "out", "--format", "csv", "--partitions",
        "8", "--scope", "section", "--strict", "--top", "5", "--input-format", "text", "--master", "local[2]",
        "--registry", "extra.json", "--locale", "de");
    assertThat(o).isEqualTo(new JobOptions("in.jsonl", JobOptions.InputFormat.TEXT, "out", JobOptions.OutputFormat.CSV,
        8, "local[2]", "extra.json", SourceLineScope.SECTION_ABOVE, true, "de", 5));
  }

  @Test
  void defaults() {
    JobOptions d = JobOptions.parse("--input", "in", "--output", "out");
    assertThat(d).isEqualTo(new JobOptions("in", JobOptions.InputFormat.AUTO, "out", JobOptions.OutputFormat.PARQUET,
        0, null, null, SourceLineScope.PARAGRAPH_ABOVE, false, "en", 20));
    assertThat(JobOptions.parse("--input", "in", "--output", "out", "--format", "PARQUET", "--scope", "paragraph")
        .format()).isEqualTo(JobOptions.OutputFormat.PARQUET);
  }

  @Test
  void badArgumentsSayWhatIsWrongAndShowTheUsage() {
    assertThatThrownBy(() -> JobOptions.parse("--input", "in")).hasMessageContaining("required")
        .hasMessageContaining(JobOptions.USAGE);
    assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output", "o", "--format", "xml"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("unknown value xml");
    assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output", "o", "--scope", "page"))
        .hasMessageContaining("--scope must be paragraph or section: page");
    assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output", "o", "--partitions", "-1"))
        .hasMessageContaining(">= 0");
    assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output", "o", "--top", "many"))
        .hasMessageContaining("--top").hasMessageContaining("many");
    assertThatThrownBy(() -> JobOptions.parse("--bogus")).hasMessageContaining("unknown argument: --bogus");
    assertThatThrownBy(() -> JobOptions.parse("--input")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--input");
  }
}
