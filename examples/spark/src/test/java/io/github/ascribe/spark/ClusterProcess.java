package io.github.ascribe.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One JVM that a test started (a Spark master, worker or driver), with its standard output and error
 * in a log file that the test reads to see what it is doing. Every wait is bounded.
 *
 * <pre>{@code
 * ClusterProcess master = ClusterProcess.start("master", command, environment, log);
 * Matcher m = master.await(Pattern.compile("Starting Spark master at (spark://\\S+)"), Duration.ofMinutes(3));
 * master.stop(Duration.ofSeconds(20));
 * }</pre>
 */
final class ClusterProcess {

  private static final long POLL_MILLIS = 100;

  private final String name;
  private final Process process;
  private final Path log;

  private ClusterProcess(String name, Process process, Path log) {
    this.name = name;
    this.process = process;
    this.log = log;
  }

  /**
   * Starts a process; its standard input stays open (see {@link ExitWithParent}).
   *
   * @param name a name for messages
   * @param builder the command and environment
   * @param log the file for its output
   * @return the running process
   * @throws IOException if it cannot be started
   */
  static ClusterProcess start(String name, ProcessBuilder builder, Path log) throws IOException {
    Files.createDirectories(log.getParent());
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    return new ClusterProcess(name, builder.start(), log);
  }

  String name() {
    return name;
  }

  ProcessHandle handle() {
    return process.toHandle();
  }

  Path log() {
    return log;
  }

  /**
   * Waits for a line of the log that matches.
   *
   * @param pattern what to find
   * @param timeout how long to wait at most
   * @return the first match
   * @throws IllegalStateException if the process ends or the time runs out first, with the log's end
   */
  Matcher await(Pattern pattern, Duration timeout) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      boolean alive = process.isAlive();
      Matcher m = pattern.matcher(output());
      if (m.find()) {
        return m;
      }
      if (!alive) {
        throw new IllegalStateException(name + " exited with " + process.exitValue() + " before printing "
            + pattern + "\n" + tail());
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(name + " did not print " + pattern + " within " + timeout + "\n" + tail());
      }
      sleep(POLL_MILLIS);
    }
  }

  /**
   * Waits for the process to end.
   *
   * @param timeout how long to wait at most
   * @return its exit code
   * @throws IllegalStateException if it is still running after the timeout (it is then left running:
   *     {@link #stop} ends it)
   */
  int awaitExit(Duration timeout) {
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new IllegalStateException(name + " still running after " + timeout + "\n" + tail());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for " + name, e);
    }
    return process.exitValue();
  }

  /** The whole log so far. */
  String output() {
    try {
      return Files.exists(log) ? new String(Files.readAllBytes(log), StandardCharsets.UTF_8) : "";
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The last lines of the log, for a failure message. */
  String tail() {
    List<String> lines = output().lines().toList();
    return "--- last lines of " + log + ":\n"
        + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
  }

  /**
   * Stops the process and everything it started: descendants first (a worker's executors), then the
   * process; politely, then forcibly after the grace time. Safe to call more than once.
   *
   * @param grace how long each step waits before the next
   */
  void stop(Duration grace) {
    List<ProcessHandle> descendants;
    try (Stream<ProcessHandle> s = process.descendants()) {
      descendants = s.toList();
    }
    descendants.forEach(ProcessHandle::destroy);
    process.destroy();
    waitFor(descendants, process.toHandle(), grace);
    descendants.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
    waitFor(descendants, process.toHandle(), grace);
  }

  private static void waitFor(List<ProcessHandle> descendants, ProcessHandle self, Duration grace) {
    long deadline = System.nanoTime() + grace.toNanos();
    while (System.nanoTime() < deadline
        && (self.isAlive() || descendants.stream().anyMatch(ProcessHandle::isAlive))) {
      sleep(POLL_MILLIS);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
