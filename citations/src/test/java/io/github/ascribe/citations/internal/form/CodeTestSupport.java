package io.github.ascribe.citations.internal.form;

import io.github.ascribe.core.Article;
import io.github.ascribe.core.Diagnostic;
import java.util.List;

/** Shared helpers of the code-form tests: the diagnostics of an article with their text marked. */
final class CodeTestSupport {

  private CodeTestSupport() {}

  /** Each diagnostic but the notes of skipped page text, as {@code code ⟦text⟧}. */
  static List<String> notes(Article a) {
    return a.diagnostics().stream().filter(d -> !d.code().equals("skipped-text")).map(d -> d.code() + " ⟦" + d.span().text(a.text()) + "⟧").toList();
  }

  /** The diagnostics' codes. */
  static List<String> codes(Article a) {
    return a.diagnostics().stream().map(Diagnostic::code).toList();
  }
}
