package io.github.ascribe.core.registry;

/**
 * A registry file could not be read: names the file (or origin) and the 1-based line.
 *
 * <pre>{@code
 * try {
 *   SourceRegistry.load(Path.of("my-sources.tsv"));
 * } catch (RegistryFormatException e) {
 *   System.err.println(e.getMessage());   // "my-sources.tsv:12: kind must be one of ..."
 * }
 * }</pre>
 */
public final class RegistryFormatException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String origin;
  private final int line;

  /**
   * Creates the exception.
   *
   * @param origin file name or other description of where the data came from
   * @param line 1-based line number, or 0 if not tied to a line
   * @param message what is wrong
   */
  public RegistryFormatException(String origin, int line, String message) {
    super(origin + (line > 0 ? ":" + line : "") + ": " + message);
    this.origin = origin;
    this.line = line;
  }

  /**
   * Where the data came from.
   *
   * @return the origin given when parsing
   */
  public String origin() {
    return origin;
  }

  /**
   * The 1-based line of the problem, or 0.
   *
   * @return the line number
   */
  public int line() {
    return line;
  }
}
