package io.github.ascribe.citations.form;

import io.github.ascribe.core.AttributionForm;
import java.util.List;
import java.util.Set;

/**
 * Recognises one attribution form: the extension point of article analysis. The article reader
 * offers each recogniser the ranges of its {@link #anchor()} in which one of its {@link #triggers()}
 * occurs, in list order: the built-in forms first, in their order of precedence, then the forms added
 * with {@code Analyzer.builder().form(...)}. At {@link Anchor#PARAGRAPH}, {@link Anchor#SENTENCE},
 * {@link Anchor#SENTENCE_START} and {@link Anchor#SENTENCE_END} the first hit wins; at the others
 * every recogniser is asked.
 *
 * <p>A recogniser only reports what and where, with a {@link Reach}; which claims that covers is
 * decided after the whole article is read. It must never throw on any text, report only spans inside
 * {@link FormInput#range()}, and return an empty list when the range does not hold its form.
 *
 * <p>An example: a wire label such as {@code (Kyodo)} at a sentence end, for a registry without it.
 *
 * <pre>{@code
 * final class KyodoLabel implements FormRecognizer {
 *   public AttributionForm form() { return AttributionForm.LABEL; }
 *   public Anchor anchor() { return Anchor.SENTENCE_END; }
 *   public Set<LexKind> triggers() { return Set.of(LexKind.CLOSE); }
 *   public List<Recognized> recognize(FormInput in) {
 *     String s = in.text();
 *     int end = in.range().end();
 *     int start = end - "(Kyodo)".length();
 *     if (start <= in.range().start() || !s.startsWith("(Kyodo)", start)) {
 *       return List.of();
 *     }
 *     Source kyodo = new Source("kyodo-news", "Kyodo News", SourceKind.AGENCY, "JP", "ja",
 *         List.of("kyodonews.net"), List.of("Kyodo"));
 *     SourceMention m = new SourceMention("Kyodo", Span.of(start + 1, end - 1), kyodo, Match.EXACT);
 *     return List.of(Recognized.of(AttributionForm.LABEL, "label-kyodo", Span.of(start, end), List.of(m),
 *         Reach.SENTENCE));
 *   }
 * }
 * Analyzer analyzer = Analyzer.builder().form(new KyodoLabel()).build();
 * }</pre>
 *
 * <p>Implementations must be immutable and thread-safe: one instance serves every analysis of an
 * analyser, on any thread. State for one analysis goes in {@link FormInput#state}.
 */
public interface FormRecognizer {

  /**
   * The form it reports, by which {@code Analyzer.Builder.disableForms} switches it off.
   *
   * @return the form
   */
  AttributionForm form();

  /**
   * Where it is tried.
   *
   * @return the anchor
   */
  Anchor anchor();

  /**
   * The lexeme kinds that can start its form: it is tried only on ranges holding one of them. An
   * empty set means every range. Part of its configuration: asked once, when the analyser is built.
   *
   * @return the triggers
   */
  Set<LexKind> triggers();

  /**
   * Looks for its form in {@code in.range()}.
   *
   * @param in the article and the range
   * @return what it found, in the order to record it; empty if the range does not hold its form.
   *     Anchors other than {@link Anchor#INLINE} use the first result only.
   */
  List<Recognized> recognize(FormInput in);
}
