package io.github.ascribe.citations.internal.form;

import static io.github.ascribe.citations.internal.form.FormTestSupport.analyze;
import static io.github.ascribe.citations.internal.form.FormTestSupport.claims;
import static io.github.ascribe.citations.internal.form.FormTestSupport.hit;
import static io.github.ascribe.citations.internal.form.FormTestSupport.hits;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.AttributionForm;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link LinkForm}: a link ending a sentence names its text's outlet, else its address's host. */
class LinkFormTest {

  @Test
  void isTriedAtSentenceEndsHoldingAnAddress() {
    LinkForm f = new LinkForm();
    assertThat(f.form()).isEqualTo(AttributionForm.LINK);
    assertThat(f.anchor()).isEqualTo(Anchor.SENTENCE_END);
  }

  @Test
  void chatGptStyleLinkInParentheses() {
    Article a = analyze("The strike closed three ports ([Reuters](https://www.reuters.com/world/strike)).");
    assertThat(hit(a, "link-markdown")).isEqualTo(
        "LINK link-markdown ⟦([Reuters](https://www.reuters.com/world/strike)).⟧ [reuters] claims [0]");
    assertThat(claims(a)).containsExactly("The strike closed three ports");
  }

  @Test
  void aMarkdownLinkAfterTheClaim() {
    Article a = analyze("Wages rose faster than prices [BBC](https://www.bbc.co.uk/news/business). Rents fell.");
    assertThat(hit(a, "link-markdown")).isEqualTo(
        "LINK link-markdown ⟦[BBC](https://www.bbc.co.uk/news/business).⟧ [bbc] claims [0]");
    assertThat(claims(a)).containsExactly("Wages rose faster than prices", "Rents fell.");
  }

  @Test
  void aDomainAsTheLinkText() {
    Article a = analyze("Turnout was high ([politico.eu](https://www.politico.eu/article/vote)).");
    assertThat(hit(a, "link-markdown")).isEqualTo(
        "LINK link-markdown ⟦([politico.eu](https://www.politico.eu/article/vote)).⟧ [politico-europe] claims [0]");
  }

  @Test
  void aBareAddressNamesItsHost() {
    Article a = analyze("The plan was approved on Monday (https://apnews.com/article/plan).");
    assertThat(hits(a)).singleElement().asString()
        .matches("LINK link-\\S+ ⟦\\(https://apnews.com/article/plan\\)\\.⟧ \\[associated-press] claims \\[0]");
    assertThat(claims(a)).containsExactly("The plan was approved on Monday");
  }

  @Test
  void linkTextThatNamesNoOutletFallsBackToTheHost() {
    Article a = analyze("Rates were held [here](https://www.ft.com/content/abc).");
    assertThat(hits(a)).singleElement().asString()
        .matches("LINK link-\\S+ ⟦\\[here]\\(https://www.ft.com/content/abc\\)\\.⟧ \\[financial-times] claims \\[0]");
  }

  @Test
  void aLinkWithoutANameIsReportedByItsAddress() {
    assertThat(FormTestSupport.rules(analyze("The plan was approved on Monday (https://apnews.com/article/plan).")))
        .containsExactly("link-url");
    assertThat(FormTestSupport.rules(analyze("Rates were held [here](https://www.ft.com/content/abc).")))
        .containsExactly("link-url");
  }

  @Test
  void aCountedLinkIsAChipNotALink() {
    Article a = analyze("The team set a record[espn+3](https://www.espn.com/nba/story/_/id/1)");
    assertThat(hits(a)).singleElement().asString().startsWith("CHIP chip-trailing");
  }

  @Test
  void aBareDomainInProseIsNoLink() {
    Article a = analyze("Read the full report at reuters.com for details.");
    assertThat(hits(a)).noneMatch(h -> h.startsWith("LINK"));
  }

  @Test
  void anAddressInsideTheSentenceIsNoLink() {
    Article a = analyze("The agency (see https://www.reuters.com/x) declined to comment.");
    assertThat(hits(a)).noneMatch(h -> h.startsWith("LINK"));
  }

  @Test
  void parenthesesWithoutAnAddressAreNoLink() {
    Article a = analyze("Prices rose (mostly in May).");
    assertThat(hits(a)).isEmpty();
    assertThat(claims(a)).containsExactly("Prices rose (mostly in May).");
  }

  @Test
  void aQuestionMarkInsideTheAddressEndsNoSentence() {
    Article a = analyze("The port reopened on Tuesday. ([Reuters](https://www.reuters.com/world/port?utm_source=chatgpt.com))");
    assertThat(claims(a)).containsExactly("The port reopened on Tuesday.");
    assertThat(hits(a)).singleElement().asString().contains("[reuters]");
  }

