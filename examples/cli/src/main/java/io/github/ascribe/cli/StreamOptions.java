package io.github.ascribe.cli;

import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * The options of {@code analyze} about size and output: how large an input may be, how it is cut
 * into pieces, and how quiet and wide the output is. Sizes take a {@code K}, {@code M} or {@code G}
 * suffix (binary: {@code 1M} is 1,048,576).
 *
 * <pre>{@code
 * ascribe analyze --max-size 4G --chunk-size 256K --max-paragraph 64M -f jsonl big.txt
 * }</pre>
 */
final class StreamOptions {

  /** The largest {@code --max-size}: offsets in reports are 32-bit. */
  static final long MAX_SIZE_LIMIT = Integer.MAX_VALUE;

  @Option(names = "--max-size", paramLabel = "SIZE", defaultValue = "1G", converter = Size.class,
      description = "Refuse an input larger than SIZE bytes (default: ${DEFAULT-VALUE}; at most 2G-1).")
  long maxSize;

  @Option(names = "--chunk-size", paramLabel = "SIZE", defaultValue = "1M", converter = Size.class,
      description = "Analyse input in pieces of about SIZE characters, cut between paragraphs (default:"
          + " ${DEFAULT-VALUE}). Memory grows with it.")
  long chunkSize;

  @Option(names = "--max-paragraph", paramLabel = "SIZE", defaultValue = "16M", converter = Size.class,
      description = "Analyse at most SIZE characters of one paragraph; the rest is skipped with an"
          + " input-truncated error and exit code 4 (default: ${DEFAULT-VALUE}).")
  long maxParagraph;

  @Option(names = {"-q", "--quiet"}, description = "No progress bar on standard error (problems are still said).")
  boolean quiet;

  @Option(names = "--wide", description = "Text report: show every claim whole, however wide the terminal.")
  boolean wide;

  /**
   * Checks the values against each other.
   *
   * @return an error message, or null if they are fine
   */
  String check() {
    if (maxSize < 1 || maxSize > MAX_SIZE_LIMIT) {
      return "--max-size must be from 1 to 2G-1 bytes: " + maxSize;
    }
    if (chunkSize < 1 || chunkSize > Integer.MAX_VALUE / 4) {
      return "--chunk-size must be from 1 to 512M: " + chunkSize;
    }
    if (maxParagraph < 2 || maxParagraph > Integer.MAX_VALUE / 4) {
      return "--max-paragraph must be from 2 to 512M: " + maxParagraph;
    }
    return null;
  }

  /**
   * The per-call limit for the analyser: a piece is at most twice {@code --chunk-size} plus its last
   * line, so the library's own cut never applies to the CLI's pieces.
   *
   * @return the analyser's {@code maxInput}
   */
  int analyzerMaxInput() {
    return (int) Math.min(Integer.MAX_VALUE - 16L, 2 * chunkSize + maxParagraph + 16);
  }

  /** Converts {@code 512}, {@code 64K}, {@code 16M}, {@code 1G} to a number. */
  static final class Size implements ITypeConverter<Long> {

    @Override
    public Long convert(String value) {
      String v = value.trim().toUpperCase(Locale.ROOT);
      long unit = 1;
      if (v.endsWith("B")) {
        v = v.substring(0, v.length() - 1);
      }
      if (!v.isEmpty()) {
        switch (v.charAt(v.length() - 1)) {
          case 'K' -> unit = 1L << 10;
          case 'M' -> unit = 1L << 20;
          case 'G' -> unit = 1L << 30;
          default -> unit = 1;
        }
      }
      String digits = unit == 1 ? v : v.substring(0, v.length() - 1);
      if (digits.isEmpty() || digits.length() > 12 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
        throw new TypeConversionException("'" + value + "' is not a size like 512, 64K, 16M or 1G");
      }
      return Long.parseLong(digits) * unit;
    }
  }
}
