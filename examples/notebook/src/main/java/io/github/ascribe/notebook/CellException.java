package io.github.ascribe.notebook;

import java.util.List;

/**
 * What a cell's failure shows in the notebook: the name and message of the error and the lines under them
 * (the compiler's messages with the cell line and a caret, or the cell's exception with the frames that
 * belong to the cell, never the kernel's own).
 */
public final class CellException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String name;
  private final List<String> traceback;

  /**
   * An error output.
   *
   * @param name the error's name ({@code CompilationException}, {@code IllegalStateException}, ...)
   * @param message one line
   * @param traceback the lines shown under it
   */
  public CellException(String name, String message, List<String> traceback) {
    super(message == null ? "" : message);
    this.name = name;
    this.traceback = List.copyOf(traceback);
  }

  /** @return the error's name, as Jupyter's {@code ename} */
  public String name() {
    return name;
  }

  /** @return the lines shown under the message, as Jupyter's {@code traceback} */
  public List<String> traceback() {
    return traceback;
  }
}
