package io.github.ascribe.citations.internal.form;

import static io.github.ascribe.citations.internal.form.CodeTestSupport.notes;
import static io.github.ascribe.citations.internal.form.FormTestSupport.analyze;
import static io.github.ascribe.citations.internal.form.FormTestSupport.claims;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.Article;
import org.junit.jupiter.api.Test;

/** {@link GrokCardForm} and {@link GrokRenderRestForm}: Grok's citation cards and render blocks. */
class GrokCardFormTest {

  @Test
  void aCardAfterASentenceIsCut() {
    Article a = analyze("- Drivers will strike on Monday. [](grok_render_citation_card_json={\"cardIds\":[\"bde569\"]})");
    assertThat(claims(a)).containsExactly("Drivers will strike on Monday.");
    assertThat(notes(a)).containsExactly(
        "unresolved-citation-code ⟦[](grok_render_citation_card_json={\"cardIds\":[\"bde569\"]})⟧");
  }

  @Test
  void cardElementsGluedToTheStopSplitTheSentences() {
    Article a = analyze("The surplus widened.<grok-card data-id=\"945027\"></grok-card> Exports rose 9%.<grok-card "
        + "data-id=\"54ea09\"></grok-card>");
    assertThat(claims(a)).containsExactly("The surplus widened.", "Exports rose 9%.");
    assertThat(a.diagnostics()).hasSize(2);
  }

  @Test
  void aRenderBlockOverThreeLinesLeavesOnlyTheClaims() {
    Article a = analyze("The council approved a stadium.<grok:render card_id=\"188710\" type=\"render_inline_citation\">\n"
        + "<argument name=\"citation_id\">37</argument>\n"
        + "</grok:render> The club will pay two thirds.<grok:render card_id=\"7beb60\">\n"
        + "<argument name=\"citation_id\">14</argument>\n</grok:render>");
    assertThat(claims(a)).containsExactly("The council approved a stadium.", "The club will pay two thirds.");
    assertThat(notes(a)).containsExactly(
        "unresolved-citation-code ⟦<grok:render card_id=\"188710\" type=\"render_inline_citation\">⟧",
        "unresolved-citation-code ⟦<grok:render card_id=\"7beb60\">⟧");
  }
}
