package io.github.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.Ascribe;
import io.github.ascribe.core.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Renders the HTML report of the reference article in a real headless browser (HtmlUnit, which
 * parses the page, applies its CSS and lays out visibility as a browser does) and checks what a reader
 * sees: every card displayed, each claim's sources as visible text beside it, no script error. Skipped
 * with a message when the browser cannot start here.
 */
class HtmlReportBrowserTest {

  @Test
  void cardsAndSourcesAreVisibleInABrowser() throws Exception {
    String html = Cli.run("analyze", "--format", "html", Cli.REFERENCE).out();
    Article a = Ascribe.analyze(Files.readString(Path.of(Cli.REFERENCE)));
    WebClient browser;
    try {
      browser = new WebClient(BrowserVersion.FIREFOX);
    } catch (LinkageError | RuntimeException e) {
      Assumptions.abort("no headless browser: HtmlUnit could not start (" + e + ")");
      return;
    }
    List<String> errors = new ArrayList<>();
    try (browser) {
      browser.getOptions().setThrowExceptionOnScriptError(true);
      browser.getOptions().setCssEnabled(true);
      browser.setCssErrorHandler(new org.htmlunit.SilentCssErrorHandler());
      browser.setIncorrectnessListener((message, origin) -> errors.add(message));
      HtmlPage page = browser.loadHtmlCodeIntoCurrentWindow(html);
      assertThat(page.getTitleText()).isEqualTo("Ascribe report: " + Cli.REFERENCE);
      for (var c : a.claims()) {
        DomElement card = page.getElementById("claim-" + c.index());
        assertThat(card).as("card %d", c.index()).isNotNull();
        assertThat(card.isDisplayed()).isTrue();
        String seen = card.getVisibleText();
        assertThat(seen).as("card %d", c.index()).contains("#" + c.index(), CardLabel.of(c).label());
        for (var s : c.sources()) {
          assertThat(seen).as("card %d", c.index()).contains(s.name(), s.kind().toString());
        }
      }
      DomElement chart = page.querySelector("figure.chart");
      assertThat(chart.isDisplayed()).isTrue();
      assertThat(chart.getVisibleText()).contains("multi-source", "unattributed");
      assertThat(page.querySelectorAll("script")).isEmpty();
    }
    assertThat(errors).as("page incorrectness reported by the browser").isEmpty();
  }
}
