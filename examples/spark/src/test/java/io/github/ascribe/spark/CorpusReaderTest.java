package io.github.ascribe.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.corpus.DocumentReader;
import java.nio.charset.StandardCharsets;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;

/** A record's row, without Spark: the corpus module reads the record, the row carries its code. */
class CorpusReaderTest {

  private static Row line(String json) {
    return CorpusReader.document(DocumentReader.jsonLine(json.getBytes(StandardCharsets.UTF_8), 3), "f.jsonl", 3L);
  }

  @Test
  void aDocumentRowHasTheTextAndNoCode() {
    Row r = line("{\"id\": 42, \"text\": \"Prices rose, Reuters said.\"}");
    assertThat(r.getString(0)).isEqualTo("42");
    assertThat(r.getString(1)).isEqualTo("f.jsonl");
    assertThat(r.getLong(2)).isEqualTo(3L);
    assertThat(r.getString(3)).isEqualTo("Prices rose, Reuters said.");
    assertThat(r.isNullAt(4)).isTrue();
    assertThat(r.isNullAt(5)).isTrue();
  }

  @Test
  void aRejectRowHasTheCodeAndAReasonStartingWithIt() {
    Row r = line("{\"id\": \"a\", \"text\": \"x\",}");
    assertThat(r.getString(0)).isEqualTo("line 3");
    assertThat(r.isNullAt(3)).isTrue();
    assertThat(r.getString(4)).isEqualTo("not-json-object");
    assertThat(r.getString(5)).startsWith("not-json-object: not a JSON object (line 3, column 25)");
    assertThat(line("{\"id\": \"n\", \"text\": 5}").getString(4)).isEqualTo("no-text");
    assertThat(CorpusReader.document(DocumentReader.textFile("b.txt", new byte[] {'H', (byte) 0xFF}), "b.txt", null)
        .getString(5)).isEqualTo("not-utf-8: not UTF-8 at byte 1 (1 malformed byte)");
  }
}
