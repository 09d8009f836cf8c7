package io.github.ascribe.citations.internal.form;

import static io.github.ascribe.citations.internal.form.CodeTestSupport.notes;
import static io.github.ascribe.citations.internal.form.FormTestSupport.analyze;
import static io.github.ascribe.citations.internal.form.FormTestSupport.claims;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.core.Article;
import org.junit.jupiter.api.Test;

/** {@link ContentReferenceForm}: ChatGPT's content references, cut from the claim with a diagnostic. */
class ContentReferenceFormTest {

  @Test
  void isTriedAtSentenceEnds() {
    assertThat(new ContentReferenceForm().anchor()).isEqualTo(Anchor.SENTENCE_END);
  }

  @Test
  void aReferenceBetweenTwoSentencesSplitsThemAndIsCut() {
    Article a = analyze("The review opened in May. :contentReference[oaicite:0]{index=0} It can last 90 days. "
        + ":contentReference[oaicite:1]{index=1}");
    assertThat(claims(a)).containsExactly("The review opened in May.", "It can last 90 days.");
    assertThat(a.attributions()).isEmpty();
    assertThat(notes(a)).containsExactly("unresolved-citation-code ⟦:contentReference[oaicite:0]{index=0}⟧",
        "unresolved-citation-code ⟦:contentReference[oaicite:1]{index=1}⟧");
  }

  @Test
  void aReferenceWithoutItsIndexIsCutToo() {
    assertThat(claims(analyze("Rates rose. :contentReference[oaicite:3]"))).containsExactly("Rates rose.");
  }

  @Test
  void anUnfinishedReferenceStaysInTheClaim() {
    assertThat(claims(analyze("Rates rose. :contentReference[oaicite:3"))).containsExactly(
        "Rates rose. :contentReference[oaicite:3");
  }
}
