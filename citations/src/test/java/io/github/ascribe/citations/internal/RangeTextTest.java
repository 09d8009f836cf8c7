package io.github.ascribe.citations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RangeText} is the substring it stands for: it moves as a {@link StringCharacterIterator}
 * over the copy moves, and ICU's sentence iterator, as the analyser configures it, finds the same
 * boundaries in it as in the copy.
 */
class RangeTextTest {

  private static final List<String> PIECES = List.of("Prices rose 5% in May.", " ", "  ", "\n",
      "Inflation eased, said Mrs. Varga.", "Mr. Smith met U.S. officials on Jan. 5.", "“We are ready,” she said.",
      "Dr. Okafor agreed!", "Really?", "It fell.Fortune+1", " Reuters", "[1]", "e.g. this", "\uD83D\uDE00",
      "\uD800", "No. 10 said so.", "Gen. Ruiz", "...", "AP News + The Guardian.");

  private static String text(long seed) {
    Random r = new Random(seed);
    StringBuilder sb = new StringBuilder();
    int n = r.nextInt(12);
    for (int i = 0; i < n; i++) {
      sb.append(PIECES.get(r.nextInt(PIECES.size())));
    }
    return sb.toString();
  }

  private static List<Integer> boundaries(BreakIterator it) {
    List<Integer> out = new ArrayList<>();
    for (int b = it.first(); b != BreakIterator.DONE; b = it.next()) {
      out.add(b);
    }
    return out;
  }

  @Test
  void icuFindsTheBoundariesItFindsInTheCopy() {
    BreakIterator a = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
    BreakIterator b = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
    qt().withExamples(3_000).forAll(longs().all(), longs().all()).checkAssert((seed, cut) -> {
      String s = text(seed);
      Random r = new Random(cut);
      int from = r.nextInt(s.length() + 1);
      int to = from + r.nextInt(s.length() - from + 1);
      a.setText(s.substring(from, to));
      b.setText(new RangeText(s, from, to));
      assertThat(boundaries(b)).as("'%s' [%d, %d)", s, from, to).isEqualTo(boundaries(a));
    });
    // the case a range iterator with its own begin index gets wrong
    String s = "Intro.\n\nInflation eased to 8.0% in April, the lowest, said Mrs. Varga.";
    a.setText(s.substring(8));
    b.setText(new RangeText(s, 8, s.length()));
    assertThat(boundaries(b)).isEqualTo(boundaries(a)).endsWith(s.length() - 8);
  }

  @Test
  void oneRangeTextMovedFromRangeToRangeFindsWhatNewOnesFind() {
    BreakIterator a = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
    BreakIterator b = BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
    qt().withExamples(1_000).forAll(longs().all(), longs().all()).checkAssert((seed, cut) -> {
      String s = text(seed);
      Random r = new Random(cut);
      RangeText moved = new RangeText(s, 0, 0);
      for (int k = 0; k < 4; k++) {
        int from = r.nextInt(s.length() + 1);
        int to = from + r.nextInt(s.length() - from + 1);
        a.setText(new RangeText(s, from, to));
        b.setText(moved.cover(from, to));
        assertThat(boundaries(b)).as("'%s' [%d, %d)", s, from, to).isEqualTo(boundaries(a));
      }
    });
  }

  @Test
  void movesAsAStringCharacterIteratorOverTheCopy() {
    qt().withExamples(2_000).forAll(longs().all(), integers().between(0, 60)).checkAssert((seed, steps) -> {
      String s = text(seed);
      Random r = new Random(seed ^ steps);
      int from = r.nextInt(s.length() + 1);
      int to = from + r.nextInt(s.length() - from + 1);
      CharacterIterator expected = new StringCharacterIterator(s.substring(from, to));
      RangeText actual = new RangeText(s, from, to);
      assertThat(actual.getBeginIndex()).isEqualTo(expected.getBeginIndex());
      assertThat(actual.getEndIndex()).isEqualTo(expected.getEndIndex());
      for (int k = 0; k < steps; k++) {
        int op = r.nextInt(6);
        char e;
        char g;
        switch (op) {
          case 0 -> {
            e = expected.first();
            g = actual.first();
          }
          case 1 -> {
            e = expected.last();
            g = actual.last();
          }
          case 2 -> {
            e = expected.next();
            g = actual.next();
          }
          case 3 -> {
            e = expected.previous();
            g = actual.previous();
          }
          case 4 -> {
            int i = r.nextInt(to - from + 1);
            e = expected.setIndex(i);
            g = actual.setIndex(i);
          }
          default -> {
            CharacterIterator c = actual.clone();
            assertThat(c.getIndex()).isEqualTo(actual.getIndex());
            c.next(); // the clone moves on its own
            e = expected.current();
            g = actual.current();
          }
        }
        assertThat(g).as("op %d at step %d", op, k).isEqualTo(e);
        assertThat(actual.getIndex()).isEqualTo(expected.getIndex());
      }
    });
  }

  @Test
  void refusesWhatAStringCharacterIteratorRefuses() {
    RangeText t = new RangeText("abcdef", 1, 4);
    assertThatThrownBy(() -> t.setIndex(4)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> t.setIndex(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RangeText("abc", 2, 4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(new RangeText("abc", 1, 1).first()).isEqualTo(CharacterIterator.DONE);
    assertThat(new RangeText("abc", 1, 1).last()).isEqualTo(CharacterIterator.DONE);
  }
}
