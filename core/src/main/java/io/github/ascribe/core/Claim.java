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
 * <p>Immutable and thread-safe.
 *
 * @param index position in {@link Article#claims()}
 * @param paragraph index of the paragraph it belongs to
 * @param text the sentence as written, trimmed
 * @param span where it is in the input
 * @param attributions the attributions covering it, in article order
 */
public record Claim(int index, int paragraph, String text, Span span, List<Attribution> attributions) {

  /** Validates the fields and copies the list. */
  public Claim {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(span, "span");
    attributions = List.copyOf(Objects.requireNonNull(attributions, "attributions"));
    if (index < 0 || paragraph < 0) {
      throw new IllegalArgumentException("index and paragraph must be >= 0: " + index + ", " + paragraph);
    }
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("text length " + text.length() + " does not match span " + span);
    }
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
