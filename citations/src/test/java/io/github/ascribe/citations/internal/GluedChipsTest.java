package io.github.ascribe.citations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * {@link GluedChips#longest} tries the ends of a run longest first and stops at the first that reads
 * as known chips; it must find the very end (and reading) that parsing every end, shortest first,
 * and keeping the last that reads as known chips finds. Checked on generated sentences with glued
 * chips, damaged ones, and arbitrary strings, from every start after a terminator, in lenient and
 * strict mode.
 */
class GluedChipsTest {

  private static final List<String> PIECES = List.of("Officials said the plan was dead", "Gold fell", " ", " ",
      "  ", ".", ".", "!", "?", "”", "“", "…", "—", "\u00A0", "\u200B", "\t", "\n", "＋2", "+2", "+3", " +1", "+1",
      "+٣", "+12", "+", "Fortune", "Quartz", "Reuters", "AP News", "The Guardian", "Le Monde", "Bloomberg", "and",
      "3 others", "two other outlets", "+3 more", "Others", ", ", " / ", "(", ")", "[1]", "=4", "=Reuters", "é",
      "apnews.com", ".com", "bbc.co.uk", "www.", "-", "Zorblax", "Inflation fell to 3.3% in Oct., the lowest",
      "Mr. Kaplan questioned", "The", "the", "Sen.", "[espn+3](https://www.espn.com/x)", "a", "x".repeat(130));

  @Test
  void findsWhatReadingEveryEndFinds() {
    qt().withExamples(1500).forAll(sentences()).checkAssert(GluedChipsTest::agree);
    qt().withExamples(1500).forAll(damaged()).checkAssert(GluedChipsTest::agree);
    qt().withExamples(1500).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(GluedChipsTest::agree);
    qt().withExamples(1000).forAll(strings().betweenCodePoints(' ', '~').ofLengthBetween(0, 60))
        .checkAssert(GluedChipsTest::agree);
    for (String s : List.of("in May.Fortune+1Quartz +2 Gold fell.", "in May.Fortune+1Quartz +2 Gold +2 fell.",
        "It fell.Reuters +2 AP News +3 The Guardian +1 Le Monde +2 Bloomberg +1 Fortune +2 Quartz +3 x",
        "It fell.O Estado de São Paulo +3Parool +2 Inflation fell to 11.5% in Feb.",
        "It fell.Reuters+2" + " ".repeat(400) + "AP News +1", "It fell.Reuters +2\u00A0AP News +1 Then.")) {
      agree(s);
    }
  }

  static Gen<String> sentences() {
    return in -> {
      StringBuilder sb = new StringBuilder("In May.");
      int n = (int) in.next(Constraint.between(1, 18));
      for (int i = 0; i < n; i++) {
        sb.append(PIECES.get((int) in.next(Constraint.between(0, PIECES.size() - 1))));
      }
      return sb.toString();
    };
  }

  /** Generated sentences with a few characters dropped, doubled or replaced. */
  static Gen<String> damaged() {
    return in -> {
      StringBuilder sb = new StringBuilder(sentences().generate(in));
      int edits = (int) in.next(Constraint.between(1, 4));
      for (int k = 0; k < edits && sb.length() > 0; k++) {
        int at = (int) in.next(Constraint.between(0, sb.length() - 1));
        switch ((int) in.next(Constraint.between(0, 2))) {
          case 0 -> sb.deleteCharAt(at);
          case 1 -> sb.insert(at, sb.charAt(at));
          default -> sb.setCharAt(at, " .+2x\u00A0".charAt((int) in.next(Constraint.between(0, 5))));
        }
      }
      return sb.toString();
    };
  }

  private static void agree(String s) {
    for (boolean strict : new boolean[] {false, true}) {
      SourceRegistry registry = SourceRegistry.bundled();
      NotationReader notation = new NotationReader(registry, strict);
      GluedChips glued = new GluedChips(notation, NotationPrefilter.of(registry, strict));
      for (int i = 0; i < s.length(); i++) {
        if (i > 0 && ".!?".indexOf(s.charAt(i - 1)) < 0 && i % 7 != 0) {
          continue; // every start after a terminator, and some others
        }
        int expected = everyEnd(notation, s, i, s.length());
        GluedChips.Run run = glued.longest(s, i, s.length());
        assertThat(run == null ? -1 : run.end()).as("'%s' from %d, strict %s", s, i, strict).isEqualTo(expected);
        // a budget: enough gives the same run; too little gives OUT_OF_BUDGET or the same answer, never another
        assertThat(glued.longest(s, i, s.length(), new int[] {10 * GluedChips.MAX_LENGTH})).isEqualTo(run);
        GluedChips.Run tight = glued.longest(s, i, s.length(), new int[] {(i * 13 + s.length()) % 40});
        assertThat(tight).isIn(run, GluedChips.OUT_OF_BUDGET);
        if (run != null) {
          assertThat(run.read()).isEqualTo(notation.read(s.substring(i, run.end())));
        }
      }
    }
  }

  /** The search without shortcuts: every end, shortest first, each parsed in full; the last that qualifies. */
  private static int everyEnd(NotationReader notation, String s, int i, int b) {
    int best = -1;
    int words = 0;
    int limit = Math.min(b, i + 300);
    for (int c = i; c <= limit && words <= 8; c++) {
      if (c < limit && !Character.isWhitespace(s.charAt(c))) {
        continue;
      }
      words++;
      NotationResult r = notation.read(s.substring(i, c));
      if (GluedChips.isKnownChips(r) && plusDigitWithin(s, i, limit)) {
        best = c;
      }
      while (c < limit && Character.isWhitespace(s.charAt(c))) {
        c++;
      }
    }
    return best;
  }

  /** The original guard, written out: a plus and a digit before the first space after 120 characters. */
  private static boolean plusDigitWithin(String s, int from, int to) {
    for (int k = from; k + 1 < to; k++) {
      if ((s.charAt(k) == '+' || s.charAt(k) == '＋') && Character.isDigit(s.charAt(k + 1))) {
        return true;
      }
      if (Character.isWhitespace(s.charAt(k)) && k > from + 120) {
        return false;
      }
    }
    return false;
  }
}
