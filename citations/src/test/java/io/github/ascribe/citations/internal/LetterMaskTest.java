package io.github.ascribe.citations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * {@link NotationPrefilter#mayBeOneEditApart} only skips pairs of words that are neither one edit
 * nor one swap apart. Checked on words and their edits, swaps and near misses, on words of few
 * letters (so that many pairs are one edit apart), and on arbitrary strings.
 */
class LetterMaskTest {

  private static final List<String> WORDS = List.of("guardian", "reuters", "observer", "marketplace", "bloomberg",
      "politico", "telegraph", "spectator", "aaaaaa", "abcabc", "zyx", "", "q", "éàü", "a-b&c", "dpa");

  @Test
  void skipsOnlyWordsMoreThanOneEditApart() {
    qt().withExamples(20000).forAll(fewLetters(), fewLetters()).checkAssert(LetterMaskTest::agree);
    qt().withExamples(10000).forAll(edited(), edited()).checkAssert(LetterMaskTest::agree);
    qt().withExamples(5000).forAll(strings().allPossible().ofLengthBetween(0, 8),
        strings().allPossible().ofLengthBetween(0, 8)).checkAssert(LetterMaskTest::agree);
    for (String w : WORDS) {
      for (String y : WORDS) {
        agree(w, y);
      }
    }
  }

  private static void agree(String w, String y) {
    boolean near = NotationPrefilter.withinOneEdit(w, 0, w.length(), y) || NotationPrefilter.isSwap(w, 0, w.length(), y);
    if (near) {
      assertThat(NotationPrefilter.mayBeOneEditApart(NotationPrefilter.letterMask(w, 0, w.length()),
          NotationPrefilter.letterMask(y, 0, y.length()))).as("'%s' and '%s'", w, y).isTrue();
    }
  }

  /** Words of up to 7 characters from 3 letters: many are one edit or swap apart. */
  private static Gen<String> fewLetters() {
    return in -> {
      StringBuilder sb = new StringBuilder();
      int n = (int) in.next(Constraint.between(0, 7));
      for (int i = 0; i < n; i++) {
        sb.append("abc".charAt((int) in.next(Constraint.between(0, 2))));
      }
      return sb.toString();
    };
  }

  /** A word with up to two characters dropped, added, replaced or swapped. */
  private static Gen<String> edited() {
    return in -> {
      StringBuilder sb = new StringBuilder(WORDS.get((int) in.next(Constraint.between(0, WORDS.size() - 1))));
      int edits = (int) in.next(Constraint.between(0, 2));
      for (int k = 0; k < edits; k++) {
        int at = (int) in.next(Constraint.between(0, sb.length()));
        char c = "aeirsxé!A".charAt((int) in.next(Constraint.between(0, 8)));
        switch ((int) in.next(Constraint.between(0, 3))) {
          case 0 -> sb.insert(at, c);
          case 1 -> {
            if (at < sb.length()) {
              sb.deleteCharAt(at);
            }
          }
          case 2 -> {
            if (at < sb.length()) {
              sb.setCharAt(at, c);
            }
          }
          default -> {
            if (at + 1 < sb.length()) {
              char t = sb.charAt(at);
              sb.setCharAt(at, sb.charAt(at + 1));
              sb.setCharAt(at + 1, t);
            }
          }
        }
      }
      return sb.toString();
    };
  }
}
