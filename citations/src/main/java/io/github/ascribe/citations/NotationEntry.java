package io.github.ascribe.citations;

import io.github.ascribe.core.Span;
import io.github.ascribe.core.SourceMention;
import java.util.List;
import java.util.Objects;

/**
 * One item of a notation: a name, a chip ({@code AP News +2}), a chip run copied from an answer
 * engine ({@code Al Jazeera+2The Hindu+2NDTV+2}: one chip of three sources), or a bare count of
 * unnamed sources ({@code and 3 others}).
 *
 * <p>{@code count} is the {@code N} written in {@code +N} (0 if none); {@code unnamedSources} is what
 * it means: {@code N} for a single name or a bare count, {@code N + 1 - names} for a run (never below
 * zero). See {@code docs/notation.md}.
 *
 * <p>This is an item as parsed, with its mentions and where it was written; the same item in a
 * notation's meaning, without positions, is a {@link NotationModel.Item}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param mentions the names, in order (empty for a bare count)
 * @param count the {@code N} as written, {@code >= 0}
 * @param unnamedSources how many sources the item implies without naming them
 * @param span the item's text, names and count
 */
public record NotationEntry(List<SourceMention> mentions, int count, int unnamedSources, Span span) {

  /** Validates the fields and copies the list. */
  public NotationEntry {
    mentions = List.copyOf(Objects.requireNonNull(mentions, "mentions"));
    Objects.requireNonNull(span, "span");
    if (count < 0 || unnamedSources < 0) {
      throw new IllegalArgumentException("counts must be >= 0: " + count + ", " + unnamedSources);
    }
  }

  /**
   * Whether this is a run of several names sharing one count.
   *
   * @return true for two or more names
   */
  public boolean isRun() {
    return mentions.size() > 1;
  }
}
