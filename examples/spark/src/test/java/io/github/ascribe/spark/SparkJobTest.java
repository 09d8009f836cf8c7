package io.github.ascribe.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.corpus.Corpus;
import io.github.ascribe.corpus.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local mode against the library run directly on the same input: every table holds
 * exactly what the library's own {@link Corpus} reader and {@link io.github.ascribe.citations.Analyzer}
 * give, no article lost and none duplicated (compared as multisets, so order does not matter), and
 * every record the library cannot read is a reject with a reason.
 */
class SparkJobTest {

  private static SparkSession spark;

  @TempDir static Path dir;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder()
        .appName("ascribe-test")
        .master("local[2]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        // small file splits, so that a JSON Lines file is read in many blocks and line numbers must
        // carry over block boundaries
        .config("spark.sql.files.maxPartitionBytes", "16k")
        .config("spark.sql.files.openCostInBytes", "0")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  /** Lines that the library's reader rejects or treats specially, placed among generated articles. */
  private static final List<byte[]> ODD_LINES = List.of(
      bytes(""),
      bytes("  \t\r"),
      bytes("{\"id\": \"cut\", \"text\": \"a line cut in the mid"),
      bytes("[1, 2, 3]"),
      bytes("{\"id\": \"tail\", \"text\": \"Officials said so.\"} x"),
      bytes("{\"id\": \"twice\", \"text\": \"one\", \"text\": \"two\"}"),
      bytes("{\"id\": \"missing\", \"body\": \"no text field\"}"),
      bytes("{\"id\": \"number\", \"text\": 5}"),
      bytes("{\"id\": \"null\", \"text\": null}"),
      bytes("// a comment"),
      bytes("{'id': 'single', 'text': 'quotes'}"),
      bytes("{\"text\": \"Markets fell sharply.\\n\\nReuters, Harbour Ledger\"}"),
      bytes("{\"id\": 1e3, \"text\": \"Grain exports resumed on Friday, according to Reuters.\"}"),
      bytes("{\"id\": true, \"text\": \"An id of another type is ignored, the analysts said.\"}"),
      bytes("{\"id\": \"crlf\", \"text\": \"Talks ended, the ministry said. (dpa)\"}\r"),
      bytes("{\"id\": \"nested\", \"meta\": {\"text\": 1, \"a\": [[{}]]}, \"text\": \"Prices rose. Sahel Wire +2\"}"),
      concat(bytes("{\"id\": \"latin1\", \"text\": \"caf"), new byte[] {(byte) 0xE9}, bytes(" au lait\"}")),
      concat(bytes("{\"id\": \"cut-utf8\", \"text\": \"\u20ac"), new byte[] {(byte) 0xE2, (byte) 0x82}, bytes("\"}")),
      bytes("{\"id\": \"empty\", \"text\": \"\"}"));

  /** The line number of each generated article and odd line of the JSON Lines corpus, by id or text. */
  private static final Map<String, Long> LINES = new HashMap<>();

  private static Path jsonLines() throws IOException {
    Path file = dir.resolve("corpus.jsonl");
    if (Files.exists(file)) {
      return file;
    }
    List<String> texts = SampleCorpus.texts(40, 7L);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // a byte order mark
    long line = 0;
    int odd = 0;
    for (int i = 0; i < texts.size() || odd < ODD_LINES.size(); i++) {
      if (i < texts.size()) {
        String id = String.format(Locale.ROOT, "a-%02d", i);
        out.writeBytes(bytes(SampleCorpus.line(id, texts.get(i))));
        LINES.put(id, ++line);
      }
      if ((i % 2 == 1 || i >= texts.size()) && odd < ODD_LINES.size()) {
        out.writeBytes(ODD_LINES.get(odd++));
        out.write('\n');
        LINES.put("odd " + odd, ++line);
      }
    }
    out.writeBytes(bytes(SampleCorpus.line("last-without-newline", "The last line has no line feed, AP said.")
        .stripTrailing()));
    LINES.put("last-without-newline", ++line);
    Files.write(file, out.toByteArray());
    return file;
  }

  @Test
  void jsonLinesTablesEqualTheLibrary() throws IOException {
    Path input = jsonLines();
    Path out = dir.resolve("out-jsonl");
    CorpusAudit audit = AscribeSparkJob.run(spark, JobOptions.parse("--input", input.toString(), "--output",
        out.toString(), "--partitions", "3", "--top", "1000"));
    Expected expected = Expected.of(Corpus.ofJsonLines(input).threads(2));

    assertThat(expected.articles()).hasSizeGreaterThan(40);
    assertThat(expected.rejects()).hasSize(11);
    String idless = "line " + LINES.get("odd 12");
    assertThat(expected.articles()).containsKeys(idless, "1e3", "crlf", "nested", "empty", "last-without-newline");
    JobTables.assertTables(spark, out, "parquet", expected, audit);

    // line numbers carry over the file's blocks (16 KiB splits): each article's line is its own
    Map<String, Long> lines = new HashMap<>();
    for (Row r : spark.read().parquet(out.resolve(Tables.ARTICLES).toString()).select("article_id", "line")
        .collectAsList()) {
      lines.put(r.getString(0), r.getLong(1));
    }
    assertThat(spark.read().parquet(out.resolve(Tables.ARTICLES).toString()).select("origin").distinct()
        .collectAsList()).hasSize(1);
    for (Map.Entry<String, Long> e : LINES.entrySet()) {
      if (e.getKey().startsWith("a-") || e.getKey().equals("last-without-newline")) {
        assertThat(lines.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue());
      }
    }
    assertThat(lines.get(idless)).isEqualTo(LINES.get("odd 12"));

    Dataset<Row> rejects = spark.read().parquet(out.resolve(Tables.REJECTS).toString());
    Map<String, String> codes = rejects.collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(3)));
    assertThat(codes).containsEntry("line " + LINES.get("odd 17"), Document.Problem.NOT_UTF8.code())
        .containsEntry("line " + LINES.get("odd 18"), Document.Problem.NOT_UTF8.code())
        .containsEntry("missing", Document.Problem.NO_TEXT.code()).containsEntry("number", Document.Problem.NO_TEXT.code())
        .containsEntry("null", Document.Problem.NO_TEXT.code());
    for (Row r : rejects.collectAsList()) {
      assertThat(r.getString(4)).startsWith(r.getString(3) + ": ").hasSizeGreaterThan(r.getString(3).length() + 3);
      assertThat(r.getString(1)).endsWith("corpus.jsonl");
      assertThat(r.isNullAt(2)).isFalse();
    }
    assertThat(audit.rejectsByCode().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(audit.rejects());
    assertThat(audit.unresolvedNames()).extracting(CorpusAudit.NameCount::name).contains("Harbour Ledger");
  }

