package io.github.ascribe.citations.internal.form;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Source;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Shared helpers of the one-class-per-form tests: an attribution rendered on one line, so that a
 * failure reads like the text it came from.
 *
 * <pre>{@code
 * DATELINE dateline ⟦BRUSSELS (Reuters) -⟧ [reuters] claims [0, 1]
 * }</pre>
 */
final class FormTestSupport {

  /** The default analyser, with the bundled registry: what {@code Ascribe.analyze} uses. */
  static final Analyzer DEFAULT = Analyzer.builder().build();

  private FormTestSupport() {}

  static Article analyze(String text) {
    return DEFAULT.analyze(text);
  }

  /** An analyser whose only form is {@code form}: the recogniser on its own. */
  static Analyzer alone(FormRecognizer form) {
    return Analyzer.builder().disableForms(EnumSet.allOf(AttributionForm.class)).form(form).build();
  }

  /** The built-in recogniser of this class, as the default analyser holds it. */
  static <T extends FormRecognizer> T builtIn(Class<T> type) {
    return DEFAULT.forms().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
  }

  /**
   * One attribution on one line: form, rule, span marked {@code ⟦…⟧}, source ids, unnamed count
   * and the claims it covers.
   */
  static String render(Article a, Attribution at) {
    String ids = at.sources().stream().map(Source::id).collect(Collectors.joining(", ", "[", "]"));
    String count = at.unnamedSources() > 0 ? " +" + at.unnamedSources() : "";
    return at.form() + " " + at.rule() + " ⟦" + oneLine(at.span().text(a.text())) + "⟧ " + ids + count
        + " claims " + at.claims();
  }

  /** Every attribution of the article, rendered. */
  static List<String> hits(Article a) {
    return a.attributions().stream().map(at -> render(a, at)).toList();
  }

  /** The single attribution of the article with this rule, rendered; fails showing every hit. */
  static String hit(Article a, String rule) {
    List<Attribution> found = a.attributions().stream().filter(at -> at.rule().equals(rule)).toList();
    assertThat(found).as("one '%s' in %s", rule, hits(a)).hasSize(1);
    return render(a, found.get(0));
  }

  /** The rules that matched, in text order. */
  static List<String> rules(Article a) {
    return a.attributions().stream().map(Attribution::rule).toList();
  }

  /** The claims' texts: what the forms left of each sentence. */
  static List<String> claims(Article a) {
    return a.claims().stream().map(Claim::text).toList();
  }

  /** The ids of the media sources of claim {@code i}. */
  static List<String> media(Article a, int i) {
    return a.claims().get(i).mediaSources().stream().map(Source::id).toList();
  }

  private static String oneLine(String s) {
    return s.replace("\n", " / ");
  }
}
