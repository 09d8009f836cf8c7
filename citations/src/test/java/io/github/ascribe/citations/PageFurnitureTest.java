package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.core.Article;
import io.github.ascribe.core.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class PageFurnitureTest {

  private static final PageFurniture BUNDLED = PageFurniture.bundled();
  /** The reference-list headings of docs/analysis.md that are also page text. */
  private static final java.util.Set<String> LIST_HEADINGS = java.util.Set.of("sources", "citations", "learn more");

  @ParameterizedTest
  @ValueSource(strings = {
      "Sources", "AI Overview", "AI Mode", "Key changes:", "AI responses may include mistakes.",
      "For legal advice, consult a professional.", "Learn more", "Show all", "Copy", "Share",
      "Searched 9 sites", "Thought for 14s", "Thought for 2m 5s", "5 min ago", "3h ago", "1 day ago",
      "12 sites", "1 of 30", "+2 more", "⁂", "10:42 AM", "2026-06-02", "3/14/2026", "30 Apr 2026",
      "Happy to help further!", "Would you like me to compare this with last year's outage?",
      "If you want, I can keep an eye on this and summarise any updates.",
      "AI responses may include mistakes. Learn more", "  Searching  ", "ai overview",
      "Summarised by AI · 3 sources", "Generating answers for you…", "Searching for: Corvo floods",
      "Gemini can make mistakes, so double-check it",
      // the blanks between phrases are the blanks inside one: thin and no-break spaces too
      "AI responses may include mistakes.\u2009Learn more", "Sources\u00A0Learn more"})
  void bundledPhrasesAndRunsOfThemArePageText(String line) {
    assertThat(BUNDLED.matches(line)).as(line).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "Sources said the talks had failed.", "Updated figures show prices rose 4%.",
      "More than 300 homes were flooded.", "Share prices fell 3% on Monday.", "AI Overview of the floods",
      "The minister said 5 min ago was too late.", "Thought for a moment, then left.", "Learn more about",
      "", "   ", "14", "Copy editors went on strike.", "Reuters +2", "Searched"})
  void newsSentencesAreNotPageText(String line) {
    assertThat(BUNDLED.matches(line)).as(line).isFalse();
  }

  @Test
  void usersAddPhrasesWithNumbersEscapesAndRests() {
    PageFurniture p = PageFurniture.bundled().with(List.of("# comments", "Trending now", "// a comment", "",
        "Rated \\#1", "Sponsored: *"));
    assertThat(p.matches("12 comments")).isTrue();
    assertThat(p.matches("1,200 comments")).isTrue();
    assertThat(p.matches("Trending now")).isTrue();
    assertThat(p.matches("Rated #1")).isTrue();
    assertThat(p.matches("Rated 1")).isFalse();
    assertThat(p.matches("Sponsored: buy a car")).isTrue();
    assertThat(p.phrases()).contains("# comments").doesNotContain("// a comment", "");
    assertThat(BUNDLED.matches("12 comments")).as("the bundled set is unchanged").isFalse();
  }

  @Test
  void noneReadsEveryLine() {
    assertThat(PageFurniture.none().matches("Sources")).isFalse();
    Article a = Analyzer.builder().pageFurniture(PageFurniture.none()).build().analyze("Thought for 14s\nPrices rose.");
    assertThat(a.claims()).extracting(c -> c.text()).containsExactly("Thought for 14s", "Prices rose.");
  }

  @Test
  void malformedPhrasesNameTheItemAndColumn() {
    assertThatThrownBy(() -> PageFurniture.of(List.of("Sources", "Show * all")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phrase 2").hasMessageContaining("column 6");
    assertThatThrownBy(() -> PageFurniture.of(List.of("ends with \\")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("phrase 1").hasMessageContaining("column 11");
    assertThatThrownBy(() -> PageFurniture.of(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BUNDLED.matches(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> BUNDLED.matches("abc", 2, 5)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void longLinesAreNeverPageText() {
    String rest = "x".repeat(PageFurniture.MAX_LINE);
    assertThat(BUNDLED.matches("Would you like me to " + rest)).isFalse();
  }

  @Test
  void skippedLinesAreNotClaimsAndAreNoted() {
    String text = "Thought for 14s\nSearched 9 sites\nThe Sele river burst its banks. Reuters +2\nSources\n"
        + "If you want, I can keep an eye on this.";
    Article a = Ascribe.analyze(text);
    assertThat(a.claims()).extracting(c -> c.text()).containsExactly("The Sele river burst its banks.");
    List<Diagnostic> notes = a.diagnostics().stream().filter(d -> d.code().equals("skipped-text")).toList();
    // "Sources" is noted as page text even where it would head a reference list
    assertThat(notes).extracting(d -> d.span().text(text))
        .containsExactly("Thought for 14s", "Searched 9 sites", "Sources", "If you want, I can keep an eye on this.");
  }

  @Test
  void suggestedQuestionsUnderARelatedHeadingAreSkippedOthersAreClaims() {
    String text = "Fares rose 4% in May. Reuters\nPeople also ask\nWhy did fares rise?\nWhen will they fall?\n"
        + "The council met on Friday.\nWill the council act?";
    Article a = Ascribe.analyze(text);
    assertThat(a.claims()).extracting(c -> c.text())
        .containsExactly("Fares rose 4% in May.", "The council met on Friday.", "Will the council act?");
    assertThat(a.diagnostics().stream().filter(d -> d.code().equals("skipped-text")).map(d -> d.span().text(text)))
        .containsExactly("People also ask", "Why did fares rise?", "When will they fall?");
  }

  @Test
  void boldLinesAreHeadingsNotClaims() {
    Article a = Ascribe.analyze("**What happened**\nThe bridge closed. Reuters\n__Key points:__\nTolls rose. AP");
    assertThat(a.claims()).extracting(c -> c.text()).containsExactly("The bridge closed.", "Tolls rose.");
    Article b = Ascribe.analyze("**The bridge closed.**\n**Tolls** rose.");
    assertThat(b.claims()).as("a bold sentence or a line with bold in it is no heading")
        .anySatisfy(c -> assertThat(c.text()).contains("The bridge closed"))
        .anySatisfy(c -> assertThat(c.text()).contains("Tolls** rose"));
  }

  /** Page text written from the bundled phrases: numbers and rests filled in, runs joined by blanks. */
  private static Gen<String> pageLines() {
    List<String> phrases = BUNDLED.phrases();
    Gen<String> one = integers().between(0, phrases.size() - 1).zip(integers().between(0, 99_999),
        (i, n) -> fill(phrases.get(i), n));
    return lists().of(one).ofSizeBetween(1, 3).map(l -> String.join(" ", l))
        .assuming(l -> l.length() <= PageFurniture.MAX_LINE);
  }

  private static String fill(String phrase, int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < phrase.length(); i++) {
      char c = phrase.charAt(i);
      if (c == '\\' && i + 1 < phrase.length()) {
        b.append(phrase.charAt(++i));
      } else if (c == '#') {
        b.append(n);
      } else if (c == '*') {
        b.append("details ").append(n); // a rest is never empty where a blank comes before it
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }

  @Test
  void writtenPageTextIsReadAsPageText() {
    qt().withExamples(500).forAll(pageLines()).check(BUNDLED::matches);
  }

  @Test
  void matchingNeverThrowsAndIsDeterministic() {
    qt().withExamples(2_000).forAll(strings().allPossible().ofLengthBetween(0, 80))
        .check(s -> BUNDLED.matches(s) == BUNDLED.matches(s));
  }

  @Test
  void skippedTextLosesNothing() {
    qt().withExamples(200).forAll(lists().of(pageLines()).ofSizeBetween(1, 4)).checkAssert(lines -> {
      String text = lines.stream().collect(Collectors.joining("\nThe port reopened. Reuters\n"));
      Article a = Ascribe.analyze(text);
      List<String> noted = a.diagnostics().stream().filter(d -> d.code().equals("skipped-text"))
          .map(d -> d.span().text(text)).toList();
      assertThat(a.claims()).as(text).hasSize(lines.size() - 1)
          .allSatisfy(c -> assertThat(c.text()).isEqualTo("The port reopened."));
      for (String line : lines) {
        // spec: page text is noted, unless the reference-list reader takes it ("Sources", "Learn more:", "⁂")
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        boolean listText = line.contains("⁂") || LIST_HEADINGS.stream().anyMatch(lower::contains);
        assertThat(noted.contains(line.strip()) || listText).as(line).isTrue();
      }
    });
  }
}
