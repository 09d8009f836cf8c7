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
 * {@link Pending.ClaimSet} answers what a sorted set of integers answers: the same list, ascending
 * and distinct, whatever the order of additions and repeats, and the same emptiness on the way.
 */
class ClaimSetTest {

  @Test
  void actsAsASortedSet() {
    qt().withExamples(5_000)
        .forAll(lists().of(integers().between(0, 40)).ofSizeBetween(0, 30), integers().between(0, 3))
        .checkAssert((values, batches) -> {
          Pending.ClaimSet set = new Pending.ClaimSet();
          TreeSet<Integer> expected = new TreeSet<>();
          assertThat(set.isEmpty()).isTrue();
          // some values one by one, the rest as a range of a list, as the analyser adds them
          int cut = values.size() * batches / 4;
          for (int v : values.subList(0, cut)) {
            set.add(v);
            expected.add(v);
            assertThat(set.isEmpty()).isEqualTo(expected.isEmpty());
          }
          IntList all = new IntList(1);
          for (int v : values) {
            all.add(v);
          }
          set.addAll(all, cut, values.size());
          expected.addAll(values.subList(cut, values.size()));
          assertThat(set.isEmpty()).isEqualTo(expected.isEmpty());
          assertThat(set.toList()).isEqualTo(new ArrayList<>(expected));
          // asking twice, and adding after asking, still agrees
          assertThat(set.toList()).isEqualTo(new ArrayList<>(expected));
          set.add(7);
          expected.add(7);
          assertThat(set.toList()).isEqualTo(new ArrayList<>(expected));
        });
  }

  @Test
  void growsPastItsFirstArray() {
    Pending.ClaimSet set = new Pending.ClaimSet();
    List<Integer> expected = new ArrayList<>();
    for (int i = 999; i >= 0; i -= 3) {
      set.add(i);
      expected.add(0, i);
    }
    assertThat(set.toList()).isEqualTo(expected);
  }
}
