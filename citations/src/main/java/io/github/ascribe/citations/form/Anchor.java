package io.github.ascribe.citations.form;

/**
 * Where in an article a {@link FormRecognizer} is tried, and so which range its {@link FormInput}
 * holds. The article reader walks paragraphs in order and, inside each, sentences in order; at each
 * step it offers the range to the recognisers of that anchor, in list order.
 *
 * <pre>{@code
 * BRUSSELS (Reuters) - Prices rose (dpa). Sales fell, the paper said.
 * ^ PARAGRAPH_START    ^ SENTENCE_END ^    ^ INLINE (claim text)
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum Anchor {
  /** The whole content of a paragraph that is no heading; a hit makes the paragraph no claim. */
  PARAGRAPH,
  /** The start of a paragraph's content; a hit cuts its {@link Recognized#removed()} span off the front. */
  PARAGRAPH_START,
  /** The end of a paragraph's content; a hit cuts its removed span off the back. */
  PARAGRAPH_END,
  /** A whole sentence; a hit makes the sentence no claim. */
  SENTENCE,
  /**
   * The start of a sentence that follows a claim of the same paragraph: text the sentence segmenter
   * moved across a boundary ({@code trials.[1] Regulators}).
   */
  SENTENCE_START,
  /**
   * The end of a sentence: tried again and again while a hit is found, each hit cutting its removed
   * span off the back of the claim.
   */
  SENTENCE_END,
  /** A claim's text once its sentence-end attributions are cut off; may report several hits. */
  INLINE
}
