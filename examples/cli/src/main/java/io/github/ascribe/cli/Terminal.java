package io.github.ascribe.cli;

import java.io.InputStream;
import java.util.Objects;

/**
 * What the commands get from the process besides their arguments: standard input, and whether a
 * person watches standard error (then {@code analyze} prints progress).
 *
 * <pre>{@code
 * new Terminal(System.in, System.console() != null);
 * }</pre>
 *
 * @param in what {@code -} reads
 * @param interactive whether progress lines are wanted
 */
record Terminal(InputStream in, boolean interactive) {

  Terminal {
    Objects.requireNonNull(in, "in");
  }
}
