package io.github.ascribe.cli;

/**
 * A problem the user can fix (an unreadable file, a bad registry): printed as one line
 * {@code ascribe: MESSAGE}, exit code 2.
 *
 * <pre>{@code
 * throw new CliException("notes.txt: no such file");
 * }</pre>
 */
final class CliException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CliException(String message) {
    super(message);
  }
}
