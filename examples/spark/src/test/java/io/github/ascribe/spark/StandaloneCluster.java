package io.github.ascribe.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A Spark standalone cluster on 127.0.0.1 for tests: a master and workers, each a JVM of its own,
 * started from a {@code SPARK_HOME} folder (Spark's {@code jars/} and a {@code conf/}) as Spark's
 * scripts would start them, and drivers submitted to it with {@code SparkSubmit}, the class behind
 * {@code spark-submit}. Ports are chosen by the system. Closing it stops every process it started and
 * their children (the executors), also when a test fails; a shutdown hook does the same if the test
 * JVM is stopped, and {@link ExitWithParent} makes each process exit if the test JVM is killed.
 *
 * <pre>{@code
 * try (StandaloneCluster cluster = StandaloneCluster.start(sparkHome, workDir, 2, Duration.ofMinutes(3))) {
 *   ClusterProcess driver = cluster.submit("run1", List.of("--class", "Main", "--executor-memory", "512m", "app.jar"));
 *   driver.awaitExit(Duration.ofMinutes(3));
 * }
 * }</pre>
 */
final class StandaloneCluster implements AutoCloseable {

  /** Spark's class for executors, as the worker starts them. */
  static final String EXECUTOR_CLASS = "org.apache.spark.executor.CoarseGrainedExecutorBackend";

  private static final Pattern MASTER_URL = Pattern.compile("Starting Spark master at (spark://\\S+)");
  private static final Pattern LEADER = Pattern.compile("I have been elected leader");
  private static final Pattern REGISTERED = Pattern.compile("Successfully registered with master");
  private static final Duration GRACE = Duration.ofSeconds(15);

  private final Path sparkHome;
  private final Path dir;
  private final Duration timeout;
  private final List<ClusterProcess> processes = new ArrayList<>();
  private final List<ClusterProcess> workers = new ArrayList<>();
  private final Thread shutdownHook = new Thread(this::stopAll, "stop-spark-cluster");
  private String masterUrl;

  private StandaloneCluster(Path sparkHome, Path dir, Duration timeout) {
    this.sparkHome = sparkHome;
    this.dir = dir;
    this.timeout = timeout;
  }

  /**
   * Starts a master and workers of one core and 1 GiB each, and waits until every worker has
   * registered with the master.
   *
   * @param sparkHome a folder with Spark's {@code jars/}
   * @param dir where logs, work directories and the launcher go
   * @param workerCount how many workers
   * @param timeout how long each wait may take at most
   * @return the running cluster
   * @throws IOException if a process cannot be started
   */
  static StandaloneCluster start(Path sparkHome, Path dir, int workerCount, Duration timeout) throws IOException {
    StandaloneCluster cluster = new StandaloneCluster(sparkHome, dir, timeout);
    Runtime.getRuntime().addShutdownHook(cluster.shutdownHook);
    try {
      cluster.startAll(workerCount);
      return cluster;
    } catch (IOException | RuntimeException e) {
      cluster.close();
      throw e;
    }
  }

  private void startAll(int workerCount) throws IOException {
    copyLauncher();
    ClusterProcess master = launch("master", List.of("-Xmx256m"), List.of("org.apache.spark.deploy.master.Master",
        "--host", "127.0.0.1", "--port", "0", "--webui-port", "0"));
    masterUrl = master.await(MASTER_URL, timeout).group(1);
    master.await(LEADER, timeout);
    for (int i = 1; i <= workerCount; i++) {
      Path work = Files.createDirectories(dir.resolve("worker-" + i));
      workers.add(launch("worker-" + i, List.of("-Xmx256m"), List.of("org.apache.spark.deploy.worker.Worker",
          masterUrl, "--host", "127.0.0.1", "--cores", "1", "--memory", "1g", "--webui-port", "0",
          "--work-dir", work.toString())));
    }
    for (ClusterProcess w : workers) {
      w.await(REGISTERED, timeout);
    }
  }

  /** The master's URL, {@code spark://127.0.0.1:PORT}. */
  String masterUrl() {
    return masterUrl;
  }

  List<ClusterProcess> workers() {
    return List.copyOf(workers);
  }

  /**
   * Submits an application in client mode, as {@code spark-submit --master URL ARGS} does: a driver
   * JVM with Spark's class path only; the application jar named in the arguments reaches the driver
   * and the executors through Spark.
   *
   * @param name a name for the driver's log
   * @param args {@code spark-submit}'s arguments after {@code --master}
   * @return the driver
   * @throws IOException if it cannot be started
   */
  ClusterProcess submit(String name, List<String> args) throws IOException {
    List<String> main = new ArrayList<>(List.of("org.apache.spark.deploy.SparkSubmit", "--master", masterUrl,
        "--deploy-mode", "client"));
    main.addAll(args);
    return launch(name, List.of("-Xmx1g"), main);
  }

  /**
   * The executors running now: the executor JVMs the workers started.
   *
   * @return their processes
   */
  List<ProcessHandle> executors() {
    List<ProcessHandle> executors = new ArrayList<>();
    for (ClusterProcess w : workers) {
      try (Stream<ProcessHandle> s = w.handle().descendants()) {
        s.filter(p -> p.isAlive() && isExecutor(p)).forEach(executors::add);
      }
    }
    return executors;
  }

  private static boolean isExecutor(ProcessHandle p) {
    Optional<String[]> args = p.info().arguments();
    return args.isPresent() && Arrays.asList(args.get()).contains(EXECUTOR_CLASS)
        || p.info().commandLine().map(c -> c.contains(EXECUTOR_CLASS)).orElse(false);
  }

  /** Stops every process, newest first (drivers, workers with their executors, the master). */
  @Override
  public void close() {
    stopAll();
    try {
      Runtime.getRuntime().removeShutdownHook(shutdownHook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook runs stopAll itself
    }
  }

  private synchronized void stopAll() {
    for (int i = processes.size() - 1; i >= 0; i--) {
      processes.get(i).stop(GRACE);
    }
  }

  private synchronized ClusterProcess launch(String name, List<String> jvm, List<String> main) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvm);
    command.addAll(Arrays.asList(System.getProperty("spark.jvm.opens", "").trim().split("\\s+")));
    command.add("-Dlog4j2.configurationFile=" + sparkHome.resolve("conf/log4j2.properties").toUri());
    command.add("-cp");
    command.add(dir.resolve("launcher") + java.io.File.pathSeparator + sparkHome.resolve("conf")
        + java.io.File.pathSeparator + sparkHome.resolve("jars") + java.io.File.separator + "*");
    command.add(ExitWithParent.class.getName());
    command.addAll(main);
    command.removeIf(String::isEmpty);
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    Map<String, String> env = builder.environment();
    // what Spark's scripts would read from the environment, so that nothing of the machine leaks in
    env.keySet().removeIf(k -> k.startsWith("SPARK_") || k.startsWith("HADOOP_") || k.startsWith("YARN_")
        || k.startsWith("PYSPARK_") || k.equals("JAVA_TOOL_OPTIONS") || k.equals("_JAVA_OPTIONS"));
    env.put("SPARK_HOME", sparkHome.toString());
    env.put("SPARK_SCALA_VERSION", "2.13");
    env.put("SPARK_LOCAL_IP", "127.0.0.1");
    ClusterProcess p = ClusterProcess.start(name, builder, dir.resolve("logs").resolve(name + ".log"));
    processes.add(p);
    return p;
  }

  /** Copies {@link ExitWithParent}, alone, to {@code launcher/} beside Spark's class path. */
  private void copyLauncher() throws IOException {
    String file = ExitWithParent.class.getName().replace('.', '/') + ".class";
    Path target = dir.resolve("launcher").resolve(file);
    Files.createDirectories(target.getParent());
    try (InputStream in = ExitWithParent.class.getClassLoader().getResourceAsStream(file)) {
      if (in == null) {
        throw new IOException("not on the class path: " + file);
      }
      Files.write(target, in.readAllBytes());
    }
  }
}
