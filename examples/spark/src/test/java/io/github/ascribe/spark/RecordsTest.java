package io.github.ascribe.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ascribe.citations.Corpus;
import io.github.ascribe.citations.SourceLineScope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading one record without Spark: the same verdict and id as the library's JSON Lines reader. */
class RecordsTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"id\": \"a\", \"text\": \"Prices rose, Reuters said.\"}",
      "{\"text\": \"No id here.\"}",
      "{\"id\": 42, \"text\": \"A number id.\"}",
      "{\"id\": -1.5e+3, \"text\": \"A number id as written.\"}",
      "{\"id\": null, \"text\": \"A null id is ignored.\"}",
      "{\"id\": [\"x\"], \"text\": \"An array id is ignored.\"}",
      "{\"id\": \"a\", \"id\": \"b\", \"text\": \"x\"}",
      "{\"id\": \"a\", \"text\": \"x\", \"text\": \"y\"}",
      "{\"id\": \"a\", \"other\": 1, \"other\": 2, \"text\": \"other names may repeat\"}",
      "{\"id\": \"a\", \"text\": \"x\",}",
      "{\"id\": \"a\", \"text\": 'x'}",
      "{\"id\": \"a\", \"text\": \"x\"} {}",
      "{\"id\": \"a\", \"text\": \"tab\there\"}",
      "{\"id\": \"a\", \"text\": 01}",
      "{\"id\": \"a\", \"text\": NaN}",
      "{\"id\": \"a\", \"text\": true}",
      "{\"id\": \"a\", \"text\": {\"nested\": \"x\"}}",
      "{\"id\": \"a\", \"deep\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]], \"text\": \"ok\"}",
      "{\"id\": \"\\ud83d\\ude00\", \"text\": \"escaped \\u00e9 \\n \\\" \\\\ \\/\"}",
      "{}",
      "[]",
      "\"text\"",
      "{\"id\": \"a\"",
      "{\"id\": \"a\", \"text\": \"x\"}\r",
      "\u00a0{\"id\": \"a\", \"text\": \"x\"}"})
  void sameVerdictAndIdAsTheLibrary(String line) throws IOException {
    Path file = dir.resolve("one.jsonl");
    Files.writeString(file, line + "\n", StandardCharsets.UTF_8);
    List<Corpus.Result> library = Corpus.ofJsonLines(file).stream().toList();
    Records.Outcome ours = Records.jsonLine(line.getBytes(StandardCharsets.UTF_8), "line 1");
    assertThat(library).hasSize(1);
    Corpus.Result expected = library.get(0);
    assertThat(ours.id()).isEqualTo(expected.id());
    if (expected instanceof Corpus.Analysed a) {
      assertThat(ours.code()).as(ours.reason()).isNull();
      assertThat(ours.text()).isEqualTo(a.article().text());
    } else {
      assertThat(ours.code()).as("the library rejects it: " + ((Corpus.Failed) expected).error()).isNotNull();
      assertThat(ours.reason()).startsWith(ours.code() + ": ");
    }
  }

  @Test
  void blankLinesAreSpacesTabsAndCarriageReturns() {
    assertThat(Records.isBlank(new byte[0])).isTrue();
    assertThat(Records.isBlank(" \t\r".getBytes(StandardCharsets.US_ASCII))).isTrue();
    assertThat(Records.isBlank(" x".getBytes(StandardCharsets.US_ASCII))).isFalse();
  }

  @Test
  void textFilesAreStrictUtf8WithoutByteOrderMark() {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'H', 'i'};
    assertThat(Records.textFile("a.txt", bom).text()).isEqualTo("Hi");
    assertThat(Records.textFile("b.txt", new byte[] {'H', (byte) 0xFF}).code()).isEqualTo(Records.NOT_UTF8);
    assertThat(Records.tooLarge("c.txt", 1L << 30).reason()).startsWith("too-large: too large (1073741824 bytes");
  }

  @Test
  void commandLine() {
    JobOptions o = JobOptions.parse("--input", "in.jsonl", "--output", "out", "--format", "csv", "--partitions",
        "8", "--scope", "section", "--strict", "--top", "5", "--input-format", "text");
    assertThat(o.format()).isEqualTo(JobOptions.OutputFormat.CSV);
    assertThat(o.inputFormat()).isEqualTo(JobOptions.InputFormat.TEXT);
    assertThat(o.partitions()).isEqualTo(8);
    assertThat(o.scope()).isEqualTo(SourceLineScope.SECTION_ABOVE);
    assertThat(o.strict()).isTrue();
    assertThat(o.top()).isEqualTo(5);
    JobOptions d = JobOptions.parse("--input", "in", "--output", "out");
    assertThat(d.format()).isEqualTo(JobOptions.OutputFormat.PARQUET);
    assertThat(d.partitions()).isZero();
    assertThatThrownBy(() -> JobOptions.parse("--input", "in")).hasMessageContaining("required");
    assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output", "o", "--format", "xml"))
        .hasMessageContaining("unknown value xml");
    assertThatThrownBy(() -> JobOptions.parse("--input", "in", "--output", "o", "--partitions", "-1"))
        .hasMessageContaining(">= 0");
    assertThatThrownBy(() -> JobOptions.parse("--bogus")).hasMessageContaining("unknown argument");
  }

  @Test
  void auditBuckets() {
    assertThat(CorpusAudit.bucket(0, 1.0)).isEqualTo("no claims");
    assertThat(CorpusAudit.bucket(3, 0.0)).isEqualTo("[0.0, 0.1)");
    assertThat(CorpusAudit.bucket(3, 0.1)).isEqualTo("[0.1, 0.2)");
    assertThat(CorpusAudit.bucket(10, 0.99)).isEqualTo("[0.9, 1.0)");
    assertThat(CorpusAudit.bucket(3, 1.0)).isEqualTo("1.0");
  }
}
