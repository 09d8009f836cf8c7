package io.github.ascribe.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.Article;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads the job's output tables back and checks them against the library's own results ({@link
 * Expected}): every table as a multiset of rows, so no article lost and none duplicated, in any order.
 */
final class JobTables {

  private JobTables() {}

  /** Checks every table and the audit against the library's results. */
  static void assertTables(SparkSession spark, Path out, String format, Expected expected, CorpusAudit audit) {
    boolean csv = format.equals("csv");
    assertSameRows(Tables.ARTICLES, rows(spark, out, Tables.ARTICLES, format, csv), expected.articleRows());
    assertSameRows(Tables.CLAIMS, rows(spark, out, Tables.CLAIMS, format, csv), expected.claimRows());
    assertSameRows(Tables.ATTRIBUTIONS, rows(spark, out, Tables.ATTRIBUTIONS, format, csv), expected.attributionRows());
    assertSameRows(Tables.SOURCES, rows(spark, out, Tables.SOURCES, format, csv), expected.sourceRows());
    assertSameRows(Tables.UNRESOLVED, rows(spark, out, Tables.UNRESOLVED, format, csv), expected.unresolvedRows());
    List<String> rejectIds = spark.read().option("header", "true").format(format)
        .load(out.resolve(Tables.REJECTS).toString()).select("id").collectAsList().stream()
        .map(r -> r.getString(0)).toList();
    assertSameRows(Tables.REJECTS, rejectIds, List.copyOf(expected.rejects().keySet()));

    assertThat(audit.articles()).isEqualTo(expected.articles().size());
    assertThat(audit.rejects()).isEqualTo(expected.rejects().size());
    long claims = expected.articles().values().stream().mapToLong(a -> a.claims().size()).sum();
    long attributed = expected.articles().values().stream().mapToLong(a -> a.summary().attributedClaims()).sum();
    long single = expected.articles().values().stream().mapToLong(a -> a.summary().singleSourceClaims()).sum();
    assertThat(audit.claims()).isEqualTo(claims);
    assertThat(audit.attributedClaims()).isEqualTo(attributed);
    assertThat(audit.singleSourceClaims()).isEqualTo(single);
    Map<String, Long> histogram = new TreeMap<>();
    for (Article a : expected.articles().values()) {
      histogram.merge(CorpusAudit.bucket(a.claims().size(), a.summary().coverage()), 1L, Long::sum);
    }
    Map<String, Long> nonZero = new TreeMap<>(audit.coverageHistogram());
    nonZero.values().removeIf(v -> v == 0);
    assertThat(nonZero).isEqualTo(histogram);
    assertThat(audit.coverageHistogram().keySet()).containsExactlyElementsOf(CorpusAudit.BUCKETS);
    List<String> top = audit.topSources().stream().map(s -> s.id() + "|" + s.claims() + "|" + s.articles()).toList();
    assertSameRows("the audit's top sources (--top must exceed the sources)", top, expected.sourceRows().stream()
        .map(r -> r.split("\\|")).map(f -> f[0] + "|" + f[3] + "|" + f[4]).toList());
  }

  /**
   * Checks that two lists hold the same rows as many times each (multisets); the message names the
   * rows missing and the rows not expected, at most 20 of each.
   */
  static void assertSameRows(String table, List<String> actual, List<String> expected) {
    Map<String, Integer> surplus = new HashMap<>();
    actual.forEach(r -> surplus.merge(r, 1, Integer::sum));
    expected.forEach(r -> surplus.merge(r, -1, Integer::sum));
    List<String> missing = new ArrayList<>();
    List<String> unexpected = new ArrayList<>();
    surplus.forEach((row, n) -> {
      for (int i = 0; i < Math.abs(n); i++) {
        (n < 0 ? missing : unexpected).add(row);
      }
    });
    assertThat(missing.isEmpty() && unexpected.isEmpty())
        .as("%s: %d rows, %d expected; %d missing %s; %d not expected %s", table, actual.size(), expected.size(),
            missing.size(), missing.subList(0, Math.min(20, missing.size())), unexpected.size(),
            unexpected.subList(0, Math.min(20, unexpected.size())))
        .isTrue();
  }

  /**
   * A table's rows as {@code |}-joined strings; arrays as {@code ;}-joined lists (as CSV writes them),
   * doubles with nine decimals; the columns {@code origin} and {@code line} left out.
   */
  static List<String> rows(SparkSession spark, Path out, String table, String format, boolean csv) {
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
}
