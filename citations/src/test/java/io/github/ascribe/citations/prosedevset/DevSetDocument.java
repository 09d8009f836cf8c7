package io.github.ascribe.citations.prosedevset;

import io.github.ascribe.core.Span;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One parsed file of the prose development set: the plain text with the markup removed, its
 * sentences and paragraphs, and the annotated relations with exact spans into that text.
 *
 * <p>The text is the file's sentence lines joined by one space within a paragraph, paragraphs by a
 * blank line ({@code "\n\n"}), so every sentence line is one sentence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the file's name, used in messages ({@code en/wire-01.txt})
 * @param style the style given by {@code @doc style=...}: wire, newspaper, broadcast or opinion
 * @param text the plain text
 * @param sentences one span per sentence line, in order
 * @param paragraphs one span per paragraph, in order
 * @param relations the relations, by ascending id
 * @param mentions the {@code {M1 ...}} mentions (antecedents that are not a source), by id
 */
record DevSetDocument(String name, String style, String text, List<Span> sentences, List<Span> paragraphs,
    List<DevSetRelation> relations, Map<Integer, List<Span>> mentions) {

  /** Copies the lists. */
  DevSetDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(text, "text");
    sentences = List.copyOf(sentences);
    paragraphs = List.copyOf(paragraphs);
    relations = List.copyOf(relations);
    mentions = Map.copyOf(mentions);
  }
}
