package io.github.ascribe.citations.internal.form;

import static io.github.ascribe.citations.internal.form.CodeTestSupport.notes;
import static io.github.ascribe.citations.internal.form.FormTestSupport.analyze;
import static io.github.ascribe.citations.internal.form.FormTestSupport.claims;
import static io.github.ascribe.citations.internal.form.FormTestSupport.hits;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.Article;
import org.junit.jupiter.api.Test;

/** {@link GeminiCiteForm} and {@link GeminiCiteStartForm}: Gemini's cite codes. */
class GeminiCiteFormTest {

  @Test
  void withoutAListTheCodesAreCutWithADiagnostic() {
    Article a = analyze("[cite_start]The audit found 38% need repairs[cite: 4, 12]. [cite_start]Three are urgent[cite: 15].");
    assertThat(claims(a)).containsExactly("The audit found 38% need repairs", "Three are urgent");
    // the codes give no attribution; "The audit found ..." is a prose attribution to a document
    assertThat(a.attributions()).allMatch(at -> at.form() == io.github.ascribe.core.AttributionForm.PROSE);
    assertThat(notes(a)).containsExactly("unresolved-citation-code ⟦[cite: 4, 12]⟧",
        "unresolved-citation-code ⟦[cite: 15]⟧");
  }

  @Test
  void aListResolvesTheNumbers() {
    Article a = analyze("[cite_start]Two members voted for a cut[cite: 1, 2].\n\nSources\n"
        + "1. https://www.reuters.com/markets/rates\n2. https://www.bloomberg.com/news/rates");
    assertThat(hits(a)).containsExactly("MARKER code-gemini-cite ⟦[cite: 1, 2].⟧ [reuters, bloomberg] claims [0]");
  }

  @Test
  void aNumberTheListLacksIsWarnedAbout() {
    Article a = analyze("Rates held[cite: 1, 3].\n\nSources\n1. https://www.reuters.com/markets/rates");
    assertThat(hits(a)).containsExactly("MARKER code-gemini-cite ⟦[cite: 1, 3].⟧ [reuters] claims [0]");
    assertThat(notes(a)).containsExactly("unresolved-citation-code ⟦[cite: 1, 3]⟧");
  }

  @Test
  void theOpenerInABulletIsCut() {
    Article a = analyze("* [cite_start]**Leaks:** About 21% of water is lost[cite: 9].");
    assertThat(claims(a)).containsExactly("**Leaks:** About 21% of water is lost");
  }

  @Test
  void citeWordsAreNoCode() {
    assertThat(claims(analyze("See [cite: here] for details."))).containsExactly("See [cite: here] for details.");
  }
}
