package io.github.ascribe.citations.internal.form;

import static io.github.ascribe.citations.internal.form.CodeTestSupport.notes;
import static io.github.ascribe.citations.internal.form.FormTestSupport.analyze;
import static io.github.ascribe.citations.internal.form.FormTestSupport.claims;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.Article;
import org.junit.jupiter.api.Test;

/** {@link CiteturnForm}: citeturn codes, alone, in runs and with their private-use characters. */
class CiteturnFormTest {

  @Test
  void aCodeAndARunOfCodesAreCut() {
    Article a = analyze("Inflation fell to 2.1%. citeturn0news19\nRates will hold. citeturn0search2turn0news4");
    assertThat(claims(a)).containsExactly("Inflation fell to 2.1%.", "Rates will hold.");
    assertThat(notes(a)).containsExactly("unresolved-citation-code ⟦citeturn0news19⟧",
        "unresolved-citation-code ⟦citeturn0search2turn0news4⟧");
  }

  @Test
  void thePrivateUseCharactersAreCutWithTheCode() {
    Article a = analyze("The plant will double its output. \uE200cite\uE202turn0search1\uE202turn0search7\uE201");
    assertThat(claims(a)).containsExactly("The plant will double its output.");
    assertThat(notes(a)).containsExactly(
        "unresolved-citation-code ⟦\uE200cite\uE202turn0search1\uE202turn0search7\uE201⟧");
  }

  @Test
  void wordsThatStartLikeACodeStay() {
    assertThat(claims(analyze("They cite turn0 as a reason."))).containsExactly("They cite turn0 as a reason.");
    assertThat(claims(analyze("The excite turnout was 40"))).containsExactly("The excite turnout was 40");
  }
}
