package io.github.ascribe.citations;

import io.github.ascribe.citations.internal.notation.NotationFormatter;
import java.util.Objects;

/**
 * One-line entry points for attribution notation, with the bundled registry and lenient matching.
 * For another registry or strict matching, build a {@link NotationParser}.
 *
 * <pre>{@code
 * NotationResult r = Notation.parse("The Guardian/AP News +2/The Times of India +4 Reuters =The Guardian =4");
 * r.sources();          // [The Guardian, Associated Press, The Times of India, Reuters]
 * r.unnamedSources();   // 6
 * Notation.isNotation("Poland, Hungary and Slovakia");   // false
 * Notation.format(r.model());
 * // "The Guardian, Associated Press +2, The Times of India +4, Reuters =The Guardian =4"
 * }</pre>
 *
 * <p>The grammar, with every form and how ambiguity is resolved, is in {@code docs/notation.md}.
 * Thread-safe.
 */
public final class Notation {

  private static final class Default {
    static final NotationParser PARSER = NotationParser.builder().build();
  }

  private Notation() {}

  /**
   * Parses notation with the default parser.
   *
   * @param input any string
   * @return the result; never throws for a non-null string
   * @throws NullPointerException if {@code input} is null
   */
  public static NotationResult parse(String input) {
    return Default.PARSER.parse(Objects.requireNonNull(input, "input"));
  }

  /**
   * Whether a string reads as attribution notation (see {@link Verdict}).
   *
   * @param input any string
   * @return the verdict's answer
   */
  public static boolean isNotation(String input) {
    return parse(input).isNotation();
  }

  /**
   * The canonical notation of a model: items joined by {@code ", "}, chips as {@code Name +N}, runs
   * glued ({@code A+2B+2}), bare counts as {@code +N more}, then {@code =Name} restatements and the
   * {@code =N} total. Registry sources are written by canonical name. Parsing the result with the
   * same registry gives an equal model.
   *
   * @param model the model
   * @return the canonical string
   */
  public static String format(NotationModel model) {
    return NotationFormatter.format(Objects.requireNonNull(model, "model"));
  }
}
