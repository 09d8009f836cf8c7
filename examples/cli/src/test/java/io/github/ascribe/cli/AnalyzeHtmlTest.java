package io.github.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.Ascribe;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.Summary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The HTML report, parsed with jsoup and checked against the model: one card per claim with the right
 * label, its sources as text with form and rule, warnings for look-alikes and mismatched links, the
 * chart's numbers, self-containment and escaping of hostile input.
 */
class AnalyzeHtmlTest {

  /** Every tag the report writes; input never adds one. */
  static final Set<String> TAGS = Set.of("html", "head", "meta", "title", "style", "body", "main", "header",
      "h1", "h2", "h3", "p", "ul", "li", "span", "section", "div", "b", "small", "i", "figure", "figcaption",
      "svg", "rect", "article", "table", "thead", "tbody", "tr", "th", "td", "footer", "#root");

  /** Every attribute the report writes; input never adds one. */
  static final Set<String> ATTRIBUTES = Set.of("lang", "charset", "http-equiv", "content", "name", "class", "id",
      "title", "style", "xmlns", "role", "viewbox", "preserveaspectratio", "width", "height", "x", "y", "data-total", "data-count");

  @Test
  void oneCardPerClaimLabelledAsTheModelSays() throws Exception {
    Cli.Result r = Cli.run("analyze", "--format", "html", Cli.REFERENCE);
    assertThat(r.code()).isZero();
    Document doc = Jsoup.parse(r.out());
    assertThat(doc.title()).isEqualTo("Ascribe report: " + Cli.REFERENCE);
    Article a = Ascribe.analyze(Files.readString(Path.of(Cli.REFERENCE)));
    assertCardsMatch(doc, a);
    assertThat(doc.select("article.card.unattributed")).hasSize(2);
    assertThat(doc.select("article.card.multi-source")).hasSize(7);
    Element third = doc.getElementById("claim-3");
    assertThat(third.select("li.source.media .name").eachText())
        .containsExactly("The Guardian", "Associated Press", "The Times of India", "Reuters");
    assertThat(third.select("li.source.unnamed").text()).isEqualTo("+6 unnamed");
    // "and emphasizing that ..." shares the subject of "with Zelenskyy criticizing": a reported statement
    assertThat(third.select("li.source.other .name").eachText()).containsExactly("Volodymyr Zelenskyy");
    assertThat(third.select("li.source .via").eachText()).contains("SOURCE_LINE · source-line");
    assertThat(third.select(".count").text()).isEqualTo("4 + 6 unnamed media sources; cites 1 other");
    assertThat(third.select("li.source.media").first().attr("title"))
        .isEqualTo("the-guardian\nwritten as \u201cThe Guardian\u201d (EXACT match) at 5:1, attribution #4 SOURCE_LINE"
            + " (source-line)\nwritten as \u201cThe Guardian\u201d (EXACT match) at 5:56, attribution #4 SOURCE_LINE"
            + " (source-line)");
    assertThat(doc.getElementById("claim-4").select("li.source").text()).isEqualTo("no source named");
    assertThat(doc.select("li.source.warn")).isEmpty();
    assertThat(doc.select("table.sources td.name").eachText()).contains("The Guardian");
    assertThat(doc.select("h3:contains(Diagnostics) + p").text()).isEqualTo("None.");
    assertChartMatches(doc.selectFirst("section.file"), a);
  }

  @Test
  void peopleOnlyClaimsAreOtherAttributedAndWarningsNameTheReason(@TempDir Path dir) throws Exception {
    String text = "Officials said the port reopened on Monday, according to Bl\u043e\u043emberg.\n\n"
        + "Grain prices fell sharply [Reuters](https://reuters.example.net/markets/grain).\n\n"
        + "Wheat prices rose [Reuters](https://www.reuters.com/markets/wheat).\n\n"
        + "The minister said the deal was final.\n\n"
        + "Nobody knows what happens next.\n";
    String file = Cli.write(dir, "warn.txt", text);
    Document doc = Jsoup.parse(Cli.run("analyze", "-f", "html", file).out());
    Article a = Ascribe.analyze(text);
    assertCardsMatch(doc, a);

    Element lookAlike = doc.getElementById("claim-0");
    assertThat(lookAlike.hasClass("has-warning")).isTrue();
    assertThat(lookAlike.select("li.source.warn .name").text()).isEqualTo("Bl\u043e\u043emberg");
    assertThat(lookAlike.select("li.source.warn .why").text()).startsWith("\u26a0 look-alike name:")
        .contains("Bloomberg News", "Cyrillic");
    assertThat(lookAlike.select(".check").text()).isEqualTo("check 1 source");
    assertThat(lookAlike.select("li.source.lookalike .uncounted").text()).isEqualTo("not counted as a source");

    Element badLink = doc.getElementById("claim-1");
    assertThat(badLink.select("li.source.warn .why").text())
        .isEqualTo("\u26a0 the link text names Reuters but the link goes to reuters.example.net");
    Element goodLink = doc.getElementById("claim-2");
    assertThat(goodLink.select("li.source .name").eachText()).containsExactly("Reuters");
    assertThat(goodLink.select("li.source.warn")).isEmpty();
    assertThat(goodLink.hasClass("has-warning")).isFalse();

    Element minister = doc.getElementById("claim-3");
    assertThat(minister.classNames()).contains("other-attributed").doesNotContain("unattributed");
    assertThat(minister.select(".label").text()).isEqualTo("other-attributed");
    assertThat(minister.select("li.source.other .name").text()).isEqualTo("The minister");
    assertThat(doc.getElementById("claim-4").select(".label").text()).isEqualTo("unattributed");
    assertChartMatches(doc.selectFirst("section.file"), a);
  }

