package io.github.ascribe.spark;

import static org.apache.spark.sql.functions.array_join;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.github.ascribe.citations.Analyzer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;

/**
 * The corpus job: reads a corpus of articles (JSON Lines, or a directory of text files), analyses
 * every article with the library, one {@link Analyzer} per partition, and writes the {@link Tables}
 * ({@code claims}, {@code attributions}, {@code sources}, {@code articles}, {@code rejects}, {@code
 * unresolved}) as Parquet or CSV, and the {@link CorpusAudit} as {@code audit.json}, which it also
 * prints. A bad record becomes a row of {@code rejects}; the job goes on.
 *
 * <pre>{@code
 * $ spark-submit --master yarn --num-executors 16 --executor-cores 4 \
 *     examples/spark/target/ascribe-spark.jar --input hdfs:///corpus/*.jsonl --output hdfs:///ascribe/run1
 *
 * // from Java, with a session of your own
 * CorpusAudit audit = AscribeSparkJob.run(spark, JobOptions.parse("--input", "corpus.jsonl", "--output", "out"));
 * }</pre>
 *
 * <p>{@code docs/scale.md} describes the tables, the partitioning and the figures. Thread-safe: it has
 * no state.
 */
public final class AscribeSparkJob {

  /** Fewer input partitions per core than this are spread ({@link #analyse}). */
  static final int MIN_PARTITIONS_PER_CORE = 2;

  /** How many partitions per core the documents are spread over when there are too few. */
  static final int SPREAD_PARTITIONS_PER_CORE = 4;

  private AscribeSparkJob() {}

