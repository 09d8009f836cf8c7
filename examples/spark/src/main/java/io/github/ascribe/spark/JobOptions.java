package io.github.ascribe.spark;

import io.github.ascribe.citations.SourceLineScope;
import java.util.Locale;
import java.util.Objects;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The job's settings, from its command line.
 *
 * <pre>{@code
 * JobOptions o = JobOptions.parse("--input", "corpus.jsonl", "--output", "out", "--format", "csv");
 * o.format();        // CSV
 * o.partitions();    // 0: let the job choose
 * }</pre>
 *
 * <p>Command line: {@code --input PATH --output DIR [--input-format auto|jsonl|text]
 * [--format parquet|csv] [--partitions N] [--master URL] [--registry FILE] [--scope paragraph|section]
 * [--strict] [--locale TAG] [--top N]}, read with picocli. Immutable and thread-safe.
 *
 * @param input a JSON Lines file, a directory or glob of them, or a directory of text files
 * @param inputFormat how to read {@code input}
 * @param output the output directory (replaced)
 * @param format the table format
 * @param partitions how many partitions to analyse in; 0 lets the job choose (see {@code docs/scale.md})
 * @param master the Spark master for a run without {@code spark-submit}, or null
 * @param registry a registry file (local, HDFS, S3 ... path) whose entries extend the bundled registry,
 *     or null
 * @param scope what a source line covers
 * @param strict strict notation parsing
 * @param languageTag the locale for sentence segmentation
 * @param top how many sources and unresolved names the audit lists
 */
public record JobOptions(
    String input,
    InputFormat inputFormat,
    String output,
    OutputFormat format,
    int partitions,
    String master,
    String registry,
    SourceLineScope scope,
    boolean strict,
    String languageTag,
    int top) {

  /** How the input is read. */
  public enum InputFormat {
    /** A directory is a directory of text files; anything else is JSON Lines. */
    AUTO,
    /** JSON Lines: one {@code {"id": ..., "text": ...}} object per line. */
    JSONL,
    /** A directory of {@code .txt} and {@code .md} files, recursively; the id is the relative path. */
    TEXT
  }

  /** How the tables are written. */
  public enum OutputFormat {
    /** Apache Parquet, with array columns as arrays. */
    PARQUET,
    /** CSV with a header; array columns are joined with {@code ;}. */
    CSV
  }

  /** Checks the fields. */
  public JobOptions {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(inputFormat, "inputFormat");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(languageTag, "languageTag");
    if (partitions < 0) {
      throw new IllegalArgumentException("partitions must be >= 0: " + partitions);
    }
    if (top < 0) {
      throw new IllegalArgumentException("top must be >= 0: " + top);
    }
  }

  /**
   * Reads a command line.
   *
   * @param args the arguments
   * @return the options
   * @throws IllegalArgumentException with a usage message for a bad or missing argument
   */
  public static JobOptions parse(String... args) {
    Arguments a = new Arguments();
    try {
      new CommandLine(a).parseArgs(args);
    } catch (UnmatchedArgumentException e) {
      throw new IllegalArgumentException("unknown argument: " + String.join(" ", e.getUnmatched()) + "\n" + USAGE, e);
    } catch (ParameterException e) {
      throw new IllegalArgumentException(e.getMessage() + "\n" + USAGE, e);
    }
    if (a.input == null || a.output == null) { // checked here, so that an unknown argument is named first
      throw new IllegalArgumentException("--input and --output are required\n" + USAGE);
    }
    return new JobOptions(a.input, a.inputFormat, a.output, a.format, a.partitions, a.master, a.registry, a.scope,
        a.strict, a.languageTag, a.top);
  }

  /** The command line's synopsis. */
  public static final String USAGE = "usage: AscribeSparkJob --input PATH --output DIR"
      + " [--input-format auto|jsonl|text] [--format parquet|csv] [--partitions N] [--master URL]"
      + " [--registry FILE] [--scope paragraph|section] [--strict] [--locale TAG] [--top N]";

  /** The options as picocli fills them; {@link #parse(String...)} turns them into a record. */
  @Command(name = "AscribeSparkJob")
  static final class Arguments {
    @Option(names = "--input", paramLabel = "PATH")
    String input;

    @Option(names = "--output", paramLabel = "DIR")
    String output;

    @Option(names = "--input-format", paramLabel = "auto|jsonl|text", converter = InputFormatChoice.class)
    InputFormat inputFormat = InputFormat.AUTO;

    @Option(names = "--format", paramLabel = "parquet|csv", converter = OutputFormatChoice.class)
    OutputFormat format = OutputFormat.PARQUET;

    @Option(names = "--partitions", paramLabel = "N")
    int partitions;

    @Option(names = "--master", paramLabel = "URL")
    String master;

    @Option(names = "--registry", paramLabel = "FILE")
    String registry;

    @Option(names = "--scope", paramLabel = "paragraph|section", converter = ScopeChoice.class)
    SourceLineScope scope = SourceLineScope.PARAGRAPH_ABOVE;

    @Option(names = "--strict")
    boolean strict;

    @Option(names = "--locale", paramLabel = "TAG")
    String languageTag = Locale.ENGLISH.toLanguageTag();

    @Option(names = "--top", paramLabel = "N")
    int top = 20;
  }

  /** An enum constant by its name in any case: {@code --format csv}. */
  private static <E extends Enum<E>> E choice(Class<E> type, String s) {
    try {
      return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new TypeConversionException("unknown value " + s);
    }
  }

  static final class InputFormatChoice implements CommandLine.ITypeConverter<InputFormat> {
    @Override
    public InputFormat convert(String s) {
      return choice(InputFormat.class, s);
    }
  }

  static final class OutputFormatChoice implements CommandLine.ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String s) {
      return choice(OutputFormat.class, s);
    }
  }

  static final class ScopeChoice implements CommandLine.ITypeConverter<SourceLineScope> {
    @Override
    public SourceLineScope convert(String s) {
      return switch (s) {
        case "paragraph" -> SourceLineScope.PARAGRAPH_ABOVE;
        case "section" -> SourceLineScope.SECTION_ABOVE;
        default -> throw new TypeConversionException("--scope must be paragraph or section: " + s);
      };
    }
  }
}
