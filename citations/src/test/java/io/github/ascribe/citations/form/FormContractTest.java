package io.github.ascribe.citations.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The contract of every built-in recogniser, checked through the driver that enforces it: on any
 * string none throws or reports a span outside its range (either would show as a {@code
 * form-failed} diagnostic), and on prose without attribution none reports anything.
 */
class FormContractTest {

  private static final Analyzer ANALYZER = Analyzer.builder().build();

  /** Article-like strings: pieces of every form, glued at random. */
  private static Gen<String> articles() {
    List<String> pieces = List.of("Prices rose.", " ", "\n", "Reuters", " +2", "=", "[1]", "¹", "(dpa)", " — ",
        "[BBC](https://www.bbc.co.uk/x)", "BRUSSELS (Reuters) - ", "according to ", " said", "“", "”", "\"",
        "[1] Reuters - x", "Sources:", "# ", ".", "apnews.com", "AP and AFP both reported the same.", "【4†source】",
        " apnews.com +1", ".reuters.com+2", "([AP News](https://apnews.com.x.info/a?utm_source=chatgpt.com))",
        "report.pdf", "(http://[2001:db8::1]/x)", "[x](https://www.google.com/url?q=https://a.co.uk/b&sa=U)",
        "Reuters+1reuters.comPort shuts", "May 2, 2026 — ", "…", "\nThe Guardian\nRents capped\n30 Apr 2026\n",
        ".bbc", "talksReuters", " +1.8%", "3 hours ago");
    Gen<String> piece = strings().allPossible().ofLengthBetween(0, 3)
        .mix(org.quicktheories.generators.Generate.pick(pieces), 80);
    return org.quicktheories.generators.SourceDSL.lists().of(piece).ofSizeBetween(0, 40)
        .map(l -> String.join("", l));
  }

  @Test
  void noRecogniserThrowsOrReportsOutsideItsRange() {
    qt().withExamples(2_000).forAll(articles()).checkAssert(s -> {
      Article a = ANALYZER.analyze(s);
      assertThat(a.diagnostics()).extracting(Diagnostic::code).doesNotContain("form-failed");
      a.attributions().forEach(at -> assertThat(at.span().end()).isLessThanOrEqualTo(s.length()));
    });
  }

  @Test
  void proseWithoutAttributionHasNone() {
    for (String s : List.of("Prices rose sharply in May.", "The bridge opened in 1932.\nIt is 500 metres long.",
        "Rain is expected on Friday. Winds will ease by Sunday.")) {
      assertThat(ANALYZER.analyze(s).attributions()).as(s).isEmpty();
    }
  }

  @Test
  void everyBuiltInFormIsOneRecogniser() {
    assertThat(ANALYZER.forms()).extracting(FormRecognizer::form).contains(AttributionForm.values());
  }
}
