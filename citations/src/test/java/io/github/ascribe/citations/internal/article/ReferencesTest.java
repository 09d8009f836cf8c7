package io.github.ascribe.citations.internal.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** {@link References}: the reference lists answer engines end with, number to source. */
class ReferencesTest {

  private static final SourceRegistry REGISTRY = SourceRegistry.bundled();

  /** Number to the ids of its sources, and the reference paragraphs. */
  private static String read(String text) {
    Map<Integer, List<SourceMention>> out = new TreeMap<>();
    BitSet paras = References.read(text, Layout.paragraphs(text), REGISTRY, out);
    StringBuilder sb = new StringBuilder();
    out.forEach((n, m) -> sb.append(n).append('=').append(m.isEmpty() ? "-" : m.get(0).source().id()).append(' '));
    return sb.append(paras).toString();
  }

  @Test
  void titleThenSiteUnderAHeadingWithoutColon() {
    assertThat(read("Claim.\nSources\n[1] Wine exports slump - Financial Times\n[2] Harvest down | The Guardian"))
        .isEqualTo("1=financial-times 2=the-guardian {1, 2, 3}");
  }

  @Test
  void bingListsOnLinesAndGluedIntoOne() {
    assertThat(read("Claim.\nSource: Conversation with Bing, 4/21/2026\n(1) Bridge reopens | Reuters. "
        + "https://www.reuters.com/x/.\n(2) Ferry figures 2025. https://www.marrowbay-ports.com/s."))
        .isEqualTo("1=reuters 2=unknown-marrowbay-ports-com {1, 2, 3}");
    assertThat(read("Claim.\nSource: Conversation with Bing, 3/14/2026(1) MPs back trial - The Guardian. "
        + "https://www.theguardian.com/x Accessed 3/14/2026.(2) Trial starts. https://apnews.com/article/y"))
        .isEqualTo("1=the-guardian 2=associated-press {1}");
  }

  @Test
  void learnMoreOnOneLineAndUnderAHeading() {
    assertThat(read("Claim.\nLearn more: 1. bbc.com 2. reuters.com 3. apnews.com"))
        .isEqualTo("1=bbc 2=reuters 3=associated-press {1}");
    assertThat(read("Claim.\nLearn more\n1. reuters.com\n2. theguardian.com\n+2 more"))
        .isEqualTo("1=reuters 2=the-guardian {1, 2, 3, 4}");
  }

  @Test
  void anEntryOnAnEnginePageNamesNoSourceWhateverEngineListItIsOn() {
    // the engine hosts are the links' own list (engine-hosts.txt): a search page and a shared chat
    // name no source, a redirect through one names its target, news.google.com stays a source
    assertThat(read("Claim.\nSources\n[1] Search - https://www.google.com/search?q=ferry\n"
        + "[2] Chat - https://chatgpt.com/share/abc\n[3] Bridge - https://www.google.com/url?q=https://www.bbc.co.uk/x"))
        .isEqualTo("1=- 2=- 3=bbc {1, 2, 3, 4}");
  }

  @Test
  void perplexityFootnoteExportWithItsHiddenSpanAndSeparator() {
    assertThat(read("Claim.[^1_1]\n<span style=\"display:none\">[^1_2]</span>\n<div align=\"center\">⁂</div>\n"
        + "[^1_1]: https://www.reuters.com/x\n[^1_2]: https://en.wikipedia.org/wiki/Steel"))
        .isEqualTo("1001=reuters 1002=wikipedia {1, 2, 3, 4}");
  }

  @Test
  void proseAfterAHeadingWordAndAnAutolinkAreNoList() {
    assertThat(read("Source: the ministry said prices rose.\n<https://apnews.com/article/x>")).isEqualTo("{}");
  }

  @Test
  void anEntryOnAnAnswerEnginesOwnPageNamesNoSource() {
    Map<Integer, List<SourceMention>> out = new TreeMap<>();
    String text = "Claim.[1][2]\nCitations:\n[1] https://www.perplexity.ai/page/x\n[2] https://www.bbc.co.uk/news/y";
    References.read(text, Layout.paragraphs(text), REGISTRY, out);
    assertThat(out.get(1)).isEmpty();
    assertThat(out.get(2)).extracting(m -> m.source().id()).containsExactly("bbc");
  }

