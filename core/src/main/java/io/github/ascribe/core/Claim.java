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
 * }</pre>
 *
 * <p>A claim made by the analyser (or by {@link #of(int, int, String, int, int, List)}) does not copy its
 * sentence: it keeps the article's text and makes {@link #text()} from its span the first time it is
 * asked for. That keeps analysis from copying every sentence of the article, most of which no caller
 * reads. The other side of it: a claim kept after its {@link Article} is dropped keeps the whole
 * article text reachable, as the article did. A claim made with the constructor keeps the text it
 * was given.
 *
 * <p>Until version 0.1.0 this was a record; it is a final class with the same constructor,
 * accessors, equality and string form, so that {@link #text()} can be made on demand. Equal when
 * index, paragraph, text, span and attributions are equal, however each was made.
 *
 * <p>Immutable and thread-safe.
 */
public final class Claim {

  private final int index;
  private final int paragraph;
  private final int start;
  private final int end;
  /**
   * Where the claim is: given to the constructor, or made from {@link #start} and {@link #end} on
   * first use (racy but safe, as a span is immutable).
   */
  private Span span;
  private final List<Attribution> attributions;
  /** The article's text, when the claim was made from it; otherwise {@code null}. */
  private final String input;
  /**
   * The sentence: given to the constructor, or made from {@link #input} on first use. Racy but
   * safe, as a string is immutable: two threads may each make an equal copy.
   */
  private String text;

  /**
   * Creates a claim that keeps its own copy of the sentence.
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
    this(index, paragraph, Objects.requireNonNull(text, "text"), null, Objects.requireNonNull(span, "span").start(),
        span.end(), attributions);
    this.span = span;
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("text length " + text.length() + " does not match span " + span);
    }
  }

  private Claim(int index, int paragraph, String text, String input, int start, int end,
      List<Attribution> attributions) {
    this.attributions = List.copyOf(Objects.requireNonNull(attributions, "attributions"));
    if (index < 0 || paragraph < 0) {
      throw new IllegalArgumentException("index and paragraph must be >= 0: " + index + ", " + paragraph);
    }
    this.index = index;
    this.paragraph = paragraph;
    this.text = text;
    this.input = input;
    this.start = start;
    this.end = end;
  }

  /**
   * Creates a claim whose text is {@code input[start, end)}, made when {@link #text()} is first
   * called, as its {@link #span()} is. This is how the analyser makes claims.
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
   * @param input the article's whole text, which the claim keeps
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
    return new Claim(index, paragraph, null, input, start, end, attributions);
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
   * The sentence as written, trimmed. For a claim made from the article's text, the first call makes
   * the string and later calls return the same one.
   *
   * @return the text, {@code span().length()} characters long
   */
  public String text() {
    String t = text;
    if (t == null) {
      t = input.substring(start, end);
      text = t;
    }
    return t;
  }

  /**
   * Where the claim is in the input.
   *
   * @return the span
   */
  public Span span() {
    Span sp = span;
    if (sp == null) {
      sp = Span.of(start, end);
      span = sp;
    }
    return sp;
  }

  /** Where the claim ends in the input, without making its span (for {@link Article}'s checks). */
  int end() {
    return end;
  }

  /**
   * The attributions covering the claim, in article order.
   *
   * @return an immutable list
   */
  public List<Attribution> attributions() {
    return attributions;
  }

  /**
   * Whether the claim's text is the same as {@code other}'s span of characters, without making
   * either string: the text is read where it lies.
   */
  boolean textEquals(String other, int otherStart) {
    String t = text;
    return t != null
        ? other.regionMatches(otherStart, t, 0, end - start)
        : (input == other && start == otherStart) || other.regionMatches(otherStart, input, start, end - start);
  }

  /**
   * Whether the text of this claim is exactly {@code input}'s span: what {@link Article} checks of
   * every claim. True at once for a claim made by {@link #of} from the same string.
   */
  boolean textMatches(String articleText) {
    return textEquals(articleText, start);
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Claim c)) {
      return false;
    }
    if (index != c.index || paragraph != c.paragraph || start != c.start || end != c.end
        || !attributions.equals(c.attributions)) {
      return false;
    }
    // spans are equal, so the lengths are
    String t = c.text;
    return t != null ? textEquals(t, 0) : textEquals(c.input, c.start);
  }

  @Override
  public int hashCode() {
    // the text's hash as String.hashCode defines it, computed where the text lies
    int h = 0;
    String t = text;
    if (t != null) {
      h = t.hashCode();
    } else {
      for (int i = start; i < end; i++) {
        h = 31 * h + input.charAt(i);
      }
    }
    int r = index; // no boxes: a claim is hashed as often as claimsBySource asks
    r = 31 * r + paragraph;
    r = 31 * r + h;
    r = 31 * r + start;
    r = 31 * r + end;
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
    int n = end - start;
    String shown = n > 60 ? charsOf(0, 57) + "..." : text();
    List<String> names = new ArrayList<>();
    for (Source s : sources()) {
      names.add(s.name());
    }
    return "Claim #" + index + " " + span() + " \"" + shown + "\" " + names
        + (unnamedSources() > 0 ? " +" + unnamedSources() : "");
  }

  private String charsOf(int from, int to) {
    String t = text;
    return t != null ? t.substring(from, to) : input.substring(start + from, start + to);
  }
}
