package io.github.ascribe.citations.form;

import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.citations.SourceLineScope;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A read-only view of one article being read, at the range a {@link FormRecognizer} is offered: the
 * narrow part of the per-call state a recogniser may use. Made by the article reader for one call of
 * {@link FormRecognizer#recognize}; do not keep it.
 *
 * <pre>{@code
 * String tail = in.text().substring(in.range().start(), in.range().end());
 * Optional<NotationResult> chips = in.notationUnlessProse(in.range().start(), in.range().end());
 * }</pre>
 *
 * <p>Not thread-safe: it belongs to the one analysis in progress.
 */
public interface FormInput {

  /**
   * The whole article.
   *
   * @return the text every span indexes
   */
  String text();

  /**
   * Where to look.
   *
   * @return the range of {@link #text()} offered
   */
  Span range();

  /**
   * The content of the paragraph {@link #range()} is in (after any list or heading marker).
   *
   * @return the paragraph's content
   */
  Span paragraph();

  /**
   * The lexeme kinds that occur in {@link #range()}, as the lexer's pass over it found them.
   *
   * @return the kinds present
   */
  Set<LexKind> kinds();

  /**
   * The registry that names resolve against.
   *
   * @return the registry
   */
  SourceRegistry registry();

  /**
   * What a source line covers, as the analyser was configured.
   *
   * @return the scope
   */
  SourceLineScope sourceLineScope();

  /**
   * The notation read from {@code text()[from, to)}, spans relative to {@code from}; read once per
   * range and call.
   *
   * @param from first index
   * @param to index past the last
   * @return the reading
   */
  NotationResult notation(int from, int to);

  /**
   * The notation read from {@code text()[from, to)}, or empty if the range reads as prose (and so is
   * no notation); cheaper than {@link #notation} on sentences.
   *
   * @param from first index
   * @param to index past the last
   * @return the reading, or empty
   */
  Optional<NotationResult> notationUnlessProse(int from, int to);

  /**
   * The reference-style link definition with this label ({@code [3]: https://… "Title"}), found on
   * a line of its own anywhere in the text; labels match ignoring case and runs of blanks, as in
   * CommonMark. The first definition of a label wins.
   *
   * @param label a label as written in a reference link ({@code 3} in {@code [Reuters][3]})
   * @return the definition, or empty (always empty for an input that has no text around it)
   */
  default Optional<LinkDefinition> linkDefinition(String label) {
    return Optional.empty();
  }

  /**
   * The article's reference lists: the sources of each numbered entry ({@code [1] Reuters - ...}).
   *
   * @return number to sources, read-only
   */
  Map<Integer, List<SourceMention>> references();

  /**
   * The last resolved media source named in the article so far, for {@code the newspaper}.
   *
   * @return the mention, or empty
   */
  Optional<SourceMention> lastMedia();

  /**
   * State a recogniser keeps for the rest of this analysis (people named so far, word tables),
   * made on first use and dropped with the analysis.
   *
   * @param <T> its type
   * @param key the state's class, one per kind of state
   * @param make makes it on first use
   * @return the state of this analysis
   */
  <T> T state(Class<T> key, Supplier<T> make);
}
