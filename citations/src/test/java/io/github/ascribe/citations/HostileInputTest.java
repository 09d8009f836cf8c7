package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.ascribe.core.Article;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.MatchKind;
import io.github.ascribe.core.Severity;
import io.github.ascribe.core.Span;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and odd input: every public entry point survives it with its invariants intact. These are
 * correctness tests; time per byte on the same inputs is measured by the JMH harness in
 * {@code examples/benchmarks} (see {@code docs/performance.md}), and the timeout here only guards
 * against hangs: three minutes, since the 16 Mi-character inputs take half a minute on a loaded
 * two-core machine (and a few seconds on a quiet one).
 */
class HostileInputTest {

  private static final int SIZE = 120_000;

  static String repeat(String unit, int chars) {
    StringBuilder sb = new StringBuilder(chars + unit.length());
    while (sb.length() < chars) {
      sb.append(unit);
    }
    return sb.toString();
  }

  static String everyPlane() {
    StringBuilder sb = new StringBuilder();
    for (int plane = 0; plane <= 16; plane++) {
      for (int k = 0; k < 64; k++) {
        int cp = plane * 0x10000 + k * 997 % 0x10000;
        if (Character.isValidCodePoint(cp)) {
          sb.appendCodePoint(cp);
        }
      }
      sb.append(" Reuters, AP +2 ");
    }
    return sb.toString();
  }

  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("one long line", repeat("Prices rose 5% in May, according to Reuters, and talks went on ", 1 << 20)),
        Arguments.of("a million plus signs", repeat("+", 1_000_000)),
        Arguments.of("[1] repeated", repeat("[1]", SIZE)),
        Arguments.of("Reuters, repeated", repeat("Reuters, ", SIZE)),
        Arguments.of("huge counts and totals", repeat("Reuters +9999999999 =99999999999 = +", SIZE)),
        Arguments.of("deep nesting", repeat("(", SIZE / 2) + "Reuters" + repeat(")", SIZE / 2)),
        Arguments.of("deep brackets", repeat("[(", SIZE / 2) + "AP" + repeat("])", SIZE / 2)),
        Arguments.of("unclosed links", repeat("[AP+2](https://apnews.com/x ", SIZE)),
        Arguments.of("link targets", repeat("](", SIZE)),
        Arguments.of("every plane", everyPlane()),
        Arguments.of("lone surrogates", repeat("\uD800Reuters\uDC00, \uDBFF", SIZE)),
        Arguments.of("controls and NUL", repeat("\u0000\u0001Reuters\u0007,\u001B AP\u007F ", SIZE)),
        Arguments.of("BOM and CRLF", "\uFEFF" + repeat("Prices rose.\r\nReuters\r\nWages fell.\rAP\r", SIZE)),
        Arguments.of("bidi overrides", repeat("\u202EReuters\u202C, \u2066AP\u2069 said so. ", SIZE)),
        Arguments.of("zero-width joiners", repeat("Reu\u200Dters, A\u200BP, " + repeat("\u200B", 40) + "x", SIZE)),
        Arguments.of("glued sentences", repeat("a.Ba.B", SIZE)),
        Arguments.of("quotes", repeat("“We are ready,” the minister said. \"", SIZE)),
        Arguments.of("markers and references", repeat("Claim [12][3, 4-9].\n[3] https://reuters.com/x\n", SIZE)),
        Arguments.of("reference of brackets", "Prices rose.[1]\n\n[1] *" + repeat("]", SIZE) + "x\n"),
        Arguments.of("markers with dashes", repeat("Prices rose.[1,-][2--3][4-] ", SIZE) + "\n\n[1] Reuters\n"),
        Arguments.of("paragraphs without commas", repeat("Prices rose.\n\nwages fell.\n\n", SIZE)),
        Arguments.of("source lines and no claims", repeat(".\nDr. . ", SIZE)),
        Arguments.of("glued domain candidates", repeat("](http://x.com/+1Reuters ", SIZE)),
        Arguments.of("combining accents", repeat("a\u0301", SIZE)),
        Arguments.of("hosts with counts", repeat("www.a+1", SIZE)),
        Arguments.of("only separators", repeat(",;/|·•&+—", SIZE)),
        Arguments.of("equals", repeat("=", SIZE)),
        Arguments.of("question marks in one URL", "https://x.com/" + repeat("a?b.C?", SIZE)),
        Arguments.of("leaked code runs", repeat("Rates rose. citeturn0news1turn0search2 【4†source】. ", SIZE)),
        Arguments.of("unfinished codes", repeat(":contentReference[oaicite:【†<grok:render [cite: [oai_citation:0‡", SIZE)),
        Arguments.of("glued digits with a list", repeat("Prices rose.1 2 Diesel fell.3 ", SIZE) + "\nLearn more: 1. bbc.com"),
        Arguments.of("lead-in lines", repeat("Learn more: 1. bbc.com 2. x\nSource: Conversation with Bing, (1) a ", SIZE)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void notationSurvives(String name, String input) {
    assertTimeoutPreemptively(Duration.ofSeconds(180), () -> NotationPropertiesTest.checkInvariants(input));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostile")
  void analysisSurvives(String name, String input) {
    assertTimeoutPreemptively(Duration.ofSeconds(180), () -> AnalysisPropertiesTest.checkInvariants(input));
  }

  @Test
  void nullIsAnErrorNamingTheParameter() {
    assertThatThrownBy(() -> Ascribe.analyze(null)).isInstanceOf(NullPointerException.class).hasMessage("text");
    assertThatThrownBy(() -> Notation.parse(null)).isInstanceOf(NullPointerException.class).hasMessage("input");
    assertThatThrownBy(() -> Analyzer.builder().build().analyze(null)).hasMessage("text");
  }

  @Test
  void inputLimitsCutWithADiagnosticNamingTheCut() {
    String text = "Prices rose.\nReuters\n" + repeat("Wages fell. ", 1000);
    Article a = Analyzer.builder().maxInput(40).build().analyze(text);
    Diagnostic d = a.diagnostics().get(a.diagnostics().size() - 1);
    assertThat(d.code()).isEqualTo("input-truncated");
    assertThat(d.severity()).isEqualTo(Severity.ERROR);
    assertThat(d.span().start()).isEqualTo(40);
    assertThat(d.span().end()).isEqualTo(text.length());
    assertThat(a.text()).isEqualTo(text);
    assertThat(a.claims().get(0).mediaSources()).isNotEmpty();

    NotationResult r = NotationParser.builder().maxInput(10).build().parse("Reuters, AP, AFP, dpa");
    assertThat(r.render()).isEqualTo("Reuters, AP, AFP, dpa");
    assertThat(r.diagnostics()).extracting(Diagnostic::code).contains("input-truncated");
    assertThat(r.sources()).hasSize(2);
  }

  @Test
  void anInvisibleCharacterInsideALinksSchemeReadsTheSameWrittenBack() {
    // found by NotationPropertiesTest: "h\u200Bttps://…" was an unknown name, its canonical form a link
    String in = "[Reuters+1(h\u200Bttps://euters.com/story/1) and 1 others) =1";
    NotationModel m = Notation.parse(in).model();
    assertThat(Notation.parse(Notation.format(m)).model()).isEqualTo(m);
    assertThat(Notation.parse(in).sources()).extracting(s -> s.id()).contains("unknown-euters-com");
  }

  @Test
  void anInvisibleCharacterAfterWwwReadsTheSameWrittenBack() {
    // fuzz finding 4 (docs/fuzzing.md): the written form "www.{U202A}e/" lost its "/" when read back
    // and NotationPropertiesTest: a NUL after "https://" was dropped from the name, which then read as a link
    for (String in : List.of("www.\u202Ae/", "www.\u200Bx/", "Reuters, www.\u200Bx/path/",
        "([AP+1]+(https://\u0000pnews.com/story/1), apnews) =AP =1", "Reuters, https://\u0000\u00B7apnews.com/x")) {
      NotationModel m = Notation.parse(in).model();
      assertThat(Notation.parse(Notation.format(m)).model()).as(in).isEqualTo(m);
    }
  }

  @Test
  void twoHyphensInsideAHostStayInItsName() {
    // NotationPropertiesTest: a fullwidth hyphen made "cyprus--ail.com", whose written form read back
    // as two names, "cyprus" and "ail.com"; two hyphens inside a host label are part of the host
    for (String in : List.of("Shafaq News — [Cyprus Mail+5](https://cyprus-\uFF0Dail.com/story/357), +4 more",
        "my--site.com +2", "xn--anp-kga.nl, Reuters")) {
      NotationModel m = Notation.parse(in).model();
      assertThat(Notation.parse(Notation.format(m)).model()).as(in).isEqualTo(m);
    }
    assertThat(Notation.parse("my--site.com +2").sources()).extracting(s -> s.id()).containsExactly("unknown-my-site-com");
    assertThat(Notation.parse("Reuters--AP").sources()).extracting(s -> s.id()).containsExactly("reuters", "associated-press");
  }

  @Test
  void aSurrogatePairIsNeverCutInHalf() {
    String text = "ab\uD83D\uDCF0cd";
    Article a = Analyzer.builder().maxInput(3).build().analyze(text);
    assertThat(a.diagnostics()).anyMatch(d -> d.code().equals("input-truncated") && d.span().start() == 2);
  }

  @Test
  void diagnosticsAreCappedAndTheCutIsReported() {
    String text = repeat("Claim [99]. ", 12 * 5000);
    Article a = Analyzer.builder().maxDiagnostics(10).build().analyze(text);
    assertThat(a.diagnostics()).hasSize(11);
    Diagnostic last = a.diagnostics().get(10);
    assertThat(last.code()).isEqualTo("diagnostics-truncated");
    assertThat(last.message()).contains("4990 more");
  }

  @Test
  void theCapKeepsTheTruncationErrorAndCountsWhatItDrops() {
    String text = repeat("Claim [99]. ", 1200); // an unresolved-marker warning every 12 characters
    int cut = 600;
    List<Diagnostic> all = Analyzer.builder().maxDiagnostics(10_000).build().analyze(text.substring(0, cut))
        .diagnostics();
    assertThat(all).hasSize(50).allMatch(d -> d.code().equals("unresolved-marker"));
    for (int max : new int[] {1, 2, 5, 49, 50}) {
      List<Diagnostic> ds = Analyzer.builder().maxDiagnostics(max).maxInput(cut).build().analyze(text).diagnostics();
      assertThat(ds).as("max %d", max).hasSize(max + 1);
      assertThat(ds.subList(0, max - 1)).isEqualTo(all.subList(0, max - 1));
      Diagnostic marker = ds.get(max - 1);
      assertThat(marker.code()).isEqualTo("diagnostics-truncated");
      assertThat(marker.message()).startsWith((all.size() - (max - 1)) + " more diagnostics")
          .contains("(maxDiagnostics " + max + ")");
      assertThat(marker.span()).isEqualTo(all.get(max - 1).span());
      Diagnostic last = ds.get(max);
      assertThat(last.code()).isEqualTo("input-truncated");
      assertThat(last.severity()).isEqualTo(Severity.ERROR);
      assertThat(last.span()).isEqualTo(Span.of(cut, text.length()));
      assertThat(ds).extracting(d -> d.span().start()).isSorted();
    }
    // room for all: nothing is counted as dropped, and the error is still there
    List<Diagnostic> roomy = Analyzer.builder().maxDiagnostics(51).maxInput(cut).build().analyze(text).diagnostics();
    assertThat(roomy.subList(0, 50)).isEqualTo(all);
    assertThat(roomy.get(50).code()).isEqualTo("input-truncated");
    assertThat(roomy).hasSize(51);
    // no place at all: the error is reported anyway, after the note counting every other one
    List<Diagnostic> none = Analyzer.builder().maxDiagnostics(0).maxInput(cut).build().analyze(text).diagnostics();
    assertThat(none).extracting(Diagnostic::code).containsExactly("diagnostics-truncated", "input-truncated");
    assertThat(none.get(0).message()).startsWith("50 more diagnostics");
  }

  @Test
  void anInvisibleCharacterBetweenAHostAndItsCountPartsThemAsAfterAName() {
    // found by fuzzing (notationRoundTrip): "www.b\0+1" read as one unknown name "www.b+1" with no count,
    // whose canonical form "www.b+1" then read as www.b +1
    for (String hidden : List.of("\u0000", "\u0007", "\u200B", "\u0000\u0000")) {
      for (String name : List.of("www.b", "Reuters", "https://apnews.com")) {
        String input = name + hidden + "+1";
        NotationResult r = Notation.parse(input);
        assertThat(r.model().items()).as(SpecExample.escape(input)).hasSize(1);
        assertThat(r.model().items().get(0).count()).as(SpecExample.escape(input)).isEqualTo(1);
        assertThat(r.mentions()).as(SpecExample.escape(input)).hasSize(1);
        assertThat(r.mentions().get(0).text()).as(SpecExample.escape(input)).isEqualTo(name);
        NotationModel m = r.model();
        assertThat(Notation.parse(Notation.format(m)).model()).as(SpecExample.escape(input)).isEqualTo(m);
      }
    }
  }

  @Test
  void aControlCharacterInsideAnUnknownNameStaysVisible() {
    // found by fuzzing (notationRoundTrip): "re\0ported by \"" was an unknown source "reported by \"",
    // whose canonical form then read as prose and gave no source at all
    for (String input : List.of("re\u0000ported by \"", "re\u0000\u0000\u0000ported by \"", "Acme\u0007Wire")) {
      NotationModel m = Notation.parse(input).model();
      assertThat(m.items()).as(SpecExample.escape(input)).hasSize(1);
      assertThat(m.items().get(0).sources().get(0).name()).as(SpecExample.escape(input)).contains("{U00");
      assertThat(Notation.parse(Notation.format(m)).model()).as(SpecExample.escape(input)).isEqualTo(m);
    }
    // a control character between words is a space, as before
    assertThat(Notation.parse("Acme\u0000 Wire").model().items().get(0).sources().get(0).name()).isEqualTo("Acme Wire");
  }

  @Test
  void lookAlikesNeverPassForTheRealSource() {
    List<String> fakes = List.of("Bl\u043E\u043Emberg", "Blo\u03BFmberg", "Reu\u200Bters", "\u202EReuters",
        "R\u0435uters", "Al Jaz\u0435era", "https://apn\u200Bews.com/x");
    for (String fake : fakes) {
      NotationResult r = Notation.parse(fake + ", Le Monde");
      assertThat(r.mentions().get(0).match().kind()).as(SpecExample.escape(fake)).isEqualTo(MatchKind.CONFUSABLE);
      assertThat(r.mentions().get(0).source().kind().name()).isEqualTo("UNKNOWN");
      assertThat(r.diagnostics()).anyMatch(d -> d.code().equals("confusable-name") && d.severity() == Severity.WARNING);
      Article a = Ascribe.analyze("Prices rose.\n" + fake + ", Le Monde");
      assertThat(a.claims().get(0).mediaSources()).extracting(s -> s.id())
          .doesNotContain("bloomberg", "reuters", "al-jazeera", "associated-press");
      assertThat(a.diagnostics()).anyMatch(d -> d.code().equals("confusable-name"));
    }
    Article prose = Ascribe.analyze("The deal is off, according to Bl\u043E\u043Emberg.");
    assertThat(prose.claims().get(0).mediaSources()).extracting(s -> s.id()).doesNotContain("bloomberg");
    assertThat(prose.diagnostics()).anyMatch(d -> d.code().equals("confusable-name"));
  }

  @Test
  void ownScriptNamesAreNotLookAlikes() {
    NotationResult r = Notation.parse("ТАСС, Интерфакс, 共同通信, الجزيرة");
    assertThat(r.diagnostics()).noneMatch(d -> d.code().equals("confusable-name"));
    assertThat(r.sources()).extracting(s -> s.id()).containsExactly("tass", "interfax", "kyodo", "al-jazeera");
  }

  static List<String> corpus() {
    List<String> out = new ArrayList<>();
    out.add(ReferenceArticleTestData.TEXT);
    out.add("BRUSSELS (Reuters) - Shares fell. “We are ready,” the minister said.\nAP, AFP +2");
    out.add("Oil rose 5% in May.Fortune+1Quartz +2 Gold fell.[1]\n[1] https://www.reuters.com/x");
    out.add("Selon l'AFP, le sommet est reporté. According to an official, talks resume.");
    out.add(repeat("Claim. Reuters +1/AP. ", 200));
    return out;
  }
}
