package io.github.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The HTML report: content, self-containment, and escaping of hostile input. */
class AnalyzeHtmlTest {

  /** Attribute values in our output: always double-quoted, so a quote ends them. Bounded input. */
  private static final Pattern ATTRIBUTE = Pattern.compile(" ([a-z-]+)=\"([^\"]*)\"");

  @Test
  void referenceArticle() {
    Cli.Result r = Cli.run("analyze", "--format", "html", Cli.REFERENCE);
    assertThat(r.code()).isZero();
    String html = r.out();
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    assertThat(html).contains("<title>Ascribe report: " + Cli.REFERENCE + "</title>");
    assertThat(html).contains("class=\"legend\"", "multi-source", "single-source", "unattributed");
    assertThat(count(html, "<span class=\"claim multi-source\" id=")).isEqualTo(7);
    assertThat(count(html, "<span class=\"claim unattributed\" id=")).isEqualTo(2);
    assertThat(html).contains("id=\"claim-3\" title=\"Claim #3: The Guardian (OUTLET), Associated Press (AGENCY),"
        + " The Times of India (OUTLET), Reuters (AGENCY) + 6 unnamed\nalso: Volodymyr Zelenskyy (PERSON)\">");
    assertThat(html).contains("#3 4+6 sources</sup>", "#4 no source</sup>");
    assertThat(html).contains("<span class=\"attr\" title=\"Attribution #4 SOURCE_LINE (source-line): The Guardian"
        + " (OUTLET), Associated Press (AGENCY), The Times of India (OUTLET), Reuters (AGENCY) + 6 unnamed,"
        + " declares =4; covers claims #3\">The Guardian/AP News +2/The Times of India +4 Reuters =The Guardian =4"
        + "</span>");
    assertThat(html).contains("<b>77.8%</b><small>coverage: 7 of 9 claims attributed</small>");
    assertThat(html).contains("<table class=\"sources\">", "<td class=\"name\">The Guardian</td>",
        "<td class=\"num\">#0 #1 #3 #5 #6 #7</td>");
    assertThat(html).contains("<h3>Diagnostics</h3>\n<p class=\"none\">None.</p>");
    assertThat(count(html, "<span")).isEqualTo(count(html, "</span>"));
    String text = html.substring(html.indexOf("<div class=\"text\">"), html.indexOf("<h3>Sources</h3>"));
    assertThat(count(text, "<p>")).isEqualTo(10);
  }

  @Test
  void selfContained() {
    String html = Cli.run("analyze", "-f", "html", Cli.REFERENCE).out();
    assertThat(html).doesNotContain("<script", "<link", "<img", "<iframe", "href=", "src=", "url(", "@import");
    assertThat(html).contains("Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"");
  }

  @Test
  void hostileTextIsEscaped(@TempDir Path dir) throws Exception {
    String file = Cli.write(dir, "<b>x&\"'.txt",
        "Officials denied it <script>alert(1)</script> on Monday [Reuters](javascript:alert(1)).\n"
            + "The port \"reopened\" & closed, per [AP](https://apnews.com/x) and <img src=x onerror=alert(1)>.\n"
            + "<a href=\"javascript:alert(2)\">click</a> was posted.\nReuters\n");
    String html = Cli.run("analyze", "-f", "html", file).out();
    assertThat(html).doesNotContain("<script", "<img", "<a ", "href=\"", "<b>x");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
        "&quot;reopened&quot; &amp; closed", "&lt;b&gt;x&amp;&quot;'.txt",
        "&lt;a href=&quot;javascript:alert(2)&quot;&gt;click&lt;/a&gt;");
    assertThat(html).contains("[Reuters](javascript:alert(1))");
    assertOnlyOurAttributes(html);
  }

  @Test
  void attributeBreakingNamesFromARegistryAreEscaped(@TempDir Path dir) throws Exception {
    String registry = Cli.write(dir, "evil.tsv",
        "evil-gazette\tEvil \"Gazette\" onmouseover=\"alert(1)\" <x>\tOUTLET\tUA\ten\tevil.example\tEvil Gazette\n");
    String file = Cli.write(dir, "a.txt", "Tanks crossed the river on Sunday.\nEvil Gazette +1\n");
    Cli.Result r = Cli.run("analyze", "-f", "html", "--registry", registry, file);
    assertThat(r.code()).as(r.err()).isZero();
    String html = r.out();
    assertThat(html).contains("Evil &quot;Gazette&quot; onmouseover=&quot;alert(1)&quot; &lt;x&gt; (OUTLET)");
    assertThat(html).doesNotContain("onmouseover=\"", "<x>");
    assertOnlyOurAttributes(html);
  }

  @Test
  void severalFilesOnePage(@TempDir Path dir) throws Exception {
    String a = Cli.write(dir, "a.txt", "The army moved north.\nReuters\n");
    String html = Cli.run("analyze", "-f", "html", a, Cli.REFERENCE).out();
    assertThat(count(html, "<!DOCTYPE html>")).isEqualTo(1);
    assertThat(count(html, "<section class=\"file\">")).isEqualTo(2);
    assertThat(html).contains("<title>Ascribe report: 2 files</title>");
  }

  @Test
  void claimsAcrossParagraphsKeepMarkupBalanced(@TempDir Path dir) throws Exception {
    String file = Cli.write(dir, "odd.txt", "One.\n\n\n  Two [1] three (dpa).\r\nAP News +2\u2028Reuters.\n");
    String html = Cli.run("analyze", "-f", "html", file).out();
    assertThat(count(html, "<span")).isEqualTo(count(html, "</span>"));
    assertThat(count(html, "<p")).isEqualTo(count(html, "</p>"));
  }

  /** Every attribute in the page is one we write: a hostile value never opens another. */
  private static void assertOnlyOurAttributes(String html) {
    Matcher m = ATTRIBUTE.matcher(html);
    while (m.find()) {
      assertThat(m.group(1)).isIn("lang", "charset", "http-equiv", "content", "name", "class", "id", "title", "style");
      if (m.group(1).equals("style")) {
        assertThat(m.group(2)).matches("width:[0-9.]+%");
      }
    }
  }

  private static int count(String s, String part) {
    return s.split(Pattern.quote(part), -1).length - 1;
  }
}
