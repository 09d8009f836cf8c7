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

/** {@link DomainLineForm}: one domain a line under a paragraph, scoped like a source line. */
class DomainLineFormTest {

  private static List<String> sources(Article a, int claim) {
    return a.claims().get(claim).sources().stream().map(s -> s.id().startsWith("unknown-") ? s.name() : s.id())
        .toList();
  }

  @Test
  void anUnknownSiteOnItsOwnLineCoversTheParagraphAbove() {
    Article a = analyze("The tram line will reach the university by 2029. It adds five stops.\nbbc.com\ncorvotoday.com");
    assertThat(claims(a)).containsExactly("The tram line will reach the university by 2029.", "It adds five stops.");
    assertThat(sources(a, 0)).containsExactly("bbc", "corvotoday.com");
    assertThat(sources(a, 1)).containsExactly("bbc", "corvotoday.com");
    assertThat(a.attributions()).extracting(Attribution::rule).contains("domain-line");
  }

  @Test
  void linesThatAreNoDomainsStayText() {
    for (String line : List.of("report.pdf", "v2.0", "U.S.", "press@corvotoday.com", "corvotoday.com is new")) {
      Article a = analyze("The tram line opens in 2029.\n" + line);
      assertThat(a.attributions()).as(line).noneMatch(x -> x.rule().equals("domain-line"));
    }
  }

  private static Gen<String> texts() {
    Gen<String> piece = Generate.pick(List.of("Prices rose.", "\n", "corvotoday.com", "bbc.com", " ", "x.pdf",
        ".", "-", "a.co.uk", "\r\n", "é.com"));
    return lists().of(piece).ofSizeBetween(0, 12).map(l -> String.join("", l));
  }

  @Test
  void neverThrowsSpansAreInsideAndTheReadingIsDeterministic() {
    qt().withExamples(1_000).forAll(texts()).checkAssert(s -> {
      Article a = analyze(s);
      for (Attribution at : a.attributions()) {
        assertThat(at.span().end()).isLessThanOrEqualTo(s.length());
        at.mentions().forEach(m -> assertThat(at.span().contains(m.span())).isTrue());
      }
      assertThat(a.diagnostics()).noneMatch(d -> d.code().equals("form-failed"));
      assertThat(analyze(s)).isEqualTo(a);
    });
  }
}