  @Test
  void noClaimsGivesAnEmptyChartAndNoCards(@TempDir Path dir) throws Exception {
    String file = Cli.write(dir, "empty.txt", "");
    Document doc = Jsoup.parse(Cli.run("analyze", "-f", "html", file).out());
    assertThat(doc.select("article.card")).isEmpty();
    assertThat(doc.select("svg").attr("data-total")).isEqualTo("0");
    assertThat(doc.select("rect.seg")).isEmpty();
    assertThat(doc.select("h3:contains(Claims) + p").text()).isEqualTo("No claims.");
  }

  @Test
  void selfContained() {
    String html = Cli.run("analyze", "-f", "html", Cli.REFERENCE).out();
    assertThat(html).doesNotContain("<script", "<link", "<img", "<iframe", "href=", "src=", "url(", "@import");
    assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"");
    assertOnlyOurMarkup(Jsoup.parse(html));
  }

  @Test
  void hostileTextIsEscaped(@TempDir Path dir) throws Exception {
    String file = Cli.write(dir, "<b>x&\"'.txt",
        "Officials denied it <script>alert(1)</script> on Monday [Reuters](javascript:alert(1)).\n"
            + "The port \"reopened\" & closed, per [AP](https://apnews.com/x) and <img src=x onerror=alert(1)>.\n"
            + "<a href=\"javascript:alert(2)\">click</a> was posted.\nReuters\n");
    String html = Cli.run("analyze", "-f", "html", file).out();
    assertThat(html).doesNotContain("<script", "<img", "<a ", "href=\"", "<b>x");
    Document doc = Jsoup.parse(html);
    assertOnlyOurMarkup(doc);
    assertThat(doc.select("h2").text()).endsWith("<b>x&\"'.txt");
    assertThat(doc.select(".claim-text").eachText()).anyMatch(t -> t.contains("<script>alert(1)</script>"));
    assertThat(doc.select(".claim-text").eachText()).anyMatch(t -> t.contains("\"reopened\" & closed"));
  }

  @Test
  void charactersThatHtml4NamesShowAsThemselvesInAnHtml5Browser(@TempDir Path dir) throws Exception {
    // U+2329 is "&lang;" in HTML 4, which HTML5 reads as U+27E8: found by ReportSafetyPropertiesTest
    String file = Cli.write(dir, "a.txt", "Tolls rose \u2329 and \u232A fell, caf\u00E9 \u2013 \u00A0 done. Reuters\n");
    Document doc = Jsoup.parse(Cli.run("analyze", "-f", "html", file).out());
    assertThat(doc.select(".claim-text").first().wholeText()).contains("\u2329 and \u232A fell, caf\u00E9 \u2013 \u00A0 done.");
  }

  @Test
  void attributeBreakingNamesFromARegistryAreEscaped(@TempDir Path dir) throws Exception {
    String registry = Cli.write(dir, "evil.tsv",
        "evil-gazette\tEvil \"Gazette\" onmouseover=\"alert(1)\" <x>\tOUTLET\tUA\ten\tevil.example\tEvil Gazette\n");
    String file = Cli.write(dir, "a.txt", "Tanks crossed the river on Sunday.\nEvil Gazette +1\n");
    Cli.Result r = Cli.run("analyze", "-f", "html", "--registry", registry, file);
    assertThat(r.code()).as(r.err()).isZero();
    Document doc = Jsoup.parse(r.out());
    assertOnlyOurMarkup(doc);
    assertThat(doc.select("li.source .name").eachText()).contains("Evil \"Gazette\" onmouseover=\"alert(1)\" <x>");
  }

  @Test
  void severalFilesOnePage(@TempDir Path dir) throws Exception {
    String a = Cli.write(dir, "a.txt", "The army moved north.\nReuters\n");
    Document doc = Jsoup.parse(Cli.run("analyze", "-f", "html", a, Cli.REFERENCE).out());
    assertThat(doc.select("section.file")).hasSize(2);
    assertThat(doc.select("figure.chart")).hasSize(2);
    assertThat(doc.title()).isEqualTo("Ascribe report: 2 files");
    assertThat(doc.select("section.file").first().select("article.card")).hasSize(1);
  }

  /** Each card's id, label (class and text) and sources follow the model, computed here on its own. */
  static void assertCardsMatch(Document doc, Article a) {
    Elements cards = doc.select("article.card");
    assertThat(cards).hasSize(a.claims().size());
    for (int i = 0; i < cards.size(); i++) {
      Element card = cards.get(i);
      Claim c = a.claims().get(i);
      String expected = expectedLabel(c);
      assertThat(card.id()).isEqualTo("claim-" + c.index());
      assertThat(card.classNames()).as(card.id()).contains(expected);
      assertThat(card.select(".label").text()).as(card.id()).isEqualTo(expected);
      assertThat(visible(card.selectFirst(".claim-text").wholeText())).as(card.id()).isEqualTo(visible(c.text()));
      // spec: a look-alike name is shown with its warning but is no source of the claim
      assertThat(card.select("li.source.lookalike .uncounted").eachText())
          .allMatch(t -> t.equals("not counted as a source"));
      assertThat(card.select("li.source:not(.unnamed):not(.nothing):not(.lookalike) .name").eachText())
          .as(card.id()).containsExactlyElementsOf(Stream.concat(c.mediaSources().stream(), c.otherSources().stream())
              .map(Source::name).toList());
      assertThat(card.select("li.source.unnamed")).hasSize(c.unnamedSources() > 0 ? 1 : 0);
      Set<String> via = new LinkedHashSet<>();
      for (Attribution at : c.attributions()) {
        if (!at.mentions().isEmpty()) {
          via.add(at.form() + " · " + at.rule());
        }
      }
      List<String> shown = new ArrayList<>();
      card.select("li.source .via").eachText().forEach(t -> shown.addAll(List.of(t.split(", "))));
      assertThat(new LinkedHashSet<>(shown)).as(card.id()).isEqualTo(via);
    }
  }

  /** Text without white space (HTML parsing normalises line ends and may drop white-space-only text). */
  private static String visible(String s) {
    StringBuilder sb = new StringBuilder();
    HtmlText.displayable(s).codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  private static String expectedLabel(Claim c) {
    int media = c.mediaSources().size() + c.unnamedSources();
    if (media >= 2) {
      return "multi-source";
    }
    if (media == 1) {
      return "single-source";
    }
    return c.otherSources().isEmpty() ? "unattributed" : "other-attributed";
  }

  /** The chart's parts and legend add up to the summary's figures. */
  static void assertChartMatches(Element section, Article a) {
    Summary s = a.summary();
    Element svg = section.selectFirst("figure.chart svg");
    assertThat(svg.attr("data-total")).isEqualTo(String.valueOf(s.claims()));
    int multi = count(svg, "multi-source");
    int single = count(svg, "single-source");
    int other = count(svg, "other-attributed");
    int none = count(svg, "unattributed");
    assertThat(multi + single).isEqualTo(s.attributedClaims());
    assertThat(single).isEqualTo(s.singleSourceClaims());
    assertThat(other + none).isEqualTo(s.unattributedClaims());
    assertThat(other).isEqualTo((int) a.claims().stream()
        .filter(c -> !c.isAttributed() && !c.otherSources().isEmpty()).count());
    assertThat(section.select(".chart-legend b").eachText())
        .containsExactly(String.valueOf(multi), String.valueOf(single), String.valueOf(other), String.valueOf(none));
    double width = 0;
    for (Element rect : svg.select("rect.seg")) {
      width += Double.parseDouble(rect.attr("width"));
    }
    assertThat(width).isCloseTo(s.claims() == 0 ? 0 : 480, org.assertj.core.data.Offset.offset(0.5));
  }

  private static int count(Element svg, String label) {
    Element rect = svg.selectFirst("rect.seg." + label);
    return rect == null ? 0 : Integer.parseInt(rect.attr("data-count"));
  }

  /** Every element and attribute in the page is one the report writes: input never opens another. */
  static void assertOnlyOurMarkup(Document doc) {
    for (Element e : doc.getAllElements()) {
      assertThat(e.normalName()).isIn(TAGS);
      for (Attribute at : e.attributes()) {
        assertThat(at.getKey().toLowerCase(java.util.Locale.ROOT)).isIn(ATTRIBUTES);
        if (at.getKey().equals("style")) {
          assertThat(at.getValue()).matches("width:[0-9.]+%");
        }
      }
    }
  }
}
