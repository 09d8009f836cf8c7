package io.github.ascribe.core;

/** How a name as written was matched to a {@link Source}. */
public enum MatchKind {
  /** The name equals the source's canonical name (after normalisation). */
  EXACT,
  /** The name equals one of the source's aliases, abbreviations or site labels. */
  ALIAS,
  /** The name is, or contains, a web domain or URL of the source. */
  DOMAIN,
  /** The name is a near miss (a typo) of a name or alias; see {@link Match#score()}. */
  FUZZY,
  /** The registry does not know the name; the source is an ad-hoc one made from the text. */
  UNRESOLVED,
  /**
   * The name looks like a registry name but is not the same text (look-alike letters from another
   * script, invisible or bidi characters inside). It is deliberately not resolved: the source is an
   * ad-hoc {@link SourceKind#UNKNOWN} one, and a {@code confusable-name} warning names the look-alike.
   */
  CONFUSABLE
}
