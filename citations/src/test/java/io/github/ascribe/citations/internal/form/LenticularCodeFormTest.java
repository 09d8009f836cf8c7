package io.github.ascribe.citations.internal.form;

import static io.github.ascribe.citations.internal.form.CodeTestSupport.notes;
import static io.github.ascribe.citations.internal.form.FormTestSupport.analyze;
import static io.github.ascribe.citations.internal.form.FormTestSupport.claims;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.Article;
import org.junit.jupiter.api.Test;

/** {@link LenticularCodeForm}: 【n†source】 codes before or after the stop. */
class LenticularCodeFormTest {

  @Test
  void codesBeforeAndAfterTheStop() {
    Article a = analyze("The audit found 38% need repairs【24†source】. The council will publish a plan.【4:0†source】");
    assertThat(claims(a)).containsExactly("The audit found 38% need repairs", "The council will publish a plan.");
    assertThat(notes(a)).containsExactly("unresolved-citation-code ⟦【24†source】⟧",
        "unresolved-citation-code ⟦【4:0†source】⟧");
  }

  @Test
  void aFileNameInTheCodeIsNoSource() {
    Article a = analyze("Revenue rose 6%【4:2†annual-report.pdf】.");
    assertThat(claims(a)).containsExactly("Revenue rose 6%");
    assertThat(a.attributions()).isEmpty();
  }

  @Test
  void bracketsWithoutTheDaggerAreNoCode() {
    assertThat(claims(analyze("The word is 【note】."))).containsExactly("The word is 【note】.");
  }
}
