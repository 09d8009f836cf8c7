package io.github.ascribe.citations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link IntList} holds what an {@code ArrayList<Integer>} holds after the same appends, inserts and
 * clears, from any starting capacity.
 */
class IntListTest {

  @Test
  void actsAsAListOfIntegers() {
    // each operation is a value: below 0 clears, 0 to 999 appends it, 1000 and more inserts it
    qt().withExamples(5_000)
        .forAll(lists().of(integers().between(-20, 1_999)).ofSizeBetween(0, 60), integers().between(0, 5))
        .checkAssert((ops, capacity) -> {
          IntList list = new IntList(capacity);
          List<Integer> expected = new ArrayList<>();
          for (int op : ops) {
            if (op < 0) {
              list.clear();
              expected.clear();
            } else if (op < 1000) {
              list.add(op);
              expected.add(op);
            } else {
              int at = op % (expected.size() + 1);
              list.add(at, op);
              expected.add(at, op);
            }
            assertThat(list.size()).isEqualTo(expected.size());
            assertThat(list.isEmpty()).isEqualTo(expected.isEmpty());
            if (!expected.isEmpty()) {
              assertThat(list.last()).isEqualTo(expected.get(expected.size() - 1));
            }
          }
          List<Integer> got = new ArrayList<>();
          for (int k = 0; k < list.size(); k++) {
            got.add(list.get(k));
          }
          assertThat(got).isEqualTo(expected);
        });
  }

  @Test
  void readsNothingPastItsSize() {
    IntList list = new IntList(8);
    list.add(3);
    list.clear();
    assertThatThrownBy(() -> list.get(0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(list::last).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> list.add(2, 1)).isInstanceOf(IndexOutOfBoundsException.class);
  }
}
