package io.github.ascribe.citations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * {@link ClaimSet} answers what a sorted set of integers answers: the same list, ascending
 * and distinct, whatever the order of additions, ranges and repeats, and the same emptiness on the way.
 */
class ClaimSetTest {

  @Test
  void actsAsASortedSet() {
    // each value below 100 is added alone; a value v of 100 or more adds the range [v % 40, v % 40 + v / 100 % 6)
    qt().withExamples(5_000)
        .forAll(lists().of(integers().between(0, 799)).ofSizeBetween(0, 30))
        .checkAssert(values -> {
          ClaimSet set = new ClaimSet();
          TreeSet<Integer> expected = new TreeSet<>();
          assertThat(set.isEmpty()).isTrue();
          for (int v : values) {
            if (v < 100) {
              set.add(v % 40);
              expected.add(v % 40);
            } else {
              int from = v % 40;
              int to = from + v / 100 % 6 - 1; // sometimes an empty range, or one that ends before it starts
              set.addRange(from, to);
              for (int c = from; c < to; c++) {
                expected.add(c);
              }
            }
            assertThat(set.isEmpty()).isEqualTo(expected.isEmpty());
          }
          assertThat(set.toList()).isEqualTo(new ArrayList<>(expected));
          // asking twice, and adding after asking, still agrees
          assertThat(set.toList()).isEqualTo(new ArrayList<>(expected));
          set.add(7);
          expected.add(7);
          assertThat(set.toList()).isEqualTo(new ArrayList<>(expected));
        });
  }

  @Test
  void sharedBoxesAndListsGiveTheSameLists() {
    qt().withExamples(3_000)
        .forAll(lists().of(lists().of(integers().between(0, 299)).ofSizeBetween(0, 6)).ofSizeBetween(0, 12))
        .checkAssert(sets -> {
          ClaimSet.Shared shared = new ClaimSet.Shared(300);
          for (List<Integer> values : sets) {
            ClaimSet plain = new ClaimSet();
            ClaimSet viaShared = new ClaimSet();
            for (int v : values) {
              plain.add(v);
              viaShared.add(v);
            }
            List<Integer> expected = plain.toList();
            List<Integer> actual = viaShared.toList(shared);
            assertThat(actual).isEqualTo(expected);
            assertThat(actual.getClass()).isEqualTo(expected.getClass()); // both List.of lists, kept as they are
          }
          // asking again gives equal lists, one-claim lists the very same one
          for (int c = 0; c < 300; c++) {
            assertThat(shared.single(c)).isEqualTo(List.of(c)).isSameAs(shared.single(c));
            assertThat(shared.box(c)).isEqualTo(c).isSameAs(shared.box(c));
          }
        });
  }

  @Test
  void growsPastItsFirstArray() {
    ClaimSet set = new ClaimSet();
    List<Integer> expected = new ArrayList<>();
    for (int i = 999; i >= 0; i -= 3) {
      set.add(i);
      expected.add(0, i);
    }
    assertThat(set.toList()).isEqualTo(expected);
  }
}
