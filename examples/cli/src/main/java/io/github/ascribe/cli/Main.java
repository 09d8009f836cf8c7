package io.github.ascribe.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code ascribe} command: {@code analyze}, {@code notation} and {@code sources} subcommands.
 *
 * <pre>{@code
 * $ java -jar examples/cli/target/ascribe.jar analyze --format html -o report.html article.txt
 * $ java -jar examples/cli/target/ascribe.jar notation "Reuters, AP News +2"
 *
 * // in a program or a test: no System.exit, streams of your choice
 * int code = Main.run(new String[] {"sources", "reuters"}, System.in, System.out, System.err, false);
 * }</pre>
 *
 * <p>Exit codes: 0 done; 1 when {@code analyze --min-coverage} is not met by some file; 2 for a usage
 * error or an input that cannot be read; 3 for an internal error (a bug). Output is always UTF-8.
 * Each call of {@link #run} is independent, so it is safe to call from several threads.
 */
@Command(
    name = "ascribe",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = HelpCommand.class,
    description = "Reads news-like text and tells, claim by claim, who says so.",
    footer = {"", "Exit codes: 0 done, 1 --min-coverage not met, 2 usage error or unreadable input, 3 internal error."})
public final class Main implements Runnable {

  /** Exit code: done. */
  public static final int OK = 0;
  /** Exit code: {@code --min-coverage} not met by at least one file. */
  public static final int BELOW_MIN_COVERAGE = 1;
  /** Exit code: usage error, or an input or registry file that cannot be read. */
  public static final int USAGE = 2;
  /** Exit code: an unexpected internal error; the stack trace is printed. */
  public static final int INTERNAL = 3;

  @Spec private CommandSpec spec;

  private Main() {}

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "Missing subcommand: analyze, notation, sources or help");
  }

  /**
   * Runs the command with the process's streams and exits with its exit code.
   *
   * @param args the command-line arguments
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, System.out, System.err, System.console() != null));
  }

  /**
   * Runs the command without exiting.
   *
   * @param args the command-line arguments
   * @param in what {@code -} reads
   * @param out where reports go (UTF-8); flushed, not closed
   * @param err where messages and progress go (UTF-8); flushed, not closed
   * @param interactive whether a person watches {@code err}: progress lines are printed only then
   * @return the exit code
   */
  public static int run(String[] args, InputStream in, OutputStream out, OutputStream err, boolean interactive) {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    Terminal terminal = new Terminal(in, interactive);
    CommandLine cmd = new CommandLine(new Main())
        .addSubcommand(new AnalyzeCommand(terminal))
        .addSubcommand(new NotationCommand(terminal))
        .addSubcommand(new SourcesCommand());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setOut(o);
    cmd.setErr(e);
    cmd.setExecutionExceptionHandler((ex, line, parsed) -> {
      line.getOut().flush();
      if (ex instanceof CliException c) {
        line.getErr().println("ascribe: " + c.getMessage());
        return USAGE;
      }
      line.getErr().println("ascribe: internal error: " + ex);
      ex.printStackTrace(line.getErr());
      return INTERNAL;
    });
    try {
      return cmd.execute(args);
    } finally {
      o.flush();
      e.flush();
    }
  }
}
