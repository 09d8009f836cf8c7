package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.core.Match;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link NotationResult#mentions} and {@link NotationResult#sources} skip the sort when the mentions
 * are in order already; they answer what the plain versions below (every mention collected, sorted
 * and copied) answer: on the results of generated notation, damaged notation and any string, and on
 * results built by hand with entries and restatements out of order.
 */
class MentionsTest {

  @Test
  void onParsedNotation() {
    qt().withExamples(1500).forAll(NotationGen.wellFormed()).checkAssert(x -> agree(Notation.parse(x.text())));
    qt().withExamples(1500).forAll(NotationGen.damaged()).checkAssert(x -> agree(Notation.parse(x.text())));
    qt().withExamples(1500).forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(s -> agree(Notation.parse(s)));
    agree(Notation.parse("The Guardian/AP News +2/The Times of India +4 Reuters =The Guardian =4"));
    agree(Notation.parse("Reuters =AP, AP =Reuters, BBC"));
  }

  @Test
  void onResultsOutOfOrder() {
    String input = "aa bb cc dd ee";
    List<SourceMention> m = new ArrayList<>();
    for (int k = 0; k < 5; k++) {
      m.add(new SourceMention(input.substring(3 * k, 3 * k + 2), Span.of(3 * k, 3 * k + 2),
          Source.unknown("S" + (k % 3)), Match.UNRESOLVED));
    }
    Span span = Span.of(0, input.length());
    List<List<NotationEntry>> entryLists = List.of(List.of(), List.of(new NotationEntry(List.of(m.get(3)), 0, 0, span),
        new NotationEntry(List.of(m.get(0), m.get(4)), 1, 0, span)), List.of(new NotationEntry(
        List.of(m.get(2), m.get(1)), 0, 0, span)), List.of(new NotationEntry(List.of(m.get(0), m.get(2)), 0, 0, span)));
    List<List<SourceMention>> restated = List.of(List.of(), List.of(m.get(1)), List.of(m.get(4), m.get(0)),
        List.of(m.get(2), m.get(2)));
    for (List<NotationEntry> entries : entryLists) {
      for (List<SourceMention> restatements : restated) {
        agree(new NotationResult(input, List.of(), entries, restatements, OptionalInt.empty(), List.of(),
            new Verdict(false, "no-names", "test")));
      }
    }
  }

  private static void agree(NotationResult r) {
    assertThat(r.mentions()).isEqualTo(plainMentions(r)).isUnmodifiable();
    assertThat(r.sources()).isEqualTo(plainSources(r)).isUnmodifiable();
  }

  private static List<SourceMention> plainMentions(NotationResult r) {
    List<SourceMention> all = new ArrayList<>();
    for (NotationEntry e : r.entries()) {
      all.addAll(e.mentions());
    }
    all.addAll(r.restatements());
    all.sort(Comparator.comparing(SourceMention::span));
    return List.copyOf(all);
  }

  private static List<Source> plainSources(NotationResult r) {
    Set<Source> seen = new LinkedHashSet<>();
    for (SourceMention m : plainMentions(r)) {
      seen.add(m.source());
    }
    return List.copyOf(new ArrayList<>(seen));
  }
}
