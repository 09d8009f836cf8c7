package io.github.ascribe.citations;

/**
 * Which claims a source line (a paragraph that is wholly notation) covers.
 *
 * <pre>{@code
 * Analyzer a = Analyzer.builder().sourceLineScope(SourceLineScope.SECTION_ABOVE).build();
 * }</pre>
 */
public enum SourceLineScope {
  /** The claims of the nearest paragraph above that has claims (the default; digests put one line under each paragraph). */
  PARAGRAPH_ABOVE,
  /** Every claim since the previous source line or heading: one line under several paragraphs covers them all. */
  SECTION_ABOVE
}