  @Test
  void aLinkToALookAlikeHostIsAttributedToTheHostWithAWarning() {
    Article a = analyze("Refunds will be paid by June. ([AP News](https://apnews.com.secure-verify.info/article/x?utm_source=chatgpt.com))");
    assertThat(a.claims().get(0).sources()).extracting(s -> s.name()).containsExactly("secure-verify.info");
    assertThat(a.diagnostics()).anyMatch(d -> d.code().equals("link-host-mismatch")
        && d.span().text(a.text()).equals("AP News"));
  }

  @Test
  void aLinkToAnUnknownSiteNamesItsRegistrableDomainNotTheTrackingParameters() {
    Article a = analyze("The charge starts in September ([Harbour Times](https://news.harbourtimes.co.uk/x/?utm_source=chatgpt.com)).");
    assertThat(a.claims().get(0).sources()).extracting(s -> s.name()).containsExactly("harbourtimes.co.uk");
    assertThat(a.diagnostics()).noneMatch(d -> d.code().equals("link-host-mismatch"));
  }

  @Test
  void aShortLinkGivesNoMismatch() {
    Article a = analyze("The bank cut its rate ([Reuters](https://reut.rs/3xYz)).");
    assertThat(a.claims().get(0).sources()).extracting(s -> s.id()).containsExactly("reuters");
    assertThat(a.diagnostics()).noneMatch(d -> d.code().equals("link-host-mismatch"));
  }

  @Test
  void aLinkToTheEnginesOwnPageNamesNoSource() {
    Article a = analyze("The bill passed by 61 votes to 40 ([chatgpt.com](https://chatgpt.com/share/6811f0a2)).");
    assertThat(a.claims().get(0).sources()).isEmpty();
  }

  @Test
  void aLinkTitleIsNoSource() {
    Article a = analyze("Ferries were cancelled until Monday ([Reuters](https://www.reuters.com/world/ferries/?utm_source=chatgpt.com \"Storm halts ferries\")).");
    assertThat(claims(a)).containsExactly("Ferries were cancelled until Monday");
    assertThat(a.claims().get(0).sources()).extracting(s -> s.id()).containsExactly("reuters");
  }

  @Test
  void aNumberedLinkInsideBrackets() {
    Article a = analyze("The marathon was cancelled [[1](https://www.bbc.com/sport/71200456)]. Runners get a refund \\[[2](https://www.corvotoday.com/sport/refunds)].");
    assertThat(claims(a)).containsExactly("The marathon was cancelled", "Runners get a refund");
    assertThat(a.claims().get(0).sources()).extracting(s -> s.id()).containsExactly("bbc");
    assertThat(a.claims().get(1).sources()).extracting(s -> s.name()).containsExactly("corvotoday.com");
  }

  @Test
  void aChipAsLinkTextGluedToTheStop() {
    Article a = analyze("The bank will close 40 branches.[Reuters+1](https://www.reuters.com/business/x?utm_source=chatgpt.com)\nStaff will be offered other jobs.");
    assertThat(claims(a)).containsExactly("The bank will close 40 branches.", "Staff will be offered other jobs.");
    assertThat(a.claims().get(0).sources()).extracting(s -> s.id()).containsExactly("reuters");
    assertThat(a.claims().get(0).unnamedSources()).isEqualTo(1);
  }

  @Test
  void anIpv6HostReadsWithoutError() {
    for (String s : List.of("The server moved (http://[2001:db8::1]/x).", "It moved ([mirror](http://[2001:db8::1]:8080/x)).",
        "It moved. http://[::1]/ ([x](https://[fe80::1%25eth0]/a?utm_source=chatgpt.com))")) {
      Article a = analyze(s);
      assertThat(a.diagnostics()).as(s).noneMatch(d -> d.code().equals("form-failed"));
      assertThat(a.claims()).as(s).isNotEmpty();
    }
  }

  @Test
  void anEngineHostThatIsTheNamedSourcesOwnSiteNamesIt() {
    Article a = analyze("Searches for the storm tripled ([Bing News](https://bing.com/news/story/1)).");
    assertThat(a.claims().get(0).sources()).extracting(s -> s.id()).containsExactly("bing-news");
    Article search = analyze("Searches for the storm tripled ([Valdera storm](https://www.bing.com/search?q=valdera+storm)).");
    assertThat(search.claims().get(0).sources()).isEmpty();
  }
}
