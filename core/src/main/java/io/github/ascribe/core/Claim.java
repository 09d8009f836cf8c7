package io.github.ascribe.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A sentence of an article that states something, with the attributions that cover it.
 *
 * <p>The text is always an exact substring of the input: {@code claim.text().equals(claim.span().text(input))}.
 * Attribution-only text (notation lines, glued chips, corroboration statements) is never part of a
 * claim.
 *
 * <pre>{@code
 * Claim c = Ascribe.analyze(text).claims().get(0);
 * c.mediaSources();     // [The Wall Street Journal, The Guardian, Yahoo News]
 * c.unnamedSources();   // 0
 * c.isAttributed();     // true
 *
 * Claim made = Claim.of(1, 0, "Talks ended. Prices rose.", 13, 25, List.of());
 * made.text();          // "Prices rose."
 * }</pre>
 *
 * <p>Until version 0.1.0 this was a record; it is a final class with the same constructor,
 * accessors, equality and string form. Equal when index, paragraph, text, span and attributions are
 * equal, however each was made.
 *
 * <p>Immutable and thread-safe: every field is final and set by the constructor, so a claim may be
 * shared between threads without synchronisation.
 */
public final class Claim {

  private final int index;
  private final int paragraph;
  private final String text;
  private final Span span;
  private final List<Attribution> attributions;

  /**
   * Creates a claim.
   *
   * @param index position in {@link Article#claims()}
   * @param paragraph index of the paragraph it belongs to
   * @param text the sentence as written, trimmed
   * @param span where it is in the input
   * @param attributions the attributions covering it, in article order (copied)
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if an index is negative or the text's length is not the span's
   */
  public Claim(int index, int paragraph, String text, Span span, List<Attribution> attributions) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    this.attributions = List.copyOf(Objects.requireNonNull(attributions, "attributions"));
    if (index < 0 || paragraph < 0) {
      throw new IllegalArgumentException("index and paragraph must be >= 0: " + index + ", " + paragraph);
    }
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("text length " + text.length() + " does not match span " + span);
    }
    this.index = index;
    this.paragraph = paragraph;
    this.text = text;
    this.span = span;
  }

  /**
   * Creates a claim whose text is {@code input[start, end)}: the same claim as {@code new Claim(index,
   * paragraph, input.substring(start, end), Span.of(start, end), attributions)}, with the range
   * checked against the input first.
   *
   * <pre>{@code
   * String input = "Talks ended. Prices rose.";
   * Claim c = Claim.of(1, 0, input, 13, 25, List.of());
   * c.text(); // "Prices rose."
   * c.span(); // [13, 25)
   * }</pre>
   *
   * @param index position in {@link Article#claims()}
   * @param paragraph index of the paragraph it belongs to
   * @param input the article's whole text
   * @param start where the claim starts in {@code input}
   * @param end where it ends, exclusive
   * @param attributions the attributions covering it, in article order (copied)
   * @return the claim
   * @throws NullPointerException if an argument is {@code null}
   * @throws IllegalArgumentException if an index is negative or {@code [start, end)} is not a range of
   *     {@code input}
   */
  public static Claim of(int index, int paragraph, String input, int start, int end, List<Attribution> attributions) {
    Objects.requireNonNull(input, "input");
    if (start < 0 || end < start || end > input.length()) {
      throw new IllegalArgumentException("[" + start + ", " + end + ") is not a range of an input of length "
          + input.length());
    }
    return new Claim(index, paragraph, input.substring(start, end), Span.of(start, end), attributions);
  }

  /**
   * Position in {@link Article#claims()}.
   *
   * @return the index, {@code >= 0}
   */
  public int index() {
    return index;
  }

  /**
   * Index of the paragraph the claim belongs to.
   *
   * @return the paragraph index, {@code >= 0}
   */
  public int paragraph() {
    return paragraph;
  }

  /**
   * The sentence as written, trimmed.
   *
   * @return the text, {@code span().length()} characters long
   */
  public String text() {
    return text;
  }

  /**
   * Where the claim is in the input.
   *
   * @return the span
   */
  public Span span() {
    return span;
  }

  /**
   * The attributions covering the claim, in article order.
   *
   * @return an immutable list
   */
  public List<Attribution> attributions() {
    return attributions;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Claim c
        && index == c.index
        && paragraph == c.paragraph
        && span.equals(c.span)
        && text.equals(c.text)
        && attributions.equals(c.attributions);
  }

  @Override
  public int hashCode() {
    int r = index;
    r = 31 * r + paragraph;
    r = 31 * r + text.hashCode();
    r = 31 * r + span.start();
    r = 31 * r + span.end();
    return 31 * r + attributions.hashCode();
  }

  /**
   * All distinct sources of all kinds, in order of first mention.
   *
   * @return media, people, organisations and anonymous sources
   */
  public List<Source> sources() {
    Set<Source> seen = new LinkedHashSet<>();
    for (Attribution a : attributions) {
      seen.addAll(a.sources());
    }
    return List.copyOf(new ArrayList<>(seen));
  }

  /**
   * The distinct media sources (outlets, agencies, aggregators, unknown notation names).
   *
   * @return the media sources, in order of first mention
   */
  public List<Source> mediaSources() {
    return sources().stream().filter(Source::isMedia).toList();
  }

  /**
   * The distinct people, organisations and anonymous sources.
   *
   * @return the non-media sources, in order of first mention
   */
  public List<Source> otherSources() {
    return sources().stream().filter(s -> !s.isMedia()).toList();
  }

  /**
   * How many sources the attributions say exist without naming them. Unnamed sources cannot be told
   * apart, so when several attributions of the claim give counts, the largest is taken: a lower bound.
   *
   * @return the unnamed count, {@code >= 0}
   */
  public int unnamedSources() {
    int max = 0;
    for (Attribution a : attributions) {
      max = Math.max(max, a.unnamedSources());
    }
    return max;
  }

  /**
   * Distinct named media sources plus unnamed sources.
   *
   * @return the source count
   */
  public int sourceCount() {
    return mediaSources().size() + unnamedSources();
  }

  /**
   * Whether at least one media source (named or unnamed) backs the claim.
   *
   * @return {@code sourceCount() > 0}
   */
  public boolean isAttributed() {
    return sourceCount() > 0;
  }

  /**
   * Whether exactly one media source backs the claim.
   *
   * @return {@code sourceCount() == 1}
   */
  public boolean isSingleSource() {
    return sourceCount() == 1;
  }

  @Override
  public String toString() {
    String shown = text.length() > 60 ? text.substring(0, 57) + "..." : text;
    List<String> names = new ArrayList<>();
    for (Source s : sources()) {
      names.add(s.name());
    }
    return "Claim #" + index + " " + span + " \"" + shown + "\" " + names
        + (unnamedSources() > 0 ? " +" + unnamedSources() : "");
  }
}
