package io.github.ascribe.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.core.text.LineIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The model's checks build their messages only when they fail; these tests pin what they accept
 * and the exact message of each failure, so the lazy checks say what the eager ones said.
 */
class ModelValidationTest {

  private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private static final String TEXT = "Talks ended. Prices rose.\nAP said so.";
  private static final SourceMention AP_MENTION = new SourceMention("AP", Span.of(26, 28), ModelTest.AP,
      Match.ALIAS);

  @Test
  void diagnosticCodesAreKebabCaseAsTheRegexSays() {
    qt().withExamples(20_000).forAll(strings().betweenCodePoints('-', 'z').ofLengthBetween(0, 6))
        .checkAssert(code -> assertThat(accepts(code)).as("'%s'", code).isEqualTo(KEBAB.matcher(code).matches()));
    for (String code : List.of("", "-", "a", "a-", "-a", "a--b", "a-b", "ab-12-c", "A", "a_b", "a b", "é")) {
      assertThat(accepts(code)).as("'%s'", code).isEqualTo(KEBAB.matcher(code).matches());
    }
    assertThatThrownBy(() -> new Diagnostic(Severity.INFO, "Bad", "m", Span.of(0, 0)))
        .hasMessage("code must be kebab-case: Bad");
  }

  @Test
  void sourceFieldsAreCheckedAsTheRegexesSay() {
    Pattern country = Pattern.compile("|[A-Z]{2}|INT");
    Pattern language = Pattern.compile("|[a-z]{2,3}");
    qt().withExamples(20_000).forAll(strings().betweenCodePoints('-', 'z').ofLengthBetween(0, 6))
        .checkAssert(t -> {
          assertThat(sourceAccepts(t, "", "")).as("id '%s'", t).isEqualTo(KEBAB.matcher(t).matches());
          assertThat(sourceAccepts("a", t, "")).as("country '%s'", t).isEqualTo(country.matcher(t).matches());
          assertThat(sourceAccepts("a", "", t)).as("language '%s'", t).isEqualTo(language.matcher(t).matches());
        });
    for (String t : List.of("", "-", "a", "a-", "-a", "a--b", "a-b", "INT", "US", "Us", "USA", "IN", "en", "eng",
        "engl", "e", "É", "ü")) {
      assertThat(sourceAccepts(t, "", "")).as("id '%s'", t).isEqualTo(KEBAB.matcher(t).matches());
      assertThat(sourceAccepts("a", t, "")).as("country '%s'", t).isEqualTo(country.matcher(t).matches());
      assertThat(sourceAccepts("a", "", t)).as("language '%s'", t).isEqualTo(language.matcher(t).matches());
    }
    assertThat(sourceAccepts("a".repeat(200), "", "")).isTrue();
    assertThat(sourceAccepts("a".repeat(201), "", "")).isFalse();
  }

