package io.github.ascribe.citations.internal.form;

import static io.github.ascribe.citations.internal.form.FormTestSupport.analyze;
import static io.github.ascribe.citations.internal.form.FormTestSupport.claims;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** {@link BareDomainForm}: a bare domain after a sentence names its site. */
class BareDomainFormTest {

  private static List<String> sources(Article a, int claim) {
    return a.claims().get(claim).sources().stream().map(s -> s.kind().isMedia() && s.id().startsWith("unknown-")
        ? s.name() : s.id()).toList();
  }

  @Test
  void aDomainAfterTheStop() {
    Article a = analyze("The port reopened after a two-week closure. reuters.com");
    assertThat(claims(a)).containsExactly("The port reopened after a two-week closure.");
    assertThat(sources(a, 0)).containsExactly("reuters");
    assertThat(a.attributions()).extracting(Attribution::rule).containsExactly("link-domain");
  }

  @Test
  void aDomainChipCountsTheOthers() {
    Article a = analyze("Inflation fell to 2.1% in February. apnews.com +1");
    assertThat(sources(a, 0)).containsExactly("associated-press");
    assertThat(a.claims().get(0).unnamedSources()).isEqualTo(1);
    assertThat(a.attributions()).extracting(Attribution::rule).containsExactly("chip-domain");
  }

  @Test
  void anUnknownSiteIsNamedByItsRegistrableDomain() {
    Article a = analyze("Delivery vans may enter before 10 am. news.corvotoday.com");
    assertThat(sources(a, 0)).containsExactly("corvotoday.com");
  }

  @Test
  void aKnownDomainGluedToTheStop() {
    Article a = analyze("Wine exports fell 11% last year.reuters.com+2 Producers blamed a late frost.theguardian.com");
    assertThat(claims(a)).containsExactly("Wine exports fell 11% last year.", "Producers blamed a late frost.");
    assertThat(sources(a, 0)).containsExactly("reuters");
    assertThat(a.claims().get(0).unnamedSources()).isEqualTo(2);
    assertThat(sources(a, 1)).containsExactly("the-guardian");
  }

  @Test
  void filesVersionsAbbreviationsAndAddressesAreNoDomains() {
    for (String s : List.of("The plan is in the annex. report.pdf", "The fix shipped in the release. v2.0",
        "The company moved to the U.S.", "Questions go to the press office. press@apnews.com",
        "The full text is on reuters.com.", "The notes are in the repository. README.md")) {
      assertThat(analyze(s).attributions()).as(s).noneMatch(x -> x.rule().endsWith("-domain"));
    }
  }

  private static Gen<String> texts() {
    Gen<String> piece = Generate.pick(List.of("Prices rose", ".", " ", "apnews.com", "+1", " +2", "news.sky.com",
        "report.pdf", "@", "frost", "x.", "\n", "U.S.", "www.bbc.com", "…", "\"", "é", "a-b.co.uk"));
    return lists().of(piece).ofSizeBetween(0, 12).map(l -> String.join("", l));
  }

  @Test
  void neverThrowsSpansAreInsideAndOrderedAndTheReadingIsDeterministic() {
    qt().withExamples(1_000).forAll(texts()).checkAssert(s -> {
      Article a = analyze(s);
      int last = -1;
      for (Attribution at : a.attributions()) {
        assertThat(at.span().start()).isGreaterThanOrEqualTo(0);
        assertThat(at.span().end()).isLessThanOrEqualTo(s.length());
        assertThat(at.span().start()).isGreaterThanOrEqualTo(last);
        last = at.span().start();
        at.mentions().forEach(m -> assertThat(m.span().end()).isLessThanOrEqualTo(s.length()));
      }
      assertThat(analyze(s)).isEqualTo(a);
      assertThat(a.diagnostics()).noneMatch(d -> d.code().equals("form-failed"));
    });
  }
}
