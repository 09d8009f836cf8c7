package io.github.ascribe.citations;

/**
 * The kinds of token attribution notation is made of. Together the tokens of a parse tile the input:
 * every character, white space included, belongs to exactly one token.
 */
public enum TokenKind {
  /** A source name, site label, domain or URL ({@code AP News}, {@code theguardian}, {@code apnews.com}). */
  NAME,
  /** An unnamed-source count: {@code +2}, {@code +3 more}, {@code and 4 others}, {@code 5 other outlets}. */
  COUNT,
  /** A separator between items: {@code , ; / | · • & +}, {@code and}, a spaced dash. */
  SEPARATOR,
  /** A lead-in before the list: {@code Sources:}, {@code Source:}, {@code Via}, {@code Per}, {@code Reported by}. */
  LEAD_IN,
  /** A wrapper: {@code ( ) [ ]}, markdown emphasis {@code **}, quotes or angle brackets around a URL. */
  WRAPPER,
  /** The target of a markdown link chip: {@code (https://...)} after {@code [name+2]}. */
  LINK_TARGET,
  /** A restatement of a source already listed: {@code =The Guardian}. */
  RESTATEMENT,
  /** A declared total of distinct named sources: {@code =4}. */
  TOTAL,
  /** A trailing period. */
  END,
  /** White space (and invisible format characters) between tokens. */
  SPACE,
  /** Text that could not be understood; always comes with a diagnostic. */
  UNRECOGNIZED
}
