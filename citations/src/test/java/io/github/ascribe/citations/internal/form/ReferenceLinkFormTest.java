package io.github.ascribe.citations.internal.form;

import static io.github.ascribe.citations.internal.form.FormTestSupport.analyze;
import static io.github.ascribe.citations.internal.form.FormTestSupport.claims;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ascribe.citations.form.LinkDefinition;
import io.github.ascribe.citations.internal.scan.LinkDefinitions;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** {@link ReferenceLinkForm} and {@link LinkDefinitionForm}: reference-style links and their definitions. */
class ReferenceLinkFormTest {

  private static List<String> sources(Article a, int claim) {
    return a.claims().get(claim).sources().stream().map(s -> s.id().startsWith("unknown-") ? s.name() : s.id())
        .toList();
  }

  @Test
  void definitionsAreReadAnywhereAndIgnoreCase() {
    Map<String, LinkDefinition> d = LinkDefinitions.read(
        "Text.\n\n[1]: https://www.reuters.com/x?utm_source=chatgpt.com \"Fires spread\"\n  [Local]: <https://sele-courier.net/y>\n[no]: not a url\n");
    assertThat(d).containsOnlyKeys("1", "local");
    assertThat(d.get("1").url()).isEqualTo("https://www.reuters.com/x?utm_source=chatgpt.com");
    assertThat(d.get("1").title()).isEqualTo("Fires spread");
    assertThat(d.get("local").url()).isEqualTo("https://sele-courier.net/y");
  }

  @Test
  void numberedReferenceLinksResolveThroughTheirDefinitions() {
    Article a = analyze("Wildfires burned 12,000 hectares. ([Reuters][1])\n\nTwo villages were evacuated. ([AP News][2])\n\n"
        + "[1]: https://www.reuters.com/world/fires/?utm_source=chatgpt.com \"Wildfires spread\"\n"
        + "[2]: https://apnews.com/article/fires?utm_source=chatgpt.com \"Villages evacuated\"");
    assertThat(claims(a)).containsExactly("Wildfires burned 12,000 hectares.", "Two villages were evacuated.");
    assertThat(sources(a, 0)).containsExactly("reuters");
    assertThat(sources(a, 1)).containsExactly("associated-press");
    assertThat(a.attributions()).extracting(Attribution::rule).containsExactly("link-reference", "link-reference");
  }

  @Test
  void namedLabelsWithDefinitionsFirstAndAnUnknownSite() {
    Article a = analyze("[bbc]: https://www.bbc.com/news/x \"Night trains stay\"\n[local]: https://www.sele-courier.net/y?utm_source=chatgpt.com\n\n"
        + "The assembly kept its night trains. ([BBC][bbc])\n\nThe routes lost 9 million euros. ([Sele Courier][local])");
    assertThat(claims(a)).containsExactly("The assembly kept its night trains.", "The routes lost 9 million euros.");
    assertThat(sources(a, 0)).containsExactly("bbc");
    assertThat(sources(a, 1)).containsExactly("sele-courier.net");
  }

  @Test
  void anUndefinedReferenceIsADiagnosticWithItsSpan() {
    Article a = analyze("Prices rose. ([Reuters][9])");
    assertThat(a.diagnostics()).anyMatch(d -> d.code().equals("undefined-link-reference")
        && d.span().text(a.text()).equals("[Reuters][9]"));
    assertThat(sources(a, 0)).containsExactly("reuters");
  }

  @Test
  void aReferenceToALookAlikeHostIsAMismatch() {
    Article a = analyze("Refunds come in June. ([AP News][1])\n\n[1]: https://apnews.com.secure-verify.info/a");
    assertThat(sources(a, 0)).containsExactly("secure-verify.info");
    assertThat(a.diagnostics()).anyMatch(d -> d.code().equals("link-host-mismatch"));
  }

  private static Gen<String> texts() {
    Gen<String> piece = Generate.pick(List.of("Prices rose.", " ", "\n", "([Reuters][1])", "[AP][ap]", "(", ")",
        "[", "]", "[1]: https://www.reuters.com/x \"T\"", "[ap]: <https://apnews.com/a>", ":", "\"", "[x][]", ","));
    return lists().of(piece).ofSizeBetween(0, 14).map(l -> String.join("", l));
  }

  @Test
  void neverThrowsSpansAreInsideAndTheReadingIsDeterministic() {
    qt().withExamples(1_000).forAll(texts()).checkAssert(s -> {
      Article a = analyze(s);
      for (Attribution at : a.attributions()) {
        assertThat(at.span().end()).isLessThanOrEqualTo(s.length());
        at.mentions().forEach(m -> assertThat(at.span().contains(m.span())).isTrue());
      }
      a.diagnostics().forEach(d -> assertThat(d.span().end()).isLessThanOrEqualTo(s.length()));
      assertThat(a.diagnostics()).noneMatch(d -> d.code().equals("form-failed"));
      assertThat(analyze(s)).isEqualTo(a);
    });
  }
}
