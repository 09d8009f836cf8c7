package io.github.ascribe.citations.internal.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.github.ascribe.core.text.Names;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link References#mayBeHeading}, which lets only some paragraphs be copied and keyed,
 * never turns away a paragraph whose key is a reference heading: on every heading as written in
 * articles, and on random text of heading letters, markup, spaces and non-ASCII look-alikes.
 */
class ReferenceHeadingTest {

  private static final String ALPHABET = "sourcefthingdlkbapySOURCEFTHINGDLKBAPY *#:-_`\t.\u00A0ｓｏ\u0455\u043Eé参考";

  @Test
  void everyHeadingAsWritten() {
    for (String h : References.HEADINGS) {
      String cap = Character.toUpperCase(h.charAt(0)) + h.substring(1);
      for (String v : new String[] {h, cap, h.toUpperCase(Locale.ROOT), "## " + cap, "**" + cap + ":**", cap + ":",
          "  " + cap + "  ", "### " + cap.replace(" ", "  ")}) {
        String s = "x\n" + v + "\ny";
        assertThat(References.mayBeHeading(s, 2, 2 + v.length())).as(v).isTrue();
      }
    }
  }

  @Test
  void neverTurnsAwayAHeading() {
    java.util.List<String> headings = java.util.List.copyOf(References.HEADINGS);
    String markup = " *#:-_`\t.\u00A0";
    qt().withExamples(50_000).forAll(integers().all()).checkAssert(seed -> {
      java.util.Random r = new java.util.Random(seed);
      StringBuilder sb = new StringBuilder("<");
      for (int i = 0, n = r.nextInt(4); i < n; i++) {
        sb.append(markup.charAt(r.nextInt(markup.length())));
      }
      String body = r.nextInt(3) == 0 ? "" : headings.get(r.nextInt(headings.size()));
      for (int i = 0; i < body.length(); i++) {
        char c = body.charAt(i);
        int roll = r.nextInt(12);
        sb.append(roll == 0 ? ALPHABET.charAt(r.nextInt(ALPHABET.length()))
            : roll < 4 ? Character.toUpperCase(c) : c);
      }
      for (int i = 0, n = r.nextInt(body.isEmpty() ? 20 : 4); i < n; i++) {
        sb.append((body.isEmpty() ? ALPHABET : markup).charAt(r.nextInt((body.isEmpty() ? ALPHABET : markup).length())));
      }
      String s = sb.append('>').toString();
      int from = 1;
      int to = s.length() - 1;
      if (References.HEADINGS.contains(Names.normalize(s.substring(from, to)))) {
        assertThat(References.mayBeHeading(s, from, to)).as(s).isTrue();
      }
    });
  }

  @Test
  void longAsciiTextIsNoHeading() {
    String s = "He told the committee the following:";
    assertThat(References.mayBeHeading(s, 0, s.length())).isFalse();
  }

  @Test
  void longTextWithTypographicQuotesIsNoHeading() {
    String s = "Zelenskyy criticised Putin’s “decision”";
    assertThat(References.mayBeHeading(s, 0, s.length())).isFalse();
    assertThat(References.mayBeHeading("“Sources”", 0, 9)).isTrue();
  }
}
