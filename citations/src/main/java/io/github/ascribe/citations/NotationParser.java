package io.github.ascribe.citations;

import io.github.ascribe.citations.internal.notation.NotationReader;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.Objects;

/**
 * A configured, reusable notation parser. Build once, share freely: it is immutable and thread-safe.
 *
 * <pre>{@code
 * NotationParser parser = NotationParser.builder()
 *     .registry(SourceRegistry.bundled())
 *     .strict(true)
 *     .build();
 * NotationResult r = parser.parse("Reuters, AP +2");
 * }</pre>
 *
 * <p>{@link #parse(String)} never throws for a non-null string: text it cannot read becomes {@link
 * TokenKind#UNRECOGNIZED} tokens with diagnostics.
 */
public final class NotationParser {

  /** Inputs longer than this (in UTF-16 units) are cut, with an {@code input-truncated} diagnostic, by default. */
  public static final int DEFAULT_MAX_INPUT = 1 << 20;

  private final SourceRegistry registry;
  private final boolean strict;
  private final int maxInput;
  private final NotationReader reader;

  private NotationParser(Builder b) {
    this.registry = b.registry != null ? b.registry : SourceRegistry.bundled();
    this.strict = b.strict;
    this.maxInput = b.maxInput;
    this.reader = new NotationReader(registry, strict);
  }

  /**
   * A builder with the bundled registry, lenient matching and the default input limit.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Parses a string of attribution notation.
   *
   * @param input the notation; any string
   * @return the tokens, typed items, diagnostics and verdict
   * @throws NullPointerException if {@code input} is null
   */
  public NotationResult parse(String input) {
    Objects.requireNonNull(input, "input");
    if (input.length() > maxInput) {
      return Limits.truncated(reader, input, maxInput);
    }
    return reader.read(input);
  }

  /**
   * The registry names resolve against.
   *
   * @return the registry
   */
  public SourceRegistry registry() {
    return registry;
  }

  /**
   * Whether the parser is strict: no fuzzy matching, and unresolved names are warnings, not notes.
   *
   * @return true if strict
   */
  public boolean isStrict() {
    return strict;
  }

  /** Builds a {@link NotationParser}. Not thread-safe. */
  public static final class Builder {
    private SourceRegistry registry;
    private boolean strict;
    private int maxInput = DEFAULT_MAX_INPUT;

    private Builder() {}

    /**
     * The registry to resolve names against (default: the bundled one).
     *
     * @param registry the registry
     * @return this builder
     */
    public Builder registry(SourceRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * Strict mode: no fuzzy matching, and names the registry does not know are warnings (default false).
     *
     * @param strict true for strict
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * The longest input read, in UTF-16 units; longer input is cut there with a diagnostic.
     *
     * @param maxInput at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code maxInput < 1}
     */
    public Builder maxInput(int maxInput) {
      if (maxInput < 1) {
        throw new IllegalArgumentException("maxInput must be >= 1: " + maxInput);
      }
      this.maxInput = maxInput;
      return this;
    }

    /**
     * Builds the parser.
     *
     * @return the parser
     */
    public NotationParser build() {
      return new NotationParser(this);
    }
  }
}
