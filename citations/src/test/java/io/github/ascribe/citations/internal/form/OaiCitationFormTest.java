package io.github.ascribe.citations.internal.form;

import static io.github.ascribe.citations.internal.form.CodeTestSupport.codes;
import static io.github.ascribe.citations.internal.form.FormTestSupport.analyze;
import static io.github.ascribe.citations.internal.form.FormTestSupport.claims;
import static io.github.ascribe.citations.internal.form.FormTestSupport.hits;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.Article;
import org.junit.jupiter.api.Test;

/** {@link OaiCitationForm}: oai_citation codes resolved by their URL or name. */
class OaiCitationFormTest {

  @Test
  void aKnownHostNamesTheSource() {
    Article a = analyze("Forty trains will be ordered.  [oai_citation:0‡Reuters](https://www.reuters.com/x/?utm_source=chatgpt.com)");
    assertThat(claims(a)).containsExactly("Forty trains will be ordered.");
    assertThat(hits(a)).containsExactly("LINK code-oai-citation "
        + "⟦[oai_citation:0‡Reuters](https://www.reuters.com/x/?utm_source=chatgpt.com)⟧ [reuters] claims [0]");
  }

  @Test
  void anUnknownSiteIsNamedByItsHost() {
    Article a = analyze("The vote is on 14 May.  [oai_citation:0‡Corvo Today](https://www.corvotoday.com/politics/vote)");
    assertThat(a.claims().get(0).mediaSources()).extracting(s -> s.name()).containsExactly("corvotoday.com");
  }

  @Test
  void aFileIsNoSourceAndGivesADiagnostic() {
    Article a = analyze("The plan assumes 21,000 fans.  [oai_citation:1‡plan.pdf](file-service://file-8Qx2)");
    assertThat(claims(a)).containsExactly("The plan assumes 21,000 fans.");
    assertThat(a.attributions()).isEmpty();
    assertThat(codes(a)).contains("unresolved-citation-code");
  }
}
