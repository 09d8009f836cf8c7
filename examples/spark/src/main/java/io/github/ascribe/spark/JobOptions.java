package io.github.ascribe.spark;

import io.github.ascribe.citations.SourceLineScope;
import java.util.Locale;
import java.util.Objects;

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
 * [--strict] [--locale TAG] [--top N]}. Immutable and thread-safe.
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
    String input = null;
    String output = null;
    InputFormat inputFormat = InputFormat.AUTO;
    OutputFormat format = OutputFormat.PARQUET;
    int partitions = 0;
    String master = null;
    String registry = null;
    SourceLineScope scope = SourceLineScope.PARAGRAPH_ABOVE;
    boolean strict = false;
    String languageTag = Locale.ENGLISH.toLanguageTag();
    int top = 20;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "--input" -> input = value(args, ++i, a);
        case "--output" -> output = value(args, ++i, a);
        case "--input-format" -> inputFormat = choice(InputFormat.class, value(args, ++i, a), a);
        case "--format" -> format = choice(OutputFormat.class, value(args, ++i, a), a);
        case "--partitions" -> partitions = number(value(args, ++i, a), a);
        case "--master" -> master = value(args, ++i, a);
        case "--registry" -> registry = value(args, ++i, a);
        case "--scope" -> scope = "section".equals(value(args, ++i, a)) ? SourceLineScope.SECTION_ABOVE
            : "paragraph".equals(args[i]) ? SourceLineScope.PARAGRAPH_ABOVE
            : fail("--scope must be paragraph or section: " + args[i]);
        case "--strict" -> strict = true;
        case "--locale" -> languageTag = value(args, ++i, a);
        case "--top" -> top = number(value(args, ++i, a), a);
        default -> fail("unknown argument: " + a);
      }
    }
    if (input == null || output == null) {
      fail("--input and --output are required");
    }
    return new JobOptions(input, inputFormat, output, format, partitions, master, registry, scope, strict,
        languageTag, top);
  }

  /** The command line's synopsis. */
  public static final String USAGE = "usage: AscribeSparkJob --input PATH --output DIR"
      + " [--input-format auto|jsonl|text] [--format parquet|csv] [--partitions N] [--master URL]"
      + " [--registry FILE] [--scope paragraph|section] [--strict] [--locale TAG] [--top N]";

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      fail(option + " needs a value");
    }
    return args[i];
  }

  private static int number(String s, String option) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      return fail(option + " needs a number: " + s);
    }
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String s, String option) {
    try {
      return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return fail(option + ": unknown value " + s);
    }
  }

  private static <T> T fail(String message) {
    throw new IllegalArgumentException(message + "\n" + USAGE);
  }
}
