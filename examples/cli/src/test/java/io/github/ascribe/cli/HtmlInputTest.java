package io.github.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** HTML input: a saved page read with jsoup into text whose links keep their targets. */
class HtmlInputTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void samplePageKeepsTheArticleAndDropsThePage() throws Exception {
    String html = Files.readString(Cli.reference().resolveSibling("port-reopens.html"));
    assertThat(HtmlInput.toText(html)).isEqualTo("""
        # Black Sea port reopens after two-week closure

        By a staff writer

        The port of Odesa reopened to grain ships on Tuesday after a two-week closure, according to \
        [Reuters](https://www.reuters.com/world/europe/odesa-port-reopens).

        Three ships left the harbour within hours, carrying about 90,000 tonnes of wheat \
        ([AP News](https://apnews.com/article/odesa-grain-ships)).

        Insurers had raised premiums sharply during the closure, the ministry said.

        ## What comes next

        Traders expect exports to recover by the end of the month.

        - Wheat futures fell 3% in Chicago on the news.
        - Freight rates to Istanbul eased for the first time since May.

        Shipping analysts warned that the reopening may not last.

        Bloomberg, Financial Times, Kyiv Independent +2
        """);
  }

  @Test
  void linksAreMadeAbsoluteAndOnlyWebLinksKeepTheirTarget() {
    String html = "<html><head><base href='https://news.example.org/world/'></head><body>"
        + "<p>Rates rose, <a href='../markets/rates?x=(1)'>the bank said</a>.</p>"
        + "<p>See <a href='https://apnews.com/x'>https://apnews.com/x</a> and <a href='#note-1'>[1]</a>"
        + " and <a href='javascript:alert(1)'>this</a> and <a href='mailto:a@b.example'>mail</a>"
        + " and <a href='https://x.example/'>[odd] text</a>.</p></body></html>";
    assertThat(HtmlInput.toText(html)).isEqualTo(
        "Rates rose, [the bank said](https://news.example.org/markets/rates?x=%281%29).\n\n"
            + "See https://apnews.com/x and [1] and this and mail and [(odd) text](https://x.example/).\n");
  }

  @Test
  void blocksListsTablesAndWhiteSpace() {
    String html = "<body><header>Site <nav>menu</nav></header><div hidden>secret</div>"
        + "<h3>  Heading\n  text </h3><p>one\n   two<br>three</p>"
        + "<ol><li>first</li><li>second <b>bold</b></li></ol>"
        + "<pre>  keep\n    this</pre><table><tr><th>a</th><th>b</th></tr><tr><td>1</td><td>2</td></tr></table>"
        + "<aside>related</aside><span aria-hidden='true'>icon</span><script>x()</script><style>p{}</style>"
        + "<footer>(c) site</footer></body>";
    assertThat(HtmlInput.toText(html)).isEqualTo(
        "### Heading text\n\none two\nthree\n\n1. first\n2. second bold\n\n  keep\n    this\n\na | b\n1 | 2\n");
  }

  @Test
  void mainIsPreferredAndArticleHeadersAreKept() {
    String html = "<body><div>Sidebar text</div><main><article><header><h1>Title</h1></header>"
        + "<p>Body.</p><footer>Reporting by Reuters</footer></article></main><p>After main.</p></body>";
    assertThat(HtmlInput.toText(html)).isEqualTo("# Title\n\nBody.\n\nReporting by Reuters\n");
  }

  @Test
  void footnoteNumbersBecomeMarkersThatTheReferenceListResolves(@TempDir Path dir) throws Exception {
    String page = "<!DOCTYPE html><main><p>Grain exports rose in May.<sup><a href='#cite-1'>1</a></sup>"
        + " Prices fell in June.<sup><a href='#cite-2'>[2]</a></sup> Oil was flat.<sup>note</sup></p>"
        + "<h2>References</h2><ol><li id='cite-1'><a href='https://www.reuters.com/markets/grain'>Grain exports"
        + " rise</a>. Reuters. 3 June.</li><li id='cite-2'>Associated Press - <a href='https://apnews.com/article/x'>"
        + "https://apnews.com/article/x</a></li></ol></main>";
    assertThat(HtmlInput.toText(page)).isEqualTo("Grain exports rose in May.[1] Prices fell in June.[2] Oil was flat.note\n\n"
        + "## References\n\n1. [Grain exports rise](https://www.reuters.com/markets/grain). Reuters. 3 June.\n"
        + "2. Associated Press - https://apnews.com/article/x\n");
    JsonNode claims = JSON.readTree(Cli.run("analyze", "-f", "json", Cli.write(dir, "wiki.html", page)).out()).get("claims");
    assertThat(claims.get(0).get("sources").get(0).get("name").asText()).isEqualTo("Reuters");
    assertThat(claims.get(1).get("sources").get(0).get("name").asText()).isEqualTo("Associated Press");
  }

  @Test
  void deepAndWideInputIsConvertedInTime() {
    // no node looks at its ancestors or earlier siblings, so the time grows with the page, not with its
    // square (as looking up each text node's ancestors, or each item's index among its siblings, would)
    String deep = "<div><sup><pre><article><header>".repeat(5_000) + "Prices rose." + "<li>x".repeat(10_000);
    String wide = "<ol>" + "<li>item".repeat(30_000) + "</ol><table><tr>" + "<td>c".repeat(30_000) + "</table>";
    assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
      assertThat(HtmlInput.toText(deep)).contains("Prices rose.");
      String text = HtmlInput.toText(wide);
      assertThat(text).contains("30000. item\n", "c | c");
    });
  }

  @Test
  void emptyAndTextOnlyInput() {
    assertThat(HtmlInput.toText("")).isEmpty();
    assertThat(HtmlInput.toText("<html><body><script>x</script></body></html>")).isEmpty();
    assertThat(HtmlInput.toText("plain words, no tags")).isEqualTo("plain words, no tags\n");
  }

  @Test
  void autoDetectsByNameOrContent() {
    assertThat(HtmlInput.looksLikeHtml("a.html", "x")).isTrue();
    assertThat(HtmlInput.looksLikeHtml("A.HTM", "x")).isTrue();
    assertThat(HtmlInput.looksLikeHtml("-", "\uFEFF\n  <!doctype HTML><p>x")).isTrue();
    assertThat(HtmlInput.looksLikeHtml("-", "<html lang=en>")).isTrue();
    assertThat(HtmlInput.looksLikeHtml("a.txt", "Talks <b>ended</b>.")).isFalse();
    assertThat(HtmlInput.looksLikeHtml("a.txt", "")).isFalse();
  }

  @Test
  void theCommandReadsHtmlAndSpansReferToTheText(@TempDir Path dir) throws Exception {
    String page = "<!DOCTYPE html><html><body><p>Grain exports resumed on Monday, "
        + "<a href='https://www.reuters.com/x'>Reuters</a> reported.</p><p>Prices fell.</p>"
        + "<p>Reuters, AP</p></body></html>";
    String text = HtmlInput.toText(page);
    for (String[] args : List.of(new String[] {Cli.write(dir, "page.html", page)},
        new String[] {"--input-format", "html", Cli.write(dir, "page.txt", page)})) {
      Cli.Result r = Cli.run(concat(new String[] {"analyze", "-f", "json"}, args));
      assertThat(r.code()).as(r.err()).isZero();
      JsonNode claims = JSON.readTree(r.out()).get("claims");
      assertThat(claims).hasSize(2);
      for (JsonNode c : claims) {
        assertThat(text.substring(c.get("start").asInt(), c.get("end").asInt())).isEqualTo(c.get("text").asText());
      }
      assertThat(claims.get(0).get("text").asText()).startsWith("Grain exports resumed on Monday");
    }
    Cli.Result sniffed = Cli.runWithStdin(page, "analyze", "-f", "json", "-");
    assertThat(JSON.readTree(sniffed.out()).get("claims")).hasSize(2);
    Cli.Result asText = Cli.run("analyze", "-f", "json", "--input-format", "text", Cli.write(dir, "raw.html", page));
    assertThat(JSON.readTree(asText.out()).get("claims").get(0).get("text").asText()).startsWith("<");
    Cli.Result bad = Cli.run("analyze", "--input-format", "pdf", Cli.write(dir, "x.txt", "x"));
    assertThat(bad.code()).isEqualTo(Main.USAGE);
    assertThat(bad.err()).contains("--input-format", "auto", "text", "html");
  }

  private static final Gen<String> PIECES = Generate.pick(List.of("<p>", "</p>", "<a href='https://ap.example/x'>",
      "<a href='(')>", "</a>", "<li>", "<ol>", "<pre>", "<br>", "<h2>", "<script>", "<!--", "-->", "&amp;", "&#0;",
      "\u0000", "\r\n", "  ", "Reuters", "Prices rose.", "[1]", "\uD800", "<table><tr><td>", "<main>", "<header>"));

  private static final Gen<String> PAGES = Generate.oneOf(strings().allPossible().ofLengthBetween(0, 60),
      in -> PIECES.generate(in) + PIECES.generate(in) + PIECES.generate(in) + PIECES.generate(in)
          + PIECES.generate(in) + PIECES.generate(in));

  @Test
  void neverThrowsIsDeterministicAndTidy() {
    qt().withExamples(400).forAll(PAGES).checkAssert(html -> {
      String text = HtmlInput.toText(html);
      assertThat(HtmlInput.toText(html)).isEqualTo(text);
      assertThat(text).doesNotContain("\n\n\n");
      if (!text.isEmpty()) {
        assertThat(text).endsWith("\n").doesNotStartWith("\n").doesNotStartWith(" ");
        assertThat(text.charAt(text.length() - 2)).isNotIn(' ', '\n');
      }
    });
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
