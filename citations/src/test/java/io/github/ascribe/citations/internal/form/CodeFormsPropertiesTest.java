package io.github.ascribe.citations.internal.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.impl.Constraint;

/**
 * Properties of the leaked-code forms and of the marker and list reading, alone and with every
 * built-in form: on texts made of sentences, codes of every kind (whole, cut short, glued), markers,
 * list lines and hostile characters, no recogniser throws or reports outside its range, claims and
 * attributions are ordered and inside the text, and the same text gives the same article; a sentence
 * followed by any generated code reads back as that sentence alone.
 */
class CodeFormsPropertiesTest {

  private static final List<FormRecognizer> CODE_FORMS = List.of(new ContentReferenceForm(), new CiteturnForm(),
      new LenticularCodeForm(), new OaiCitationForm(), new GeminiCiteForm(), new GeminiCiteStartForm(),
      new GrokCardForm(), new GrokRenderRestForm(), new MarkerForm());

  private static final List<String> PIECES = List.of("Prices rose", "The plan was approved", " ", "  ", ".", "?",
      "\n", "\n\n", ":contentReference[oaicite:", "0]", "{index=0}", "cite", "turn0news19", "turn0search2",
      "\uE200", "\uE201", "\uE202", "【", "24†source", "】", "[oai_citation:0‡Reuters]", "(https://www.reuters.com/x?utm_source=chatgpt.com)",
      "(file-service://f)", "[cite: 1, 3]", "[cite:", "[cite_start]", "[](grok_render_citation_card_json={\"cardIds\":[\"a\"]})",
      "<grok-card data-id=\"1\">", "</grok-card>", "<grok:render card_id=\"2\">", "<argument name=\"citation_id\">3</argument>",
      "</grok:render>", "[1]", "[^1^]", "[^1_2]", "[web:1]", "¹²", "1", "2 3", "2019", "Sources", "Learn more: 1. bbc.com 2. ",
      "reuters.com", "Source: Conversation with Bing, 4/21/2026", "(1) Title | Reuters. https://www.reuters.com/a.",
      "[^1_2]: https://www.bbc.com/b", "<span style=\"display:none\">", "</span>", "⁂", "+2 more", "\uD800", "\u00A0");

  /** Texts glued from pieces. */
  static Gen<String> texts() {
    return lists().of(Generate.pick(PIECES)).ofSizeBetween(0, 30).map(l -> String.join("", l));
  }

  /** One whole code of a generated kind and number. */
  static Gen<String> codes() {
    return in -> {
      int n = (int) in.next(Constraint.between(0, 99));
      return switch ((int) in.next(Constraint.between(0, 6))) {
        case 0 -> ":contentReference[oaicite:" + n + "]{index=" + n + "}";
        case 1 -> "citeturn0news" + n + (n % 2 == 0 ? "turn0search" + (n + 1) : "");
        case 2 -> "\uE200cite\uE202turn" + n + "news" + n + "\uE201";
        case 3 -> "【" + n + "†source】";
        case 4 -> "[oai_citation:" + n + "‡Reuters](https://www.reuters.com/x" + n + ")";
        case 5 -> "[](grok_render_citation_card_json={\"cardIds\":[\"c" + n + "\"]})";
        default -> "<grok-card data-id=\"" + n + "\"></grok-card>";
      };
    };
  }

  @Test
  void everyCodeFormAloneNeverFailsAndStaysInside() {
    for (FormRecognizer f : CODE_FORMS) {
      Analyzer alone = FormTestSupport.alone(f);
      qt().withExamples(300).forAll(texts()).checkAssert(s -> wellFormed(s, alone));
    }
  }

  @Test
  void allFormsTogetherNeverFailStayInsideAndAreDeterministic() {
    qt().withExamples(1_500).forAll(texts()).checkAssert(s -> {
      wellFormed(s, FormTestSupport.DEFAULT);
      assertThat(render(FormTestSupport.DEFAULT.analyze(s))).isEqualTo(render(FormTestSupport.DEFAULT.analyze(s)));
    });
  }

  @Test
  void aSentenceWithACodeReadsBackAsTheSentence() {
    qt().withExamples(500).forAll(codes(), integers().between(0, 2)).checkAssert((code, gap) -> {
      String sentence = "Rail fares will rise by 4% in January.";
      Article a = FormTestSupport.DEFAULT.analyze(sentence + " ".repeat(gap) + code);
      assertThat(a.claims()).extracting(Claim::text).containsExactly(sentence);
    });
  }

  private static void wellFormed(String s, Analyzer analyzer) {
    Article a = analyzer.analyze(s);
    assertThat(a.diagnostics()).extracting(Diagnostic::code).doesNotContain("form-failed");
    int at = 0;
    for (Claim c : a.claims()) {
      assertThat(c.span().start()).isGreaterThanOrEqualTo(at);
      assertThat(c.span().end()).isLessThanOrEqualTo(s.length());
      at = c.span().end();
    }
    int start = 0;
    for (Attribution t : a.attributions()) {
      assertThat(t.span().start()).isGreaterThanOrEqualTo(start);
      assertThat(t.span().end()).isLessThanOrEqualTo(s.length());
      start = t.span().start();
    }
    for (Diagnostic d : a.diagnostics()) {
      assertThat(d.span().end()).isLessThanOrEqualTo(s.length());
    }
  }

  private static String render(Article a) {
    return a.claims().stream().map(c -> c.span() + c.text()).collect(Collectors.joining("|"))
        + a.attributions().stream().map(t -> t.rule() + t.span() + t.sources() + t.claims()).collect(Collectors.joining("|"))
        + a.diagnostics().stream().map(d -> d.code() + d.span()).collect(Collectors.joining("|"));
  }
}
