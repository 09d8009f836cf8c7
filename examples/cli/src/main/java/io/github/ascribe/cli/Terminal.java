package io.github.ascribe.cli;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;
import java.util.Objects;

/**
 * What the commands get from the process besides their arguments: standard input, standard error as
 * a byte stream (for the progress bar), whether standard error and standard output are terminals,
 * and the environment ({@code COLUMNS}, {@code NO_COLOR}, {@code TERM}).
 *
 * <pre>{@code
 * new Terminal(System.in, System.err, true, true, System.getenv());
 * }</pre>
 *
 * @param in what {@code -} reads
 * @param err standard error, for the progress bar
 * @param interactive whether standard error is a terminal a person watches: progress is shown then
 * @param stdoutTerminal whether standard output is a terminal: the text report fits its width and has colour then
 * @param env the environment variables
 */
record Terminal(InputStream in, PrintStream err, boolean interactive, boolean stdoutTerminal, Map<String, String> env) {

  Terminal {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(err, "err");
    env = Map.copyOf(env);
  }

  /**
   * Whether a standard stream of this process is a terminal, asked of {@code test -t} with the
   * stream inherited (Java 17 has no direct way; {@code System.console()} needs all three).
   *
   * @param fd 1 for standard output, 2 for standard error
   * @return true if it is a terminal; false when it cannot be told
   */
  static boolean isTerminal(int fd) {
    try {
      ProcessBuilder pb = new ProcessBuilder("sh", "-c", "test -t " + fd);
      if (fd == 1) {
        pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
      } else {
        pb.redirectError(ProcessBuilder.Redirect.INHERIT);
      }
      return pb.start().waitFor() == 0;
    } catch (java.io.IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
