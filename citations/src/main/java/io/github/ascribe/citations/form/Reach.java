package io.github.ascribe.citations.form;

/**
 * Which claims an attribution covers, as its recogniser declares it. Recognisers only report; the
 * article reader's scoping pass turns each reach into claim indexes once the whole article is read,
 * so that no recogniser needs to see claims.
 *
 * <pre>{@code
 * "WASHINGTON (AP) — ..."      STORY            every claim below, up to the next heading
 * "—AP"                        STORY_ABOVE      every claim of the story above
 * "Reuters, Bloomberg"         PARAGRAPH_ABOVE  the claims of the nearest paragraph above with claims
 * "... rose 4% (dpa)."          SENTENCE         the claim of its sentence
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public enum Reach {
  /** Nothing: markup that names no source, cut from the claim text and reported as no attribution. */
  NONE,
  /** The claim of the sentence it is found in. */
  SENTENCE,
  /**
   * The claim of its sentence, and every claim of a quotation right next to it: a reporting verb
   * after a closing quote ({@code ”, the paper wrote}) or before an opening one ({@code X said: “}).
   */
  SENTENCE_AND_QUOTE,
  /** The claim just before it in its paragraph: a marker the sentence segmenter moved to the next sentence. */
  PREVIOUS_CLAIM,
  /** The claims of its paragraph before it that no earlier tail of the paragraph covers. */
  SENTENCE_TAIL,
  /**
   * The claims of its paragraph before it; if there are none, those of the nearest paragraph above
   * that has claims.
   */
  PARAGRAPH_BEFORE,
  /** Every claim of its paragraph (the last such attribution of a paragraph wins). */
  PARAGRAPH,
  /** The claims of the nearest paragraph above that has claims. */
  PARAGRAPH_ABOVE,
  /** Every claim since the section began: the last heading, or the last paragraph-wide attribution. */
  SECTION_ABOVE,
  /** Every claim from here to the next heading or the next story-wide attribution (a dateline). */
  STORY,
  /**
   * Every claim of the story above it, as {@link #SECTION_ABOVE} counts them; it also ends the story
   * of a dateline above it, as a wire's credit line ({@code —AP}) closes its story.
   */
  STORY_ABOVE
}
