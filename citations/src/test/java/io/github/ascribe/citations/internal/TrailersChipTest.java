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
 * {@link Trailers#chip} skips tails that cannot hold a count and tails the prefilter finds to be
 * prose; it must find the very chip that parsing every tail after every terminator finds (with the
 * rule for a domain glued after the sentence). Checked on
 * generated sentences with chips, counts, quotes, dashes, invisible and full-width characters, and
 * on arbitrary strings, in lenient and strict mode.
 */
class TrailersChipTest {

  private static final List<String> PIECES = List.of("Officials said the plan was dead", "prices rose", " ", " ",
      ".", ".", "!", "?", "”", "“", "\"", "…", "—", "–", "’", "‘", "«", "»", "\u00A0", "\u200B", "\u0007", "＋2",
      "﹢1", "+2", "+3", " +1", "+٣", "Fortune", "Quartz", "Reuters", "AP News", "The Guardian", "Le Monde", "and",
      "3 others", "two other outlets", "+3 more", "MORE", "ＭＯＲＥ", "Others", "o\u200Bthers", "mo\u00ADre", ", ",
      " / ", "(", ")", "[1]", "=4", "Yahoo", "ｏｔｈｅｒｓ", "𝟑", "é", "apnews", ".com", "bbc.co", ".uk", "www.", "-");

  @Test
  void findsWhatParsingEveryTailFinds() {
    qt().withExamples(4000).forAll(sentences()).checkAssert(TrailersChipTest::agree);
    qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 60)).checkAssert(TrailersChipTest::agree);
    for (String s : List.of("Talks ended.Fortune+1Quartz +2", "It fell.” Reuters +3", "It fell. “Reuters +3”",
        "It fell.—Reuters and 3 others", "It fell. Reuters and two other outlets", "It fell…AP News +3 more",
        "It fell. Reuters ＋2", "It fell. Reuters +٣", "It fell. Reuters and ｔｗｏ ｏｔｈｅｒｓ",
        "It fell in the quarter.apnews.com+3", "It fell.www.bbc.co.uk+2", "It fell.Fortune+2.MORE+2",
        "It fell.FAZ+3lapresse.ca+2", "It fell.CBC News +3Military.com +2The Nation +2", "It fell.AP+12x.y+1",
        "It fell.AP+3.com+1", "It fell.AP+3a.b", "It fell.Ouest-France +2lapresse.tn +1",
        "It ended.Wall St. Journal+3Ici Radio-Canada +1", "It ended in St. Louis+2", "Talks ended. Gen. Motors+2",
        "It fell.WWW.apnews.com+1Reuters +2", "It fell.news.www.bbc.co.uk+2", "It fell.www.+2", "It fell.www.x.www.bbc.co.uk+1",
        "Officials said the plan was deadOfficials said the plan was deadOfficials said the plan was deadOfficials"
            + " said the plan was dead..＋2 www.Fortune.(Officials said the plan was dead")) {
      agree(s);
    }
  }

  private static Gen<String> sentences() {
    return in -> {
      StringBuilder sb = new StringBuilder();
      int n = (int) in.next(Constraint.between(1, 16));
      for (int i = 0; i < n; i++) {
        sb.append(PIECES.get((int) in.next(Constraint.between(0, PIECES.size() - 1))));
      }
      return sb.toString();
    };
  }

  private static void agree(String s) {
    for (boolean strict : new boolean[] {false, true}) {
      SourceRegistry registry = SourceRegistry.bundled();
      NotationReader notation = new NotationReader(registry, strict);
      Trailers trailers = new Trailers(notation, registry, NotationPrefilter.of(registry, strict));
      for (int e = 1; e <= s.length(); e++) {
        assertThat(trailers.chip(s, 0, e)).as("'%s' up to %d", s, e).isEqualTo(everyTail(notation, s, 0, e));
      }
    }
  }

  /** The chip search without shortcuts: every tail after a terminator, parsed. */
  private static int everyTail(NotationReader notation, String s, int from, int e) {
    for (int i = e - 1; i > from && e - i < 400; i--) {
      char c = s.charAt(i - 1);
      if (c == '.' || c == '!' || c == '?' || c == '”' || c == '"' || c == '…') {
        String tail = s.substring(i, e);
        if (tail.isBlank()) {
          continue;
        }
        NotationResult r = notation.read(tail);
        if (isChip(r)) {
          if (c == '.' && i >= 2 && Character.isLetterOrDigit(s.charAt(i - 2))) {
            boolean unresolvedStart = r.mentions().get(0).span().start() == 0
                && !r.mentions().get(0).match().isResolved();
            // a domain glued after the sentence: the chip may start at an earlier full stop
            int j = i - 2;
            for (; j > from && e - j < 400 && Trailers.isHostCharacter(s.charAt(j - 1)); j--) {
              if (unresolvedStart && s.charAt(j - 1) == '.') {
                NotationResult longer = notation.read(s.substring(j, e));
                if (isChip(longer) && Trailers.namesHostAcross(longer, i - 1 - j)) {
                  // with the www. right before it, after a stop
                  int w = j - 4;
                  if (w - 1 > from && ".!?”\"…".indexOf(s.charAt(w - 1)) >= 0 && s.regionMatches(true, w, "www.", 0, 4)) {
                    NotationResult www = notation.read(s.substring(w, e));
                    if (isChip(www) && Trailers.namesHostAcross(www, j - 1 - w)) {
                      return w;
                    }
                  }
                  return j;
                }
              }
            }
            // or an abbreviation's stop inside a known name
            int before = !r.mentions().get(0).match().isResolved() ? Trailers.stopBefore(s, from, i - 1) : -1;
            if (before >= 0 && e - before < 400) {
              NotationResult longer = notation.read(s.substring(before, e));
              if (isChip(longer) && Trailers.namesHostAcross(longer, i - 1 - before)) {
                return before;
              }
            }
            // or a domain glued to the count of the chip before it
            int k = Trailers.afterCount(s, from, j, i - 1);
            if (k >= 0 && e - k < 400) {
              NotationResult longer = notation.read(s.substring(k, e));
              if (isChip(longer) && Trailers.spansAcross(longer, i - 1 - k)) {
                return k;
              }
            }
          }
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean isChip(NotationResult r) {
    return r.isNotation() && r.entries().stream().anyMatch(x -> x.count() > 0) && !r.mentions().isEmpty();
  }
}
