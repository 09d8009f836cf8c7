package io.github.ascribe.citations;

import io.github.ascribe.core.Source;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The meaning of a notation, without positions: which sources, grouped how, with which counts. Two
 * notations that say the same thing have equal models; {@link Notation#format(NotationModel)} writes
 * the canonical notation of a model, and parsing that gives the same model back.
 *
 * <pre>{@code
 * NotationModel m = Notation.parse("The Guardian/AP News +2").model();
 * Notation.format(m);   // "The Guardian, Associated Press +2"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param entries the items, in order
 * @param restated sources restated with {@code =Name}, in order
 * @param declaredTotal the {@code =N} total, if any
 */
public record NotationModel(List<Entry> entries, List<Source> restated, OptionalInt declaredTotal) {

  /** Validates the fields and copies the lists. */
  public NotationModel {
    entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    restated = List.copyOf(Objects.requireNonNull(restated, "restated"));
    Objects.requireNonNull(declaredTotal, "declaredTotal");
  }

  /**
   * One item: its sources and the {@code N} of its {@code +N} (0 if none).
   *
   * @param sources the named sources, in order (empty for a bare count)
   * @param count the count as written
   */
  public record Entry(List<Source> sources, int count) {

    /** Validates the fields and copies the list. */
    public Entry {
      sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
      if (count < 0) {
        throw new IllegalArgumentException("count must be >= 0: " + count);
      }
      if (sources.isEmpty() && count == 0) {
        throw new IllegalArgumentException("an entry needs a source or a count");
      }
    }

    /**
     * The unnamed sources this entry implies.
     *
     * @return {@code count} for one name or none; {@code max(0, count + 1 - names)} for a run
     */
    public int unnamedSources() {
      return sources.size() <= 1 ? count : Math.max(0, count + 1 - sources.size());
    }
  }
}
