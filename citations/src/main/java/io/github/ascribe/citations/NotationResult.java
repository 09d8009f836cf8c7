package io.github.ascribe.citations;

import io.github.ascribe.citations.internal.notation.TokenList;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceMention;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Everything a notation parse found: the lossless token sequence, the typed items, restatements,
 * the declared total, diagnostics, and the verdict on whether the text is notation at all.
 *
 * <pre>{@code
 * NotationResult r = Notation.parse("The Guardian/AP News +2/The Times of India +4 Reuters =The Guardian =4");
 * r.sources().size();      // 4
 * r.unnamedSources();      // 6
 * r.declaredTotal();       // OptionalInt[4]
 * r.diagnostics();         // []
 * r.render().equals(r.input());   // always true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param input the parsed text
 * @param tokens tokens tiling the input, in order
 * @param entries the items (names, chips, runs, bare counts), in order
 * @param restatements sources restated with {@code =Name}, in order
 * @param declaredTotal the {@code =N} total, if any
 * @param diagnostics problems found, in order of position
 * @param verdict whether the input reads as notation
 */
public record NotationResult(
    String input,
    List<Token> tokens,
    List<NotationEntry> entries,
    List<SourceMention> restatements,
    OptionalInt declaredTotal,
    List<Diagnostic> diagnostics,
    Verdict verdict) {

  /** Validates the fields and copies the lists; a parser's own token list, immutable already, is kept. */
  public NotationResult {
    Objects.requireNonNull(input, "input");
    tokens = Objects.requireNonNull(tokens, "tokens") instanceof TokenList own ? own : List.copyOf(tokens);
    entries = List.copyOf(Objects.requireNonNull(entries, "entries"));
    restatements = List.copyOf(Objects.requireNonNull(restatements, "restatements"));
    Objects.requireNonNull(declaredTotal, "declaredTotal");
    diagnostics = List.copyOf(Objects.requireNonNull(diagnostics, "diagnostics"));
    Objects.requireNonNull(verdict, "verdict");
  }

  /**
   * Every mention, in entries and restatements, in text order.
   *
   * @return the mentions
   */
  public List<SourceMention> mentions() {
    return List.of(mentionArray());
  }

  /**
   * The distinct named sources, each counted once however often it is named or restated.
   *
   * @return the sources, in order of first mention
   */
  public List<Source> sources() {
    Set<Source> seen = new LinkedHashSet<>();
    for (SourceMention m : mentionArray()) {
      seen.add(m.source());
    }
    return List.copyOf(seen);
  }

  /**
   * The mentions of the entries, then the restatements, in a new array sorted by span (stably); a
   * parse gives them in order already, and then they are not sorted.
   */
  private SourceMention[] mentionArray() {
    int n = restatements.size();
    for (int k = 0; k < entries.size(); k++) {
      n += entries.get(k).mentions().size();
    }
    SourceMention[] all = new SourceMention[n];
    int at = 0;
    for (int k = 0; k < entries.size(); k++) {
      List<SourceMention> mentions = entries.get(k).mentions();
      for (int q = 0; q < mentions.size(); q++) {
        all[at++] = mentions.get(q);
      }
    }
    for (int q = 0; q < restatements.size(); q++) {
      all[at++] = restatements.get(q);
    }
    for (int k = 1; k < n; k++) {
      if (all[k - 1].span().compareTo(all[k].span()) > 0) {
        Arrays.sort(all, Comparator.comparing(SourceMention::span));
        break;
      }
    }
    return all;
  }

  /**
   * The unnamed sources the notation implies: the sum over entries.
   *
   * @return the count, {@code >= 0}
   */
  public int unnamedSources() {
    int sum = 0;
    for (int k = 0; k < entries.size(); k++) { // by index: no iterator
      sum += entries.get(k).unnamedSources();
    }
    return sum;
  }

  /**
   * Whether the input reads as attribution notation; shorthand for {@code verdict().notation()}.
   *
   * @return the verdict
   */
  public boolean isNotation() {
    return verdict.notation();
  }

  /**
   * The tokens' text joined: always equal to {@link #input()}.
   *
   * @return the rendered tokens
   */
  public String render() {
    StringBuilder sb = new StringBuilder(input.length());
    for (Token t : tokens) {
      sb.append(t.text());
    }
    return sb.toString();
  }

  /**
   * The meaning without positions, for comparison and canonical formatting.
   *
   * @return the model
   */
  public NotationModel model() {
    List<NotationModel.Item> items = new ArrayList<>();
    for (NotationEntry e : entries) {
      List<Source> sources = new ArrayList<>();
      for (SourceMention m : e.mentions()) {
        sources.add(m.source());
      }
      items.add(new NotationModel.Item(sources, e.count()));
    }
    List<Source> restated = new ArrayList<>();
    for (SourceMention m : restatements) {
      restated.add(m.source());
    }
    return NotationModel.of(items, restated, declaredTotal);
  }
}