  @Test
  void directoryTablesEqualTheLibrary() throws IOException {
    Path corpus = Files.createDirectories(dir.resolve("texts"));
    List<String> texts = SampleCorpus.texts(12, 11L);
    Files.createDirectories(corpus.resolve("sub/deeper"));
    Files.createDirectories(corpus.resolve(".hidden"));
    for (int i = 0; i < 6; i++) {
      Files.writeString(corpus.resolve("story " + i + ".txt"), texts.get(i));
    }
    Files.writeString(corpus.resolve("sub/a.md"), texts.get(6));
    Files.writeString(corpus.resolve("sub/deeper/B.TXT"), texts.get(7));
    Files.write(corpus.resolve("sub/bom.txt"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
        bytes(texts.get(8))));
    Files.write(corpus.resolve("sub/latin1.txt"),
        concat(bytes("Caf"), new byte[] {(byte) 0xE9}, bytes(" prices rose.")));
    Files.writeString(corpus.resolve("empty.md"), "");
    Files.writeString(corpus.resolve("_underscore.txt"), texts.get(11));
    Files.writeString(corpus.resolve("notes.json"), "{\"not\": \"read\"}");
    Files.writeString(corpus.resolve(".hidden.txt"), texts.get(9));
    Files.writeString(corpus.resolve(".hidden/x.txt"), texts.get(10));

    Path out = dir.resolve("out-dir");
    CorpusAudit audit = AscribeSparkJob.run(spark, JobOptions.parse("--input", corpus.toString(), "--output",
        out.toString(), "--top", "1000"));
    Expected expected = Expected.of(Corpus.ofDirectory(corpus));

    assertThat(expected.articles()).containsOnlyKeys("story 0.txt", "story 1.txt", "story 2.txt", "story 3.txt",
        "story 4.txt", "story 5.txt", "sub/a.md", "sub/deeper/B.TXT", "sub/bom.txt", "empty.md", "_underscore.txt");
    assertThat(expected.rejects()).containsOnlyKeys("sub/latin1.txt");
    JobTables.assertTables(spark, out, "parquet", expected, audit);
  }

  @Test
  void csvTablesHoldTheSameRows() throws IOException {
    Path input = jsonLines();
    Path out = dir.resolve("out-csv");
    CorpusAudit audit = AscribeSparkJob.run(spark, JobOptions.parse("--input", input.toString(), "--output",
        out.toString(), "--format", "csv", "--top", "1000"));
    Expected expected = Expected.of(Corpus.ofJsonLines(input));
    JobTables.assertTables(spark, out, "csv", expected, audit);
    assertThat(Files.readString(out.resolve(Tables.AUDIT_FILE))).isEqualTo(audit.toJson());
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }
}
