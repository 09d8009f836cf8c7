package io.github.ascribe.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.corpus.Corpus;
import io.github.ascribe.corpus.Document;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.MatchKind;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceKind;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Summary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
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

    assertThat(expected.articles).hasSizeGreaterThan(40);
    assertThat(expected.rejects).hasSize(11);
    String idless = "line " + LINES.get("odd 12");
    assertThat(expected.articles).containsKeys(idless, "1e3", "crlf", "nested", "empty", "last-without-newline");
    assertTables(out, "parquet", expected, audit);

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

    assertThat(expected.articles).containsOnlyKeys("story 0.txt", "story 1.txt", "story 2.txt", "story 3.txt",
        "story 4.txt", "story 5.txt", "sub/a.md", "sub/deeper/B.TXT", "sub/bom.txt", "empty.md", "_underscore.txt");
    assertThat(expected.rejects).containsOnlyKeys("sub/latin1.txt");
    assertTables(out, "parquet", expected, audit);
  }

  @Test
  void csvTablesHoldTheSameRows() throws IOException {
    Path input = jsonLines();
    Path out = dir.resolve("out-csv");
    CorpusAudit audit = AscribeSparkJob.run(spark, JobOptions.parse("--input", input.toString(), "--output",
        out.toString(), "--format", "csv", "--top", "1000"));
    Expected expected = Expected.of(Corpus.ofJsonLines(input));
    assertTables(out, "csv", expected, audit);
    assertThat(Files.readString(out.resolve(Tables.AUDIT_FILE))).isEqualTo(audit.toJson());
  }

  /** Checks every table and the audit against the library's results. */
  private static void assertTables(Path out, String format, Expected expected, CorpusAudit audit) {
    boolean csv = format.equals("csv");
    assertThat(rows(out, Tables.ARTICLES, format, csv))
        .containsExactlyInAnyOrderElementsOf(expected.articleRows());
    assertThat(rows(out, Tables.CLAIMS, format, csv)).containsExactlyInAnyOrderElementsOf(expected.claimRows());
    assertThat(rows(out, Tables.ATTRIBUTIONS, format, csv))
        .containsExactlyInAnyOrderElementsOf(expected.attributionRows());
    assertThat(rows(out, Tables.SOURCES, format, csv)).containsExactlyInAnyOrderElementsOf(expected.sourceRows());
    assertThat(rows(out, Tables.UNRESOLVED, format, csv))
        .containsExactlyInAnyOrderElementsOf(expected.unresolvedRows());
    List<String> rejectIds = spark.read().option("header", "true").format(format)
        .load(out.resolve(Tables.REJECTS).toString()).select("id").collectAsList().stream()
        .map(r -> r.getString(0)).toList();
    assertThat(rejectIds).containsExactlyInAnyOrderElementsOf(expected.rejects.keySet());

    assertThat(audit.articles()).isEqualTo(expected.articles.size());
    assertThat(audit.rejects()).isEqualTo(expected.rejects.size());
    long claims = expected.articles.values().stream().mapToLong(a -> a.claims().size()).sum();
    long attributed = expected.articles.values().stream().mapToLong(a -> a.summary().attributedClaims()).sum();
    long single = expected.articles.values().stream().mapToLong(a -> a.summary().singleSourceClaims()).sum();
    assertThat(audit.claims()).isEqualTo(claims);
    assertThat(audit.attributedClaims()).isEqualTo(attributed);
    assertThat(audit.singleSourceClaims()).isEqualTo(single);
    Map<String, Long> histogram = new TreeMap<>();
    for (Article a : expected.articles.values()) {
      histogram.merge(CorpusAudit.bucket(a.claims().size(), a.summary().coverage()), 1L, Long::sum);
    }
    Map<String, Long> nonZero = new TreeMap<>(audit.coverageHistogram());
    nonZero.values().removeIf(v -> v == 0);
    assertThat(nonZero).isEqualTo(histogram);
    assertThat(audit.coverageHistogram().keySet()).containsExactlyElementsOf(CorpusAudit.BUCKETS);
    List<String> top = audit.topSources().stream().map(s -> s.id() + "|" + s.claims() + "|" + s.articles()).toList();
    assertThat(top).containsExactlyInAnyOrderElementsOf(expected.sourceRows().stream()
        .map(r -> r.split("\\|")).map(f -> f[0] + "|" + f[3] + "|" + f[4]).toList());
  }

  /**
   * A table's rows as {@code |}-joined strings; arrays as {@code ;}-joined lists (as CSV writes them),
   * doubles with nine decimals; the columns {@code origin} and {@code line} left out.
   */
  private static List<String> rows(Path out, String table, String format, boolean csv) {
    Dataset<Row> df = csv
        ? spark.read().option("header", "true").option("multiLine", "true").csv(out.resolve(table).toString())
        : spark.read().parquet(out.resolve(table).toString());
    df = df.drop("origin", "line");
    String[] columns = df.columns();
    List<String> rows = new ArrayList<>();
    for (Row r : df.collectAsList()) {
      List<String> fields = new ArrayList<>();
      for (int i = 0; i < r.length(); i++) {
        Object v = r.get(i);
        if (v instanceof scala.collection.Seq<?> seq) {
          List<String> items = new ArrayList<>();
          seq.foreach(x -> items.add(String.valueOf(x)));
          fields.add(String.join(";", items));
        } else if (columns[i].equals("coverage")) {
          fields.add(String.format(Locale.ROOT, "%.9f", Double.parseDouble(String.valueOf(v))));
        } else {
          fields.add(v == null ? "" : String.valueOf(v));
        }
      }
      rows.add(String.join("|", fields));
    }
    return rows;
  }

  /** What the library gives for a corpus, and the rows each table should hold. */
  private record Expected(Map<String, Article> articles, Map<String, String> rejects) {

    static Expected of(Corpus corpus) {
      Map<String, Article> articles = new HashMap<>();
      Map<String, String> rejects = new HashMap<>();
      corpus.forEachOrdered(r -> {
        if (r instanceof Corpus.Result a) {
          assertThat(articles.put(a.id(), a.article())).as("duplicate id " + a.id()).isNull();
        } else if (r instanceof Corpus.Failed f) {
          assertThat(rejects.put(f.id(), f.error())).as("duplicate id " + f.id()).isNull();
        }
      });
      return new Expected(articles, rejects);
    }

    List<String> articleRows() {
      List<String> rows = new ArrayList<>();
      articles.forEach((id, a) -> {
        Summary s = a.summary();
        rows.add(id + "|" + a.text().length() + "|" + s.claims() + "|" + s.attributedClaims() + "|"
            + String.format(Locale.ROOT, "%.9f", s.coverage()) + "|" + s.singleSourceClaims() + "|"
            + s.otherAttributedClaims() + "|" + s.distinctSources() + "|" + s.independentSources() + "|"
            + a.diagnostics().size());
      });
      return rows;
    }

    List<String> claimRows() {
      List<String> rows = new ArrayList<>();
      articles.forEach((id, a) -> {
        for (Claim c : a.claims()) {
          rows.add(String.join("|", id, "" + c.index(), "" + c.paragraph(), c.text(), "" + c.span().start(),
              "" + c.span().end(), "" + c.isAttributed(), "" + c.mediaSources().size(), "" + c.unnamedSources(),
              "" + c.otherSources().size()));
        }
      });
      return rows;
    }

    List<String> attributionRows() {
      List<String> rows = new ArrayList<>();
      articles.forEach((id, a) -> {
        for (Attribution t : a.attributions()) {
          rows.add(String.join("|", id, "" + t.index(), t.form().name(), t.rule(), t.span().text(a.text()),
              "" + t.span().start(), "" + t.span().end(),
              t.sources().stream().map(Source::id).collect(Collectors.joining(";")), "" + t.unnamedSources(),
              t.claims().stream().map(String::valueOf).collect(Collectors.joining(";"))));
        }
      });
      return rows;
    }

    List<String> sourceRows() {
      Map<String, TreeSet<String>> names = new HashMap<>();
      Map<String, String> kinds = new HashMap<>();
      Map<String, Long> claims = new HashMap<>();
      Map<String, Long> arts = new HashMap<>();
      articles.forEach((id, a) -> {
        Map<String, Set<Integer>> backed = new HashMap<>();
        a.claimsBySource().forEach((s, cs) -> {
          names.computeIfAbsent(s.id(), k -> new TreeSet<>()).add(s.name());
          kinds.put(s.id(), s.kind().name());
          Set<Integer> set = backed.computeIfAbsent(s.id(), k -> new HashSet<>());
          cs.forEach(c -> set.add(c.index()));
        });
        backed.forEach((sid, set) -> {
          claims.merge(sid, (long) set.size(), Long::sum);
          arts.merge(sid, 1L, Long::sum);
        });
      });
      return claims.keySet().stream().map(sid -> String.join("|", sid, names.get(sid).first(), kinds.get(sid),
          "" + claims.get(sid), "" + arts.get(sid))).toList();
    }

    List<String> unresolvedRows() {
      Map<String, String> names = new TreeMap<>();
      Map<String, Long> mentions = new HashMap<>();
      Map<String, Long> arts = new HashMap<>();
      articles.forEach((id, a) -> {
        Set<String> seen = new HashSet<>();
        for (Attribution t : a.attributions()) {
          for (SourceMention m : t.mentions()) {
            if (m.match().kind() == MatchKind.UNRESOLVED && m.source().kind() == SourceKind.UNKNOWN) {
              names.merge(m.source().id(), m.source().name(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
              mentions.merge(m.source().id(), 1L, Long::sum);
              if (seen.add(m.source().id())) {
                arts.merge(m.source().id(), 1L, Long::sum);
              }
            }
          }
        }
      });
      return names.keySet().stream().map(sid -> String.join("|", sid, names.get(sid), "" + mentions.get(sid),
          "" + arts.get(sid))).toList();
    }
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
