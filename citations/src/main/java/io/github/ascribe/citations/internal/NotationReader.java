package io.github.ascribe.citations.internal;

import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.core.registry.SourceRegistry;

/**
 * Transitional: {@link io.github.ascribe.citations.internal.notation.NotationReader} under its old
 * name, for the article code of this package until it moves to its own package and imports that
 * class (issue 17); then this goes. Same constructor, methods and results.
 */
public final class NotationReader {

  private final io.github.ascribe.citations.internal.notation.NotationReader reader;

  /**
   * Creates a reader.
   *
   * @param registry the registry names resolve against
   * @param strict no fuzzy matching, and unresolved names are warnings
   */
  public NotationReader(SourceRegistry registry, boolean strict) {
    this(new io.github.ascribe.citations.internal.notation.NotationReader(registry, strict));
  }

  private NotationReader(io.github.ascribe.citations.internal.notation.NotationReader reader) {
    this.reader = reader;
  }

  /** @return a reader whose results make their tokens only when asked for */
  public NotationReader deferringTokens() {
    return new NotationReader(reader.deferringTokens());
  }

  /**
   * @param input any string
   * @return the result
   */
  public NotationResult read(String input) {
    return reader.read(input);
  }

  /**
   * @param input any string
   * @return the result, or null if the input reads as prose
   */
  public NotationResult readUnlessProse(String input) {
    return reader.readUnlessProse(input);
  }

  /**
   * @param text the start of a notation
   * @return true if it begins with a lead-in phrase
   */
  public static boolean startsWithLeadIn(String text) {
    return io.github.ascribe.citations.internal.notation.NotationReader.startsWithLeadIn(text);
  }

  /**
   * @param written a name as written
   * @return its clean form
   */
  public static String cleanName(String written) {
    return io.github.ascribe.citations.internal.notation.NotationReader.cleanName(written);
  }
}
