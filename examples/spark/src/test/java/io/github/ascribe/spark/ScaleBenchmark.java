package io.github.ascribe.spark;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.corpus.Corpus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The figures of {@code docs/scale.md}: articles per second of the Spark job on {@code local[2]}
 * against the library's streaming {@link Corpus} API on the same generated corpus in the same JVM,
 * and the cost of a partition. Prints Markdown table rows.
 *
 * <pre>{@code
 * ScaleBenchmark throughput 4000     # Corpus API (2 threads) vs Spark local[2], 4,000 articles
 * ScaleBenchmark partitions          # 24 articles in 1 ... 384 partitions, and empty partitions
 * }</pre>
 *
 * <p>Each measurement runs untimed first (JIT warm-up: twice for throughput, once for partitions),
 * then {@code repeats} times; the median is reported. The corpus is {@link SampleCorpus} with the
 * sample's seed, without the malformed lines.
 */
public final class ScaleBenchmark {

  private static final long SEED = 20251126L;
  private static final int CORES = 2;

  private ScaleBenchmark() {}

  /**
   * Runs a benchmark: {@code throughput [articles [repeats [warm-up rounds]]]} or {@code partitions
   * [repeats]}.
   *
   * @param args the benchmark and its settings
   * @throws IOException if the corpus cannot be written
   */
  public static void main(String[] args) throws IOException {
    String what = args.length > 0 ? args[0] : "throughput";
    Path dir = Files.createDirectories(Path.of("examples", "spark", "target", "scale"));
    System.out.printf(Locale.ROOT, "JVM %s, %d processors, max heap %d MiB%n", Runtime.version(),
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
    switch (what) {
      case "throughput" -> throughput(dir, args.length > 1 ? Integer.parseInt(args[1]) : 4000,
          args.length > 2 ? Integer.parseInt(args[2]) : 3, args.length > 3 ? Integer.parseInt(args[3]) : 2);
      case "partitions" -> partitions(dir, args.length > 1 ? Integer.parseInt(args[1]) : 5);
      default -> throw new IllegalArgumentException("throughput or partitions: " + what);
    }
  }

  private static void throughput(Path dir, int articles, int repeats, int warmups) throws IOException {
    Path corpus = dir.resolve("corpus-" + articles + ".jsonl");
    if (!Files.exists(corpus)) {
      SampleCorpus.write(corpus, articles, SEED, false);
    }
    System.out.printf(Locale.ROOT, "corpus %s: %d articles, %.1f MB; load average %s%n", corpus, articles,
        Files.size(corpus) / 1e6, loadAverage());
    Analyzer analyzer = AnalyzerSpec.defaults().build();
    SparkSession spark = session("local[" + CORES + "]");
    List<Double> library = new ArrayList<>();
    List<Double> analysis = new ArrayList<>();
    List<Double> job = new ArrayList<>();
    try {
      // rounds interleave the three, so that they share whatever else the machine is doing; the first
      // rounds warm the JIT up and are not counted
      for (int i = 1 - warmups; i <= repeats; i++) {
        long t = System.nanoTime();
        AtomicLong claims = new AtomicLong();
        Corpus.ofJsonLines(corpus).analyzer(analyzer).threads(CORES).forEachOrdered(r -> {
          if (r instanceof Corpus.Result a) {
            claims.addAndGet(a.article().claims().size());
          }
        });
        double s = seconds(t);
        System.out.printf(Locale.ROOT, "  round %d: Corpus API %.2f s (%d claims)", i, s, claims.get());
        add(library, i, s);

        t = System.nanoTime();
        JobOptions o = JobOptions.parse("--input", corpus.toString(), "--output", "unused");
        long n = AscribeSparkJob.analyse(spark, AscribeSparkJob.read(spark, o), AnalyzerSpec.defaults(), 0).count();
        s = seconds(t);
        System.out.printf(Locale.ROOT, ", Spark analysis %.2f s (%d rows)", s, n);
        add(analysis, i, s);

        t = System.nanoTime();
        CorpusAudit audit = AscribeSparkJob.run(spark, JobOptions.parse("--input", corpus.toString(), "--output",
            dir.resolve("out-" + articles).toString()));
        s = seconds(t);
        System.out.printf(Locale.ROOT, ", Spark job %.2f s (%d claims)%n", s, audit.claims());
        add(job, i, s);
      }
    } finally {
      spark.stop();
    }
    System.out.printf(Locale.ROOT, "load average %s%n%n", loadAverage());
    System.out.println("| what (" + articles + " articles) | median seconds | articles/s |");
    System.out.println("|---|---|---|");
    row("library `Corpus.ofJsonLines`, 2 threads", library, articles);
    row("Spark `local[2]`: read and analyse (`count()`)", analysis, articles);
    row("Spark `local[2]`: whole job, 6 tables and the audit", job, articles);
    // each round's sides ran back to back under the same load: their ratio is steadier than the medians
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < library.size(); i++) {
      ratios.add(library.get(i) / analysis.get(i));
    }
    System.out.printf(Locale.ROOT, "%nread and analyse against the library, per round: %s; median %.2f%n",
        ratios.stream().map(r -> String.format(Locale.ROOT, "%.2f", r)).toList(), median(ratios));
  }