  /**
   * Runs the job from the command line: {@link JobOptions#USAGE}. Without {@code spark-submit} and
   * without {@code --master}, it runs in local mode on all cores.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    SparkSession.Builder builder = SparkSession.builder().appName("ascribe");
    if (options.master() != null) {
      builder.master(options.master());
    } else if (System.getProperty("spark.master") == null) {
      builder.master("local[*]");
    }
    SparkSession spark = builder.getOrCreate();
    try {
      long start = System.nanoTime();
      CorpusAudit audit = run(spark, options);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.print(audit.toText());
      System.out.printf(Locale.ROOT, "%d records in %.1f s (%.0f records/s) on %s, %d cores; tables in %s%n",
          audit.articles() + audit.rejects(), seconds, (audit.articles() + audit.rejects()) / seconds,
          spark.sparkContext().master(), spark.sparkContext().defaultParallelism(), options.output());
    } finally {
      spark.stop();
    }
  }

  /**
   * Runs the job in a session: reads, analyses, writes every table and {@code audit.json}.
   *
   * @param spark the session
   * @param options what to read, where to write, how to analyse
   * @return the corpus audit
   */
  public static CorpusAudit run(SparkSession spark, JobOptions options) {
    AnalyzerSpec spec = new AnalyzerSpec(readRegistry(spark, options.registry()), options.languageTag(),
        options.scope(), options.strict());
    Dataset<Row> documents = read(spark, options);
    Dataset<Row> analysed = analyse(spark, documents, spec, options.partitions())
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> ok = analysed.filter(col("code").isNull());
      Dataset<Row> articles = ok.select(col("id").as("article_id"), col("origin"), col("line"), col("figures.*"));
      Dataset<Row> claims = ok.select(col("id").as("article_id"), explode(col("claims")).as("c"))
          .select(col("article_id"), col("c.*"));
      Dataset<Row> attributions = ok.select(col("id").as("article_id"), explode(col("attributions")).as("a"))
          .select(col("article_id"), col("a.*"));
      Dataset<Row> sources = ok.select(col("id"), explode(col("sources")).as("s"))
          .groupBy(col("s.source_id").as("source_id"))
          .agg(min("s.name").as("name"), min("s.kind").as("kind"), sum("s.claims").cast(DataTypes.LongType)
              .as("claims"), count(lit(1)).as("articles"))
          .orderBy(col("claims").desc(), col("articles").desc(), col("source_id"));
      Dataset<Row> unresolved = ok.select(col("id"), explode(col("unresolved")).as("u"))
          .groupBy(col("u.source_id").as("source_id"))
          .agg(min("u.name").as("name"), sum("u.mentions").cast(DataTypes.LongType).as("mentions"),
              count(lit(1)).as("articles"))
          .orderBy(col("mentions").desc(), col("articles").desc(), col("source_id"));
      Dataset<Row> rejects = analysed.filter(col("code").isNotNull())
          .select(col("id"), col("origin"), col("line"), col("code"), col("reason"));

      write(articles, options, Tables.ARTICLES);
      write(claims, options, Tables.CLAIMS);
      write(attributions, options, Tables.ATTRIBUTIONS);
      write(sources, options, Tables.SOURCES);
      write(unresolved, options, Tables.UNRESOLVED);
      write(rejects, options, Tables.REJECTS);

      CorpusAudit audit = audit(analysed, articles, sources, unresolved, rejects, options.top());
      writeText(spark, options.output() + "/" + Tables.AUDIT_FILE, audit.toJson());
      return audit;
    } finally {
      analysed.unpersist();
    }
  }

  /**
   * Reads the corpus into documents (id, origin, line, and text or a reject).
   *
   * @param spark the session
   * @param options the input and its format
   * @return the documents
   */
  static Dataset<Row> read(SparkSession spark, JobOptions options) {
    JobOptions.InputFormat format = options.inputFormat();
    if (format == JobOptions.InputFormat.AUTO) {
      format = isDirectory(spark, options.input()) ? JobOptions.InputFormat.TEXT : JobOptions.InputFormat.JSONL;
    }
    return format == JobOptions.InputFormat.TEXT
        ? CorpusReader.textFiles(spark, options.input())
        : CorpusReader.jsonLines(spark, options.input());
  }

  /**
   * Analyses documents, one analyser per partition. With {@code partitions == 0}, the input's own
   * partitions are kept unless there are fewer than two per core of the cluster; then the documents
   * are spread round-robin over four partitions per core, so that partitions hold about the same work
   * and the last wave of tasks is short. (Spark splits a file of a few blocks unevenly: a 15.1 MB file
   * on 2 cores is read as 9.6 and 5.4 MB, and the stage waits for the larger; the shuffle of the
   * text costs far less than that.)
   *
   * @param spark the session
   * @param documents the documents
   * @param spec the analyser to build in each partition
   * @param partitions how many partitions to analyse in, or 0
   * @return one nested row per document ({@link ArticleRows#SCHEMA})
   */
  static Dataset<Row> analyse(SparkSession spark, Dataset<Row> documents, AnalyzerSpec spec, int partitions) {
    int cores = spark.sparkContext().defaultParallelism();
    Dataset<Row> spread = documents;
    if (partitions > 0) {
      spread = documents.repartition(partitions);
    } else if (documents.rdd().getNumPartitions() < MIN_PARTITIONS_PER_CORE * cores) {
      spread = documents.repartition(SPREAD_PARTITIONS_PER_CORE * cores);
    }
    return spread.mapPartitions(new AnalysePartition(spec), Encoders.row(ArticleRows.SCHEMA));
  }

  /** Analyses the documents of one partition with one analyser. */
  static final class AnalysePartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final AnalyzerSpec spec;

    AnalysePartition(AnalyzerSpec spec) {
      this.spec = spec;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> documents) {
      Analyzer analyzer = documents.hasNext() ? spec.build() : null;
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return documents.hasNext();
        }

        @Override
        public Row next() {
          return analyse(analyzer, documents.next());
        }
      };
    }

    static Row analyse(Analyzer analyzer, Row d) {
      String id = d.getString(0);
      String origin = d.getString(1);
      Long line = d.isNullAt(2) ? null : d.getLong(2);
      if (d.isNullAt(3)) {
        return ArticleRows.reject(id, origin, line, d.getString(4), d.getString(5));
      }
      try {
        return ArticleRows.analysed(id, origin, line, analyzer.analyze(d.getString(3)));
      } catch (RuntimeException | StackOverflowError e) {
        return ArticleRows.reject(id, origin, line, ArticleRows.ANALYSIS_FAILED,
            ArticleRows.ANALYSIS_FAILED + ": " + ArticleRows.describe(e));
      }
    }
  }

  private static CorpusAudit audit(Dataset<Row> analysed, Dataset<Row> articles, Dataset<Row> sources,
      Dataset<Row> unresolved, Dataset<Row> rejects, int top) {
    Row totals = analysed.agg(
        count(when(col("code").isNull(), lit(1))),
        count(when(col("code").isNotNull(), lit(1))),
        sum("figures.claims").cast(DataTypes.LongType),
        sum("figures.attributed_claims").cast(DataTypes.LongType),
        sum("figures.single_source_claims").cast(DataTypes.LongType),
        sum("figures.other_attributed_claims").cast(DataTypes.LongType)).first();
    Map<String, Long> byCode = new LinkedHashMap<>();
    for (Row r : rejects.groupBy("code").count().orderBy(col("count").desc(), col("code")).collectAsList()) {
      byCode.put(r.getString(0), r.getLong(1));
    }
    // the index in CorpusAudit.BUCKETS, as CorpusAudit.bucket(claims, coverage) gives it
    Column bucket = when(col("claims").equalTo(0), lit(0))
        .when(col("coverage").geq(1.0), lit(CorpusAudit.BUCKETS.size() - 1))
        .otherwise(least(floor(col("coverage").multiply(10)).cast(DataTypes.IntegerType), lit(9)).plus(1));
    Map<String, Long> histogram = new LinkedHashMap<>();
    for (String label : CorpusAudit.BUCKETS) {
      histogram.put(label, 0L);
    }
    for (Row r : articles.groupBy(bucket.as("bucket")).count().collectAsList()) {
      histogram.merge(CorpusAudit.BUCKETS.get(r.getInt(0)), r.getLong(1), Long::sum);
    }
    List<CorpusAudit.SourceCount> topSources = new ArrayList<>();
    for (Row r : sources.limit(top).collectAsList()) {
      topSources.add(new CorpusAudit.SourceCount(r.getString(0), r.getString(1), r.getString(2), r.getLong(3),
          r.getLong(4)));
    }
    List<CorpusAudit.NameCount> names = new ArrayList<>();
    for (Row r : unresolved.limit(top).collectAsList()) {
      names.add(new CorpusAudit.NameCount(r.getString(0), r.getString(1), r.getLong(2), r.getLong(3)));
    }
    return new CorpusAudit(totals.getLong(0), totals.getLong(1), byCode, longOrZero(totals, 2),
        longOrZero(totals, 3), longOrZero(totals, 4), longOrZero(totals, 5), histogram, topSources, names);
  }

  private static long longOrZero(Row r, int i) {
    return r.isNullAt(i) ? 0 : r.getLong(i);
  }

  private static void write(Dataset<Row> table, JobOptions options, String name) {
    String path = options.output() + "/" + name;
    if (options.format() == JobOptions.OutputFormat.CSV) {
      Dataset<Row> flat = table;
      for (StructField f : table.schema().fields()) {
        if (f.dataType() instanceof ArrayType) {
          flat = flat.withColumn(f.name(),
              array_join(col(f.name()).cast(DataTypes.createArrayType(DataTypes.StringType)), ";"));
        }
      }
      flat.write().mode(SaveMode.Overwrite).option("header", "true").csv(path);
    } else {
      table.write().mode(SaveMode.Overwrite).parquet(path);
    }
  }

  private static boolean isDirectory(SparkSession spark, String input) {
    try {
      Path path = new Path(input);
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.getFileStatus(path).isDirectory();
    } catch (IOException e) {
      return false; // a glob, or missing: read as JSON Lines, and let Spark say what is wrong
    }
  }

  private static String readRegistry(SparkSession spark, String registry) {
    if (registry == null) {
      return "";
    }
    try {
      Path path = new Path(registry);
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (InputStream in = fs.open(path)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the registry " + registry, e);
    }
  }

  private static void writeText(SparkSession spark, String file, String text) {
    try {
      Path path = new Path(file);
      FileSystem fs = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
      try (OutputStream out = fs.create(path, true)) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }
}