  @Test
  void titlesWithoutNumbersUnderAHeadingAreAListNumberedByPlace() {
    // a Perplexity or Copilot panel copied as text: a title, then its site on the next line
    assertThat(read("Claim [1][2].\nSources\nNight trains stay on the timetable\nreuters.com\n"
        + "Rail union welcomes the vote | The Guardian\ntheguardian.com"))
        .isEqualTo("1=reuters 2=the-guardian {1, 2, 3, 4, 5}");
    // ChatGPT's panel: a site name, then the title
    assertThat(read("Claim.\nSources\nReuters\nNorvik Air to cut 300 jobs\nThe Guardian\nUnions vow to fight cuts"))
        .isEqualTo("1=reuters 2=the-guardian {1, 2, 3, 4, 5}");
  }

  @Test
  void aSentenceEndsAListWithoutNumbersAndNumbersWinOverPlaces() {
    assertThat(read("Sources\nFerry strike ends - BBC News\nThe strike ended on Monday. Talks resume in May.\nNo stop here"))
        .isEqualTo("1=bbc {0, 1}");
    assertThat(read("Notes\nThe figures for March are provisional, the office said."))
        .isEqualTo("{0}");
    assertThat(read("Sources\nReuters\n[1] Ferry strike ends - BBC News"))
        .isEqualTo("1=bbc {0, 1, 2}");
    assertThat(read("Sources\nTitle - Reuters\n## Background\nNo stop here"))
        .isEqualTo("1=reuters {0, 1}");
  }

  @Test
  void anEntryIsNoSentence() {
    assertThat(UnnumberedEntries.isEntry("Valdera votes to keep night trains", 0, 34)).isTrue();
    assertThat(UnnumberedEntries.isEntry("Will fares rise? - Reuters", 0, 26)).isTrue();
    assertThat(UnnumberedEntries.isEntry("Night trains stay ...", 0, 21)).isTrue();
    assertThat(UnnumberedEntries.isEntry("U.S. Senate passes bill - AP News", 0, 33)).isTrue();
    String t = "Night trains stay. https://www.reuters.com/x.";
    assertThat(UnnumberedEntries.isEntry(t, 0, t.length())).isTrue();
    String p = "The vote passed on Monday.";
    assertThat(UnnumberedEntries.isEntry(p, 0, p.length())).isFalse();
    String two = "The vote passed. Fares stay";
    assertThat(UnnumberedEntries.isEntry(two, 0, two.length())).isFalse();
    assertThat(UnnumberedEntries.isEntry("x".repeat(201), 0, 201)).isFalse();
  }

  /** Answers with lists with and without numbers, sentences, headings and markers. */
  private static Gen<String> answers() {
    List<String> lines = List.of("Claim [1][2].", "Sources", "References:", "Night trains stay - Reuters",
        "reuters.com", "The Guardian", "A title without a site", "[1] Ferry strike ends - BBC News", "",
        "The vote passed on Monday.", "## Background", "Title. https://apnews.com/x.", "1. bbc.com", "More",
        "Title ...", "Fares rise? | Financial Times", "x".repeat(210));
    Gen<String> line = integers().between(0, lines.size() - 1).map(lines::get);
    return lists().of(line).ofSizeBetween(0, 12).map(l -> String.join("\n", l));
  }

  @Test
  void unnumberedListsNeverThrowStayInsideTheTextAndAreDeterministic() {
    qt().withExamples(400).forAll(answers()).checkAssert(text -> {
      List<Layout.Para> paras = Layout.paragraphs(text);
      Map<Integer, List<SourceMention>> out = new TreeMap<>();
      BitSet refs = References.read(text, paras, REGISTRY, out);
      assertThat(refs.length()).isLessThanOrEqualTo(paras.size());
      for (List<SourceMention> ms : out.values()) {
        for (SourceMention m : ms) {
          assertThat(m.span().start()).isGreaterThanOrEqualTo(0);
          assertThat(m.span().end()).isLessThanOrEqualTo(text.length());
        }
      }
      // a sentence ending with a full stop is never an entry of a list without numbers
      for (Layout.Para p : paras) {
        if (refs.get(p.index()) && text.startsWith("The vote passed on Monday.", p.start())) {
          throw new AssertionError("sentence read as an entry: " + text);
        }
      }
      Map<Integer, List<SourceMention>> again = new TreeMap<>();
      assertThat(References.read(text, paras, REGISTRY, again)).isEqualTo(refs);
      assertThat(again).isEqualTo(out);
    });
  }
}