  private static boolean sourceAccepts(String id, String country, String language) {
    try {
      new Source(id, "Name", SourceKind.OUTLET, country, language, List.of(), List.of());
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean accepts(String code) {
    try {
      new Diagnostic(Severity.INFO, code, "m", Span.of(0, 0));
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  @Test
  void aValidArticleIsAccepted() {
    Attribution line = attribution(0, List.of(0, 1));
    Article a = article(List.of(claim(0, line), claim(1, line)), List.of(line));
    // an attribution equal to the article's, though another object, is the same attribution
    Attribution copy = attribution(0, List.of(0, 1));
    Article b = article(List.of(claim(0, copy), claim(1, copy)), List.of(line));
    assertThat(b).isEqualTo(a);
    assertThat(a.lineIndex().lineCount()).isEqualTo(LineIndex.of(TEXT).lineCount());
    assertThat(a.lineIndex()).isSameAs(a.lineIndex());
  }

  @Test
  void aClaimMayListItsAttributionsInAnyOrder() {
    // ascending lists are checked by binary search, others one by one: both accept and refuse alike
    Attribution first = attribution(0, List.of(0, 1));
    Attribution second = attribution(1, List.of(0));
    List<Attribution> both = List.of(first, second);
    assertThat(article(List.of(claim(0, first, second), claim(1, first)), both).claims().get(0).attributions())
        .containsExactly(first, second);
    assertThat(article(List.of(claim(0, second, first), claim(1, first)), both).claims().get(0).attributions())
        .containsExactly(second, first);
    Attribution secondAlsoOnOne = attribution(1, List.of(0, 1));
    for (List<Attribution> listed : List.of(List.of(first), List.of(second))) {
      // claim 1 lists only the first attribution, but the second says it covers claim 1 too
      assertThatThrownBy(() -> article(List.of(claim(0, first, secondAlsoOnOne), claim(1, listed.get(0))),
          List.of(first, secondAlsoOnOne)))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> article(List.of(claim(0, secondAlsoOnOne, first), claim(1, listed.get(0))),
          List.of(first, secondAlsoOnOne)))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void eachFailedCheckSaysWhat() {
    Attribution line = attribution(0, List.of(0, 1));
    List<Paragraph> paragraphs = List.of(new Paragraph(0, Span.of(0, 25)));
    fails(() -> new Article(TEXT, List.of(new Paragraph(1, Span.of(0, 25))), List.of(), List.of(), List.of()),
        "paragraph 0 has index 1");
    fails(() -> new Article(TEXT, List.of(new Paragraph(0, Span.of(0, 99))), List.of(), List.of(), List.of()),
        "paragraph 0 span [0, 99) exceeds text length 37");
    fails(() -> new Article(TEXT, paragraphs, List.of(new Claim(1, 0, "Talks ended.", Span.of(0, 12), List.of())),
        List.of(), List.of()), "claim 0 has index 1");
    fails(() -> new Article(TEXT, paragraphs, List.of(new Claim(0, 0, "x".repeat(90), Span.of(0, 90), List.of())),
        List.of(), List.of()), "claim 0 span [0, 90) exceeds text length 37");
    fails(() -> new Article(TEXT, paragraphs, List.of(new Claim(0, 3, "Talks ended.", Span.of(0, 12), List.of())),
        List.of(), List.of()), "claim 0 names paragraph 3");
    fails(() -> new Article(TEXT, paragraphs, List.of(new Claim(0, 0, "Talks ended!", Span.of(0, 12), List.of())),
        List.of(), List.of()), "claim 0 text differs from its span");
    fails(() -> new Article(TEXT, paragraphs, List.of(claim(0, line)), List.of(), List.of()),
        "claim 0 lists an attribution not in the article: " + line);
    Attribution other = attribution(0, List.of(1));
    fails(() -> new Article(TEXT, paragraphs, List.of(claim(0, other), claim(1, other)), List.of(other), List.of()),
        "attribution 0 does not list claim 0");
    fails(() -> new Article(TEXT, paragraphs, List.of(claim(0, line), claim(1)), List.of(line), List.of()),
        "attribution 0 lists claim 1 which does not list it");
    fails(() -> new Article(TEXT, paragraphs, List.of(), List.of(attribution(1, List.of())), List.of()),
        "attribution 0 has index 1");
    Attribution far = new Attribution(0, AttributionForm.CHIP, "r", Span.of(0, 80), List.of(), 0,
        OptionalInt.empty(), List.of());
    fails(() -> new Article(TEXT, paragraphs, List.of(), List.of(far), List.of()),
        "attribution 0 span [0, 80) exceeds text length 37");
    SourceMention farMention = new SourceMention("AP", Span.of(70, 72), ModelTest.AP, Match.ALIAS);
    Attribution withFar = new Attribution(0, AttributionForm.CHIP, "r", Span.of(0, 2), List.of(farMention), 0,
        OptionalInt.empty(), List.of());
    fails(() -> new Article(TEXT, paragraphs, List.of(), List.of(withFar), List.of()),
        "mention " + farMention + " exceeds text length 37");
    Diagnostic d = new Diagnostic(Severity.INFO, "x", "m", Span.of(40, 41));
    fails(() -> new Article(TEXT, paragraphs, List.of(), List.of(), List.of(d)),
        "diagnostic " + d + " exceeds text length 37");
  }

  private static void fails(ThrowingArticle make, String message) {
    assertThatThrownBy(make::make).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  private static Article article(List<Claim> claims, List<Attribution> attributions) {
    return new Article(TEXT, List.of(new Paragraph(0, Span.of(0, 25))), claims, attributions, List.of());
  }

  private static Claim claim(int index, Attribution... attributions) {
    Span span = index == 0 ? Span.of(0, 12) : Span.of(13, 25);
    return new Claim(index, 0, span.text(TEXT), span, new ArrayList<>(List.of(attributions)));
  }

  private static Attribution attribution(int index, List<Integer> claims) {
    return new Attribution(index, AttributionForm.SOURCE_LINE, "source-line", Span.of(26, 28), List.of(AP_MENTION),
        0, OptionalInt.empty(), claims);
  }

  @FunctionalInterface
  private interface ThrowingArticle {
    Article make();
  }
}
