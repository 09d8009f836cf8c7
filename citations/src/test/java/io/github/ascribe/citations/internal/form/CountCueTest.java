package io.github.ascribe.citations.internal.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.citations.internal.notation.NotationReader;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Where {@link CountCues#mayHoldCount} finds no cue for a count, reading the text gives no entry with
 * a count, so a link there is no chip and need not be read to tell. Checked against the reader on
 * generated links and chips with counts, count phrases, number words, totals, restatements, full-width
 * and invisible characters, damaged ones, and arbitrary strings, in lenient and strict mode.
 */
class CountCueTest {

  private static final List<String> PIECES = List.of("[", "](", "https://www.reuters.com/a", "https://apnews.com/b",
      ")", "(", "Reuters", "AP News", "espn", "bbc.co.uk", "The Guardian", " ", " ", ", ", " / ", " and ", " & ",
      "+2", "+3", "+0", "+12345", "＋2", "﹢1", "+٣", "+𝟑", "=4", "= 5", "=Reuters", "3", "two", "twenty", "others",
      "other", "more", "MORE", "Others", "outlets", "news outlets", "sources", "ｏｔｈｅｒｓ", "o\u200Bthers",
      "mo\u00ADre", "oth-er", "mo're", "\u0007", "\u00A0", "“", "”", "—", "é", "Sources:", "via", "according to", ".",
      "*", "_", "x");

  @Test
  void noCueNoCount() {
    qt().withExamples(4000).forAll(texts()).checkAssert(CountCueTest::agree);
    qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(CountCueTest::agree);
    qt().withExamples(2000).forAll(strings().betweenCodePoints(' ', '~').ofLengthBetween(0, 40))
        .checkAssert(CountCueTest::agree);
    for (String s : List.of("[filing](https://www.reuters.com/x)", "[AP and two others](https://apnews.com/b)",
        "[espn+3](https://www.espn.com/x)", "Reuters and 3 other outlets", "AP +2 more", "[AP =4](https://x.org)")) {
      agree(s);
    }
    assertThat(CountCues.mayHoldCount("[espn+3](https://www.espn.com/x)", 0, 32)).isTrue();
    assertThat(CountCues.mayHoldCount("[filing](https://www.reuters.com/x)", 0, 35)).isFalse();
  }

  @Test
  void wordsAreFoundAsRegionMatchesIgnoringCaseFindsThem() {
    for (char letter : "othermore".toCharArray()) {
      for (int c = 0; c <= Character.MAX_VALUE; c++) {
        String s = "x" + (char) c + "\uDC00";
        assertThat(TextScan.isAt(s, 1, String.valueOf(letter))).as("U+%04X", c)
            .isEqualTo(s.regionMatches(true, 1, String.valueOf(letter), 0, 1));
      }
    }
    for (String s : List.of("other", "OTHER", "oTheR", "othe", "0ther", "more", "MoRe", "mor\u00E9", "m\u212Are",
        "\uD835\uDC28ther", "oth\u0131r")) {
      for (String word : List.of("other", "more")) {
        if (s.length() >= word.length()) {
          assertThat(TextScan.isAt(s, 0, word)).as(s).isEqualTo(s.regionMatches(true, 0, word, 0, word.length()));
        }
      }
    }
  }

  private static Gen<String> texts() {
    return in -> {
      StringBuilder sb = new StringBuilder();
      int n = (int) in.next(Constraint.between(1, 12));
      for (int i = 0; i < n; i++) {
        sb.append(PIECES.get((int) in.next(Constraint.between(0, PIECES.size() - 1))));
      }
      return sb.toString();
    };
  }

  private static void agree(String s) {
    for (boolean strict : new boolean[] {false, true}) {
      NotationReader notation = new NotationReader(SourceRegistry.bundled(), strict);
      for (int from = 0; from <= s.length(); from += Math.max(1, s.length() / 3)) {
        for (int to = from; to <= s.length(); to++) {
          if (CountCues.mayHoldCount(s, from, to)) {
            continue;
          }
          NotationResult r = notation.read(s.substring(from, to));
          assertThat(r.entries().stream().noneMatch(x -> x.count() > 0)).as("'%s'", s.substring(from, to)).isTrue();
        }
      }
    }
  }
}
