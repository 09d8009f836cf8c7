package io.github.ascribe.spark;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.corpus.Corpus;
import io.github.ascribe.corpus.Document;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The job on a real Spark standalone cluster: a master and two workers of one core each, every one a
 * JVM of its own on 127.0.0.1, started from the {@code SPARK_HOME} folder the build lays out
 * ({@code target/spark-home}: Spark's jars, nothing of ours), and the job submitted as {@code
 * spark-submit} submits it: {@code SparkSubmit --master spark://... --class ... --executor-memory 512m
 * target/ascribe-spark.jar ...}, so that the driver and the executors get the job and the library only
 * from the application jar, and tasks, the {@link AnalyzerSpec} and the results cross JVMs.
 *
 * <p>Each run's six tables and audit must equal what the library's own {@link Corpus} gives for the
 * same file, article for article; the corrupt lines must be rejects with their line numbers. The
 * second run loses an executor, killed while it runs a task of the analysis: the job must still
 * finish with every article exactly once. Every wait is bounded ({@link #WAIT}); every process is
 * stopped at the end, also on failure. Prints the cluster's and the library's articles per second per
 * core; {@code -Dcluster.articles=N} sets the corpus size (400).
 */
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class StandaloneClusterIT {

  /** The longest a process may take to start or to reach a step: generous, the machine may be busy. */
  private static final Duration WAIT = Duration.ofMinutes(3);
  /** The longest a job may take (about 30 s on an idle 2-core machine). */
  private static final Duration JOB_WAIT = Duration.ofMinutes(6);
  private static final int ARTICLES = Integer.getInteger("cluster.articles", 400);
  private static final long SEED = 20261206L;
  /** Analysis partitions of the run that loses an executor: a count no other stage of it has. */
  private static final int FAULT_PARTITIONS = 9;

  private static Path work;
  private static Path corpus;
  private static final Map<String, Long> LINES = new HashMap<>();
  private static final Map<Long, String> BAD_LINES = new HashMap<>();
  private static Expected expected;
  private static double libraryColdSeconds;
  private static double libraryWarmSeconds;
  private static StandaloneCluster cluster;
  private static SparkSession reader;

  @BeforeAll
  static void start() throws IOException {
    Path sparkHome = Path.of(System.getProperty("spark.home", "target/spark-home")).toAbsolutePath();
    assertThat(sparkHome.resolve("jars")).as("the build lays out SPARK_HOME (mvn -Pspark package)").isDirectory();
    work = Path.of(System.getProperty("cluster.dir", "target/cluster-it")).toAbsolutePath();
    deleteRecursively(work);
    Files.createDirectories(work);
    corpus = writeCorpus(work.resolve("corpus.jsonl"));

    // the library first, alone on the machine's cores: once cold (as the executors start), once warm
    long t = System.nanoTime();
    expected = Expected.of(Corpus.ofJsonLines(corpus).threads(2));
    libraryColdSeconds = seconds(t);
    t = System.nanoTime();
    Expected.of(Corpus.ofJsonLines(corpus).threads(2));
    libraryWarmSeconds = seconds(t);
    assertThat(expected.articles()).hasSize(ARTICLES);
    assertThat(expected.rejects()).hasSize(BAD_LINES.size());

    cluster = StandaloneCluster.start(sparkHome, work, 2, WAIT);
    reader = SparkSession.builder()
        .appName("ascribe-cluster-check")
        .master("local[1]")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
  }

  @AfterAll
  static void stop() {
    try {
      if (reader != null) {
        reader.stop();
      }
    } finally {
      if (cluster != null) {
        cluster.close();
      }
    }
  }

  @Test
  void tablesOnTheClusterEqualTheLibrary() throws IOException {
    Path out = work.resolve("out-clean");
    ClusterProcess driver = cluster.submit("driver-clean", submitArgs("clean", out, List.of()));
    assertThat(driver.awaitExit(JOB_WAIT)).as(driver.tail()).isZero();
    assertOutput(out);
    assertThat(count(driver.output(), "Granted executor ID")).as(driver.tail()).isEqualTo(2);
    printFigures(driver);
  }

  @Test
  void aLostExecutorLosesAndDuplicatesNothing() throws IOException, InterruptedException {
    Path out = work.resolve("out-fault");
    ClusterProcess driver = cluster.submit("driver-fault",
        submitArgs("fault", out, List.of("--partitions", Integer.toString(FAULT_PARTITIONS))));
    // the first analysis task has finished: both executors are busy with the next ones
    driver.await(Pattern.compile("Finished task .* \\(\\d+/" + FAULT_PARTITIONS + "\\)"), WAIT);
    List<ProcessHandle> executors = cluster.executors();
    assertThat(executors).as("executors running now").hasSize(2);
    ProcessHandle victim = executors.get(0);
    victim.destroyForcibly();
    assertThat(victim.onExit().orTimeout(WAIT.toSeconds(), TimeUnit.SECONDS).handle((p, e) -> e == null).join())
        .as("the executor was killed").isTrue();

    assertThat(driver.awaitExit(JOB_WAIT)).as(driver.tail()).isZero();
    String log = driver.output();
    assertThat(log).as("the driver saw the executor go").contains("Lost executor");
    assertThat(log).as("a running task was lost with it").contains("ExecutorLostFailure");
    assertThat(count(log, "Granted executor ID")).as("a replacement executor was started").isGreaterThanOrEqualTo(3);
    assertOutput(out);
  }

  private static List<String> submitArgs(String name, Path out, List<String> jobArgs) {
    List<String> args = new ArrayList<>(List.of(
        "--class", AscribeSparkJob.class.getName(),
        "--name", "ascribe-" + name,
        "--executor-memory", "512m",
        "--executor-cores", "1",
        "--total-executor-cores", "2",
        "--conf", "spark.ui.enabled=false",
        "--conf", "spark.driver.host=127.0.0.1",
        "--conf", "spark.driver.bindAddress=127.0.0.1",
        // start the job when both executors are there, so that the figures are the job's
        "--conf", "spark.scheduler.minRegisteredResourcesRatio=1.0",
        // six input blocks: line numbers carry over blocks read on different executors, and the job keeps
        // the input's partitions (at least two per core: no shuffle)
        "--conf", "spark.sql.files.maxPartitionBytes=256k",
        Path.of(System.getProperty("spark.app.jar", "target/ascribe-spark.jar")).toAbsolutePath().toString(),
        "--input", corpus.toString(),
        "--output", out.toString(),
        "--top", "1000000"));
    args.addAll(jobArgs);
    return args;
  }

  /** The six tables and the audit against the library, and the line numbers of articles and rejects. */
  private static void assertOutput(Path out) throws IOException {
    Path auditFile = out.resolve(Tables.AUDIT_FILE);
    CorpusAudit audit = AuditJson.read(auditFile);
    assertThat(audit.toJson()).isEqualTo(Files.readString(auditFile));
    JobTables.assertTables(reader, out, "parquet", expected, audit);

    Map<String, Long> lines = new HashMap<>();
    for (Row r : reader.read().parquet(out.resolve(Tables.ARTICLES).toString()).select("article_id", "line")
        .collectAsList()) {
      assertThat(lines.put(r.getString(0), r.getLong(1))).as("duplicate " + r.getString(0)).isNull();
    }
    assertThat(lines).isEqualTo(LINES);

    Map<Long, String> rejects = new HashMap<>();
    for (Row r : reader.read().parquet(out.resolve(Tables.REJECTS).toString())
        .select("line", "id", "code", "origin").collectAsList()) {
      assertThat(r.getString(3)).endsWith(corpus.getFileName().toString());
      assertThat(expected.rejects()).containsKey(r.getString(1));
      rejects.put(r.getLong(0), r.getString(2));
    }
    assertThat(rejects).isEqualTo(BAD_LINES);
  }

  /** The generated articles, with a cut line and a line of Latin-1 bytes among them. */
  private static Path writeCorpus(Path file) throws IOException {
    List<String> texts = SampleCorpus.texts(ARTICLES, SEED);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    long line = 0;
    for (int i = 0; i < texts.size(); i++) {
      if (i == texts.size() / 3) {
        out.writeBytes("{\"id\": \"cut\", \"text\": \"the line ends in the mid\n".getBytes(StandardCharsets.UTF_8));
        BAD_LINES.put(++line, Document.Problem.NOT_JSON_OBJECT.code());
      }
      if (i == 2 * texts.size() / 3) {
        out.writeBytes("{\"id\": \"latin1\", \"text\": \"caf".getBytes(StandardCharsets.UTF_8));
        out.writeBytes(new byte[] {(byte) 0xE9, '"', '}', '\n'});
        BAD_LINES.put(++line, Document.Problem.NOT_UTF8.code());
      }
      String id = String.format(Locale.ROOT, "cluster-%05d", i + 1);
      out.writeBytes(SampleCorpus.line(id, texts.get(i)).getBytes(StandardCharsets.UTF_8));
      LINES.put(id, ++line);
    }
    Files.write(file, out.toByteArray());
    return file;
  }

  /** Prints the job's rate per executor core beside the library's, from the same corpus and test run. */
  private static void printFigures(ClusterProcess driver) throws IOException {
    Matcher m = Pattern.compile("(\\d+) records in ([\\d.]+) s").matcher(driver.output());
    assertThat(m.find()).as(driver.tail()).isTrue();
    long records = Long.parseLong(m.group(1));
    double jobSeconds = Double.parseDouble(m.group(2));
    String figures = String.format(Locale.ROOT,
        "cluster figures, %d records, %.1f MB: standalone cluster, 2 executors x 1 core, whole job %.1f s,"
            + " %.0f articles/s per executor core; library Corpus.ofJsonLines, 2 threads, cold %.1f s"
            + " (%.0f articles/s per core), warm %.1f s (%.0f articles/s per core); load average %s%n",
        records, Files.size(corpus) / 1e6, jobSeconds, records / jobSeconds / 2, libraryColdSeconds,
        records / libraryColdSeconds / 2, libraryWarmSeconds, records / libraryWarmSeconds / 2, loadAverage());
    System.out.print(figures);
    Files.writeString(work.resolve("figures.txt"), figures);
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).trim();
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static double seconds(long start) {
    return (System.nanoTime() - start) / 1e9;
  }

  private static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
