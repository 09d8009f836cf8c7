package io.github.ascribe.citations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * {@link Trailers#last} scans a sentence ending in a stop for a count once, for the trailer before
 * the stop and for the one after it; it must find the very trailer that looking for a marker, link,
 * label or chip before the stop and then at the end, each search on its own, finds. Checked on
 * generated sentences with every kind of trailer, stops, long prose and cues at the scan's bound, and
 * on arbitrary strings, in lenient and strict mode.
 */
class TrailersLastTest {

  private static final List<String> PIECES = List.of("Officials said the plan was dead", "prices rose", " ", " ",
      ".", ".", "!", "?", "”", "\"", "…", "—", "\u00A0", "\u0007", "é", "+2", "+3", " +1", "＋2", "Fortune",
      "Quartz", "Reuters", "AP News", "and", "3 others", "+3 more", "MORE", "other", "more", "Others", "[1]",
      "[2][3]", "¹²", "(dpa)", "(Reuters)", "[filing](https://www.reuters.com/x)", "(https://apnews.com/y)",
      "([politico.eu](https://www.politico.eu/z))", "[espn+3](https://www.espn.com/x)", "[AP =4](https://x.org/a)",
      "[AP and two others](https://apnews.com/b)", "[Reuters +2 more](https://www.reuters.com/c)",
      "([bbc ＋2](https://www.bbc.co.uk/d))", "(https://www.espn.com/x+2)", "[mo\u00ADre](https://a.com/)", "(", ")", "apnews.com",
      ".com", "x".repeat(200), "y ".repeat(197), "+", "7");

  @Test
  void findsWhatEachSearchOnItsOwnFinds() {
    qt().withExamples(1500).forAll(sentences()).checkAssert(TrailersLastTest::agree);
    qt().withExamples(1000).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(TrailersLastTest::agree);
    for (int pad = 395; pad <= 410; pad++) {
      for (String cue : List.of("+2", "é", "others", "more", "\u0007")) {
        agree("It fell" + cue + "a".repeat(pad) + ".");
        agree("It fell. Reuters" + cue + " " + "a".repeat(pad) + "!");
      }
    }
  }

  private static Gen<String> sentences() {
    return in -> {
      StringBuilder sb = new StringBuilder();
      int n = (int) in.next(Constraint.between(1, 14));
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
      for (int from = 0; from < Math.min(s.length(), 5); from += 4) {
        for (int to = from; to <= s.length(); to++) {
          if (s.length() > 60 && to < s.length() - 2 && to % 11 != 0) {
            continue; // long strings: their ends, and some other places
          }
          Trailers.Trailer t = trailers.last(s, from, to, null);
          Trailers.Trailer expected = eachOnItsOwn(trailers, notation, s, from, to);
          String at = "'" + s + "' [" + from + ", " + to + ")";
          if (expected == null) {
            assertThat(t).as(at).isNull();
            continue;
          }
          assertThat(t).as(at).isNotNull();
          assertThat(t.kind()).as(at).isEqualTo(expected.kind());
          assertThat(t.span()).as(at).isEqualTo(expected.span());
          if (t.parsed() != null) {
            assertThat(t.parsed()).as(at).isEqualTo(notation.read(t.parsedText()));
            String text = t.span().text(s);
            assertThat(text).as(at).contains(t.parsedText());
          }
        }
      }
    }
  }

  /** The trailer search as it was written first: each finder on its own, before the stop and at the end. */
  private static Trailers.Trailer eachOnItsOwn(Trailers trailers, NotationReader notation, String s, int from,
      int to) {
    int e = Trailers.trimEnd(s, from, to);
    if (e <= from) {
      return null;
    }
    char last = s.charAt(e - 1);
    if ((last == '.' || last == '!' || last == '?') && e - 1 > from) {
      Trailers.Trailer before = beforeStop(trailers, notation, s, from, e - 1);
      if (before != null) {
        return new Trailers.Trailer(before.kind(), Span.of(before.span().start(), e));
      }
    }
    return beforeStop(trailers, notation, s, from, e);
  }

  private static Trailers.Trailer beforeStop(Trailers trailers, NotationReader notation, String s, int from,
      int e) {
    int m = Trailers.marker(s, from, e);
    if (m >= 0) {
      return new Trailers.Trailer(Trailers.Kind.MARKER, Span.of(m, e));
    }
    int link = trailers.link(s, from, e);
    if (link >= 0) {
      String inner = s.substring(link, e);
      NotationResult r = notation.read(inner.startsWith("(") ? inner.substring(1, inner.length() - 1) : inner);
      boolean chip = r.entries().stream().anyMatch(x -> x.count() > 0);
      return new Trailers.Trailer(chip ? Trailers.Kind.CHIP : Trailers.Kind.LINK, Span.of(link, e));
    }
    int label = trailers.label(s, from, e);
    if (label >= 0) {
      return new Trailers.Trailer(Trailers.Kind.LABEL, Span.of(label, e));
    }
    int chip = trailers.chip(s, from, e);
    return chip >= 0 ? new Trailers.Trailer(Trailers.Kind.CHIP, Span.of(chip, e)) : null;
  }
}
