package io.github.ascribe.core;

/**
 * The closed set of ways a text attributes claims to sources. The names are a contract: they appear
 * as-is in JSON and CSV output. {@code docs/analysis.md} defines what each form covers.
 */
public enum AttributionForm {
  /** A paragraph that is wholly notation ({@code WSJ, The Guardian, Yahoo}); covers the paragraph above. */
  SOURCE_LINE,
  /** The last sentence of a paragraph is wholly notation; covers the paragraph's earlier claims. */
  SOURCE_TAIL,
  /** Chips inline or glued to a sentence end ({@code ...in May.Fortune+1}); covers that sentence. */
  CHIP,
  /** Numbered markers ({@code [1]}, {@code [2][3]}, {@code ¹}) resolved through a reference list. */
  MARKER,
  /** Markdown links and bare URLs used as citations; the source is the link's host. */
  LINK,
  /** Labels: {@code (dpa)} at a sentence end, a leading {@code [Kyiv Post]}, {@code Headline—Outlet}. */
  LABEL,
  /** A dateline ({@code WASHINGTON (AP) —}); covers the story it opens. */
  DATELINE,
  /** Prose: {@code according to X}, {@code X said}, a quote with its speaker. */
  PROSE,
  /** A statement that outlets corroborate earlier claims ({@code Reuters and WSJ all report this}). */
  CORROBORATION
}
