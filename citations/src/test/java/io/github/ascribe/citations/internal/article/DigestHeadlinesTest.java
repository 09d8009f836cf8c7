package io.github.ascribe.citations.internal.article;

import static org.assertj.core.api.Assertions.assertThat;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ascribe.citations.PageFurniture;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link DigestHeadlines}: the headlines over a digest's items, and the lines that are not. */
class DigestHeadlinesTest {

  private static final SourceRegistry REGISTRY = SourceRegistry.bundled();

  /** The lines made headings, as their text joined by " / ". */
  private static String headings(String text) {
    List<Layout.Para> paras = DigestHeadlines.mark(text, Layout.paragraphs(text), REGISTRY, PageFurniture.bundled());
    StringBuilder sb = new StringBuilder();
    for (Layout.Para p : paras) {
      if (p.heading()) {
        sb.append(sb.length() == 0 ? "" : " / ").append(text, p.start(), p.end());
      }
    }
    return sb.toString();
  }

  @Test
  void headlinesOverItemsWithSourceLinesAndTheDigestsTitle() {
    assertThat(headings("Morning briefing\n\nPort strike ends\nDock workers returned to work on Monday.\nReuters\n\n"
        + "Rents rise 6% in a year\nAverage rents rose 6% in the year to March. apnews.com"))
        .isEqualTo("Morning briefing / Port strike ends / Rents rise 6% in a year");
  }

  @Test
  void oneShortLineIsNoDigest() {
    assertThat(headings("Port strike ends\nDock workers returned to work on Monday, the union said.")).isEmpty();
  }

  @Test
  void linesAfterASentenceSourceLinesChipsAndTitleSiteLinesAreNoHeadlines() {
    // figures under a sentence do not stand alone
    assertThat(headings("The budget passed.\nSchools get 4% more\nSpending on schools rises next year.\n"
        + "The vote was close.\nRoads get 2% less\nSpending on roads falls next year.")).isEmpty();
    // a line of names is a source line; a line ending with a name is a sentence whose stop was lost
    assertThat(headings("Reuters, AP News\nThe port reopened on Tuesday after two weeks.\n\n"
        + "Fares stay free until September Reuters\nThe council will decide on a fare in the autumn.")).isEmpty();
    // a chip count, a domain, a title-site line, page text, a byline
    assertThat(headings("Port reopens Reuters +2\nThe port reopened on Tuesday.\n\nPort reopens - BBC News\n"
        + "The port reopened.\n\nShow all\nThe port reopened.\n\nBy Ana Lima\nThe port reopened.\n\n"
        + "Port reopens bbc.com\nThe port reopened.")).isEmpty();
  }

  @Test
  void aSentenceAndALineOverALongerParagraphOnly() {
    assertThat(DigestHeadlines.isShortTitle("Valdera keeps its night trains", 0, 30)).isTrue();
    assertThat(DigestHeadlines.isShortTitle("The port reopened.", 0, 18)).isFalse();
    assertThat(DigestHeadlines.isShortTitle("Strike ends. Talks resume", 0, 25)).isFalse();
    assertThat(DigestHeadlines.isShortTitle("one", 0, 3)).isFalse();
    // the next line must be longer and hold a stop
    assertThat(headings("Port strike ends after twelve days of talks\nIt ended.\n\nRents rise\nRents rose.")).isEmpty();
  }

  /** Texts of digest-like lines: headlines, paragraphs, source lines, times, blanks, sentences. */
  private static Gen<String> digests() {
    List<String> lines = List.of("Port strike ends", "Dock workers returned to work on Monday.", "Reuters", "",
        "Rents rise 6% in a year", "3h ago", "Reuters, AP", "Valdera port reopens - BBC", "Spending rises 4%",
        "Average rents rose 6% in the year to March. apnews.com", "By Ana Lima", "## Markets", "- A list item",
        "Fares stay free Reuters", "x", "Show all", "   ", "Talks end. The union agreed", "\r");
    Gen<String> line = integers().between(0, lines.size() - 1).map(lines::get);
    return lists().of(line).ofSizeBetween(0, 12).map(l -> String.join("\n", l));
  }

  @Test
  void neverThrowsKeepsEveryParagraphAndIsDeterministic() {
    qt().withExamples(400).forAll(digests()).checkAssert(text -> {
      List<Layout.Para> before = Layout.paragraphs(text);
      List<Layout.Para> after = DigestHeadlines.mark(text, before, REGISTRY, PageFurniture.bundled());
      assertThat(after).hasSameSizeAs(before);
      int headlines = 0;
      for (int i = 0; i < before.size(); i++) {
        Layout.Para b = before.get(i);
        Layout.Para a = after.get(i);
        // only the heading flag may change, and only from false to true
        assertThat(List.of(a.index(), a.start(), a.contentStart(), a.end()))
            .isEqualTo(List.of(b.index(), b.start(), b.contentStart(), b.end()));
        assertThat(!b.heading() || a.heading()).isTrue();
        headlines += a.heading() && !b.heading() ? 1 : 0;
      }
      // a digest has at least two headlines, or none is marked
      assertThat(headlines == 0 || headlines >= DigestHeadlines.MIN_HEADLINES).isTrue();
      assertThat(DigestHeadlines.mark(text, Layout.paragraphs(text), REGISTRY, PageFurniture.bundled())).isEqualTo(after);
    });
  }
}
