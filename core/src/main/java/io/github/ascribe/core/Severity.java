package io.github.ascribe.core;

/** How serious a {@link Diagnostic} is. */
public enum Severity {
  /** The input is broken: part of it could not be understood at all. */
  ERROR,
  /** The input was understood, but something in it is contradictory or suspicious. */
  WARNING,
  /** A note on how the input was read; nothing is wrong. */
  INFO
}