  private static void partitions(Path dir, int repeats) throws IOException {
    Path corpus = dir.resolve("corpus-24.jsonl");
    SampleCorpus.write(corpus, 24, SEED, false);
    SparkSession spark = session("local[" + CORES + "]");
    System.out.printf(Locale.ROOT, "load average %s%n", loadAverage());
    try {
      JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
      List<Row> docs = AscribeSparkJob.read(spark, JobOptions.parse("--input", corpus.toString(), "--output", "-"))
          .collectAsList();
      System.out.println("| partitions | 24 articles: median seconds | no articles: median seconds |");
      System.out.println("|---|---|---|");
      for (int p : new int[] {1, 2, 6, 12, 24, 96, 384}) {
        List<Double> full = new ArrayList<>();
        List<Double> empty = new ArrayList<>();
        for (int i = 0; i <= repeats; i++) {
          add(full, i, timeAnalysis(spark, jsc.parallelize(docs, p)));
          add(empty, i, timeAnalysis(spark, jsc.parallelize(List.<Row>of(), p)));
        }
        System.out.printf(Locale.ROOT, "| %d | %.3f | %.3f |%n", p, median(full), median(empty));
      }
      List<Double> builds = new ArrayList<>();
      for (int i = 0; i < 50; i++) {
        long t = System.nanoTime();
        AnalyzerSpec.defaults().build();
        builds.add(seconds(t));
      }
      System.out.printf(Locale.ROOT, "%nbuilding one Analyzer (bundled registry): median %.3f ms of 50%n",
          median(builds) * 1000);
    } finally {
      spark.stop();
    }
    System.out.printf(Locale.ROOT, "load average %s%n", loadAverage());
  }

  private static double timeAnalysis(SparkSession spark, JavaRDD<Row> docs) {
    long t = System.nanoTime();
    Dataset<Row> d = spark.createDataFrame(docs, CorpusReader.DOCUMENT);
    // exactly the given partitions: the job's AnalysePartition without analyse()'s repartitioning
    d.mapPartitions(new AscribeSparkJob.AnalysePartition(AnalyzerSpec.defaults()), Encoders.row(ArticleRows.SCHEMA))
        .count();
    return seconds(t);
  }

  private static void add(List<Double> xs, int round, double s) {
    if (round > 0) {
      xs.add(s);
    }
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  static SparkSession session(String master) {
    return SparkSession.builder()
        .appName("ascribe-scale")
        .master(master)
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  private static void row(String what, List<Double> seconds, int articles) {
    double m = median(seconds);
    System.out.printf(Locale.ROOT, "| %s | %.2f | %.0f |%n", what, m, articles / m);
  }

  private static double median(List<Double> xs) {
    List<Double> sorted = new ArrayList<>(xs);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }
}
