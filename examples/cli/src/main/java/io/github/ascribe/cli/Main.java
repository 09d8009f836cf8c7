package io.github.ascribe.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
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
 * <p>Exit codes: 0 done; 1 when {@code analyze --min-coverage} is not met by some file (a file with no
 * claims does not meet it); 2 for a usage error or an input that cannot be read; 3 for an internal
 * error, out of memory included (one line; the stack trace with {@code --debug}); 4 when some input
 * was not analysed whole (truncated). When several apply: 3, then 2, 4, 1. Output is always UTF-8.
 * Each call of {@link #run} is independent, so it is safe to call from several threads.
 */
@Command(
    name = "ascribe",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    subcommands = HelpCommand.class,
    description = "Reads news-like text and tells, claim by claim, who says so.",
    exitCodeListHeading = Main.EXIT_CODES,
    exitCodeList = {Main.EXIT_0, Main.EXIT_1, Main.EXIT_2, Main.EXIT_3, Main.EXIT_4})
public final class Main implements Runnable {

  static final String EXIT_CODES = "%nExit codes (when several apply: 3, then 2, 4, 1):%n";
  static final String EXIT_0 = "0:done";
  static final String EXIT_1 = "1:analyze --min-coverage not met by some file (no claims does not meet it)";
  static final String EXIT_2 = "2:usage error, or an input, registry or output file that cannot be read or written";
  static final String EXIT_3 = "3:internal error, out of memory included (the stack trace with --debug)";
  static final String EXIT_4 = "4:some input was not analysed whole (an input-truncated error)";

  /** Exit code: done. */
  public static final int OK = 0;
  /** Exit code: {@code --min-coverage} not met by at least one file. */
  public static final int BELOW_MIN_COVERAGE = 1;
  /** Exit code: usage error, or an input or registry file that cannot be read. */
  public static final int USAGE = 2;
  /** Exit code: an unexpected internal error or out of memory; one line, the stack trace with {@code --debug}. */
  public static final int INTERNAL = 3;
  /** Exit code: some input was not analysed whole (an {@code input-truncated} error). */
  public static final int TRUNCATED = 4;

  @Spec private CommandSpec spec;

  @Option(names = "--debug", scope = ScopeType.INHERIT,
      description = "On an internal error, print the stack trace.")
  private boolean debug;

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
    Terminal terminal = new Terminal(System.in, System.err, Terminal.isTerminal(2), Terminal.isTerminal(1),
        System.getenv());
    System.exit(run(args, System.out, System.err, terminal));
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
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    return run(args, out, err, new Terminal(in, errStream, interactive, false, Map.of()));
  }

  /**
   * Runs the command without exiting, on a terminal described in full.
   *
   * @param args the command-line arguments
   * @param out where reports go (UTF-8); flushed, not closed
   * @param err where messages go (UTF-8); flushed, not closed
   * @param terminal standard input, the progress stream, what is a terminal, the environment
   * @return the exit code
   */
  static int run(String[] args, OutputStream out, OutputStream err, Terminal terminal) {
    PrintWriter o = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    PrintWriter e = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true);
    CommandLine cmd = new CommandLine(new Main())
        .addSubcommand(new AnalyzeCommand(terminal))
        .addSubcommand(new NotationCommand(terminal))
        .addSubcommand(new SourcesCommand());
    cmd.setCaseInsensitiveEnumValuesAllowed(true);
    cmd.setOut(o);
    cmd.setErr(e);
    Main main = (Main) cmd.getCommand();
    cmd.setExecutionExceptionHandler((ex, line, parsed) -> {
      line.getOut().flush();
      if (ex instanceof CliException c) {
        line.getErr().println("ascribe: " + c.getMessage());
        return USAGE;
      }
      return internal(ex, line.getErr(), main.debug);
    });
    try {
      return cmd.execute(args);
    } catch (OutOfMemoryError | StackOverflowError ex) {
      o.flush();
      return internal(ex, e, main.debug);
    } finally {
      o.flush();
      e.flush();
    }
  }

  /** Says an internal error in one line (and its stack trace with {@code --debug}). */
  private static int internal(Throwable ex, PrintWriter err, boolean debug) {
    if (ex instanceof OutOfMemoryError) {
      err.println("ascribe: out of memory (" + ex.getMessage() + "): give Java more (java -Xmx2g -jar ascribe.jar ...)"
          + " or lower --chunk-size or --max-paragraph");
    } else {
      err.println("ascribe: internal error: " + ex + (debug ? "" : " (--debug shows where; please report it)"));
    }
    if (debug) {
      ex.printStackTrace(err);
    }
    return INTERNAL;
  }
}
