package io.github.ascribe.citations.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Severity;
import io.github.ascribe.core.Span;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The extension point: a form added through {@code Analyzer.builder().form(...)} is tried after the
 * built-in ones, built-in forms can be switched off, and a faulty form cannot break an analysis.
 */
class CustomFormTest {

  /**
   * An answer engine's citation code left in copied text ({@code 〔4†source〕}) at a sentence end: a
   * marker that no reference list resolves, reported with a note.
   */
  static class LeakedCodeForm implements FormRecognizer {
    @Override
    public AttributionForm form() {
      return AttributionForm.MARKER;
    }

    @Override
    public Anchor anchor() {
      return Anchor.SENTENCE_END;
    }

    @Override
    public Set<LexKind> triggers() {
      return Set.of(LexKind.OTHER, LexKind.OPEN, LexKind.CLOSE, LexKind.WORD);
    }

    @Override
    public List<Recognized> recognize(FormInput in) {
      String s = in.text();
      int end = in.range().end();
      while (end > in.range().start() && Character.isWhitespace(s.charAt(end - 1))) {
        end--;
      }
      if (end <= in.range().start() || s.charAt(end - 1) != '〕') {
        return List.of();
      }
      int open = s.lastIndexOf('〔', end - 1);
      if (open < in.range().start() || s.indexOf('†', open) < 0 || s.indexOf('†', open) > end) {
        return List.of();
      }
      Span span = Span.of(open, end);
      Diagnostic note = new Diagnostic(Severity.INFO, "leaked-code",
          "an answer engine's citation code was left in the text", span);
      return List.of(Recognized.of(AttributionForm.MARKER, "leaked-code", span, List.of(), Reach.SENTENCE)
          .withDiagnostics(List.of(note)));
    }
  }

  @Test
  void anAddedFormIsTriedAfterTheBuiltInOnes() {
    Analyzer analyzer = Analyzer.builder().form(new LeakedCodeForm()).build();
    Article a = analyzer.analyze("Gold rose 2% on Friday.〔4†source〕\nSilver fell.");
    assertThat(a.claims()).extracting(c -> c.text()).containsExactly("Gold rose 2% on Friday.", "Silver fell.");
    Attribution code = a.attributions().get(0);
    assertThat(code.form()).isEqualTo(AttributionForm.MARKER);
    assertThat(code.rule()).isEqualTo("leaked-code");
    assertThat(code.claims()).containsExactly(0);
    assertThat(a.diagnostics()).extracting(Diagnostic::code).contains("leaked-code");
    assertThat(analyzer.forms().get(analyzer.forms().size() - 1)).isInstanceOf(LeakedCodeForm.class);
  }

  @Test
  void withoutTheFormTheCodeStaysInTheClaim() {
    Article a = Analyzer.builder().build().analyze("Gold rose 2% on Friday.〔4†source〕");
    assertThat(a.claims().get(0).text()).contains("〔4†source〕");
  }

  @Test
  void builtInFormsCanBeSwitchedOff() {
    String text = "Factory orders rose 2% in April (dpa).";
    assertThat(Analyzer.builder().build().analyze(text).attributions()).hasSize(1);
    Analyzer off = Analyzer.builder().disableForms(EnumSet.of(AttributionForm.LABEL)).build();
    assertThat(off.analyze(text).attributions()).isEmpty();
    assertThat(off.forms()).noneMatch(f -> f.form() == AttributionForm.LABEL);
  }

  @Test
  void aFormThatThrowsIsReportedNotRaised() {
    FormRecognizer broken = new LeakedCodeForm() {
      @Override
      public List<Recognized> recognize(FormInput in) {
        throw new IllegalStateException("boom");
      }
    };
    Article a = Analyzer.builder().form(broken).build().analyze("Prices rose.");
    assertThat(a.claims()).hasSize(1);
    assertThat(a.diagnostics()).extracting(Diagnostic::code).contains("form-failed");
  }

  @Test
  void theBuilderRejectsBadArguments() {
    assertThatThrownBy(() -> Analyzer.builder().form(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("form");
    assertThatThrownBy(() -> Analyzer.builder().disableForms(null)).isInstanceOf(NullPointerException.class)
        .hasMessageContaining("forms");
    LeakedCodeForm f = new LeakedCodeForm();
    assertThatThrownBy(() -> Analyzer.builder().form(f).form(f)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(f.toString());
  }
}
