package io.github.ascribe.citations;

import io.github.ascribe.core.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * The meaning of a notation, without positions: which sources, grouped how, with which counts. Two
 * notations that say the same thing have equal models; {@link Notation#format(NotationModel)} writes
 * the canonical notation of a model, and parsing that gives the same model back.
 *
 * <p>Its items are {@link Item}s: sources and a count, no positions. A parse's items with their
 * mentions and spans are {@link NotationEntry}s ({@link NotationResult#entries()}).
 *
 * <pre>{@code
 * NotationModel m = Notation.parse("The Guardian/AP News +2").model();
 * m.items().get(1).sources();   // [Associated Press]
 * Notation.format(m);           // "The Guardian, Associated Press +2"
 * Notation.format(NotationModel.of(List.of(new NotationModel.Item(List.of(reuters), 2)), List.of(),
 *     OptionalInt.empty()));    // "Reuters +2"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param entries the items, in order, under their old type; use {@link #items()}
 * @param restated sources restated with {@code =Name}, in order
 * @param declaredTotal the {@code =N} total, if any
 */
@SuppressWarnings({"removal", "deprecation"}) // the old item type stays the component until it is removed
public record NotationModel(List<Entry> entries, List<Source> restated, OptionalInt declaredTotal) {

  /**
   * Validates the fields and copies the lists. Prefer {@link #of}, which takes {@link Item}s.
   *
   * @param entries the items, as deprecated {@link Entry}s
   * @param restated sources restated with {@code =Name}, in order
   * @param declaredTotal the {@code =N} total, if any
   */
  public NotationModel {
    entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    restated = List.copyOf(Objects.requireNonNull(restated, "restated"));
    Objects.requireNonNull(declaredTotal, "declaredTotal");
  }

  /**
   * A model of items.
   *
   * @param items the items, in order
   * @param restated sources restated with {@code =Name}, in order
   * @param declaredTotal the {@code =N} total, if any
   * @return the model
   */
  public static NotationModel of(List<Item> items, List<Source> restated, OptionalInt declaredTotal) {
    List<Entry> entries = new ArrayList<>(Objects.requireNonNull(items, "items").size());
    for (Item item : items) {
      entries.add(new Entry(item.sources(), item.count()));
    }
    return new NotationModel(entries, restated, declaredTotal);
  }

  /**
   * The items, in order.
   *
   * @return the items
   */
  public List<Item> items() {
    List<Item> items = new ArrayList<>(entries.size());
    for (Entry e : entries) {
      items.add(new Item(e.sources(), e.count()));
    }
    return List.copyOf(items);
  }

  /**
   * The items under their old type.
   *
   * @return the items
   * @deprecated the name read too much like {@link NotationEntry}, a parse's item with positions;
   *     use {@link #items()}. To be removed after 0.2.0.
   */
  @Deprecated(forRemoval = true, since = "0.2.0")
  @Override
  public List<Entry> entries() {
    return entries;
  }

  /**
   * One item of the meaning: its sources and the {@code N} of its {@code +N} (0 if none).
   *
   * @param sources the named sources, in order (empty for a bare count)
   * @param count the count as written
   */
  public record Item(List<Source> sources, int count) {

    /** Validates the fields and copies the list. */
    public Item {
      sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
      if (count < 0) {
        throw new IllegalArgumentException("count must be >= 0: " + count);
      }
      if (sources.isEmpty() && count == 0) {
        throw new IllegalArgumentException("an item needs a source or a count");
      }
    }

    /**
     * The unnamed sources this item implies.
     *
     * @return {@code count} for one name or none; {@code max(0, count + 1 - names)} for a run
     */
    public int unnamedSources() {
      return sources.size() <= 1 ? count : Math.max(0, count + 1 - sources.size());
    }
  }

  /**
   * One item: its sources and the {@code N} of its {@code +N} (0 if none).
   *
   * @param sources the named sources, in order (empty for a bare count)
   * @param count the count as written
   * @deprecated the name read too much like {@link NotationEntry}, a parse's item with positions;
   *     use {@link Item}, which holds the same. To be removed after 0.2.0.
   */
  @Deprecated(forRemoval = true, since = "0.2.0")
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
