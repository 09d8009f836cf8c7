package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.SourceMention;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * Properties of article analysis: it never throws, every span lies in the input, claims are exact,
 * ordered and disjoint substrings, and the result is deterministic. Articles are generated from
 * sentences, every attribution form, and damage.
 */
class AnalysisPropertiesTest {

  private static final List<String> SENTENCES = List.of("Prices rose 5% in May.", "The talks ended without a deal.",
      "Mr. Smith met U.S. officials on Jan. 5.", "Turnout was high.", "“We are ready,” the minister said.",
      "Officials said the plan was dead.", "The deal is close, according to Reuters.",
      "Bloomberg reported that rates will fall.", "Selon l'AFP, le sommet est reporté.",
      "Poland, Hungary and Slovakia voted against it.", "The BBC was founded in 1922.");
  private static final List<String> ATTRIBUTIONS = List.of("WSJ, The Guardian, Yahoo",
      "The Guardian/AP News +2/The Times of India +4 Reuters =The Guardian =4", "AP News + The Guardian.",
      "Reuters and AFP both reported the same.", "Fortune+1Quartz +2", "[1]", "[2][3]", "¹", "(dpa)",
      "([politico.eu](https://www.politico.eu/a))", "[espn+3](https://www.espn.com/x)", "BRUSSELS (Reuters) - ",
      "[Kyiv Post] ", "—Al Jazeera", "**Source:** https://apnews.com/x", "[1] https://www.reuters.com/x",
      "## Sources", "- ", "1. ", "\n", "\n\n", "\r\n", "[1-3]", "[1, 3]", "[^4]", "[2–]", "**[Reuters]**");
  private static final String NASTY = "\u0000\u202E\u200B\uFEFF\uD800[](){}+=*#\"“”\r\n\t ,-–^";
  /** The characters the notation is made of, and a few words: short strings of them hit the corner cases. */
  private static final String[] NOTATION_ALPHABET = {"[", "]", "(", ")", "1", "2", "3", ",", "-", "–", "^", " ", ".",
      "\n", "*", "+", "=", "/", "|", ":", "Reuters", "AP", "https://x.com/", "¹", "said", "the"};

  static Gen<String> articles() {
    return in -> {
      StringBuilder sb = new StringBuilder();
      int parts = (int) in.next(Constraint.between(1, 14));
      for (int i = 0; i < parts; i++) {
        List<String> from = in.next(Constraint.between(0, 2)) == 0 ? ATTRIBUTIONS : SENTENCES;
        sb.append(from.get((int) in.next(Constraint.between(0, from.size() - 1))));
        sb.append(in.next(Constraint.between(0, 3)) == 0 ? "\n" : " ");
      }
      int damage = (int) in.next(Constraint.between(0, 3));
      for (int d = 0; d < damage && sb.length() > 0; d++) {
        int at = (int) in.next(Constraint.between(0, sb.length() - 1));
        sb.insert(at, NASTY.charAt((int) in.next(Constraint.between(0, NASTY.length() - 1))));
      }
      return sb.toString();
    };
  }

  @Test
  void invariantsOnGeneratedArticles() {
    qt().withExamples(400).forAll(articles()).checkAssert(AnalysisPropertiesTest::checkInvariants);
  }

  @Test
  void invariantsOnAnyString() {
    qt().withExamples(600).forAll(strings().allPossible().ofLengthBetween(0, 120))
        .checkAssert(AnalysisPropertiesTest::checkInvariants);
  }

  @Test
  void invariantsOnStringsOfNotationCharacters() {
    Gen<String> notationish = in -> {
      StringBuilder sb = new StringBuilder();
      int n = (int) in.next(Constraint.between(0, 40));
      for (int i = 0; i < n; i++) {
        sb.append(NOTATION_ALPHABET[(int) in.next(Constraint.between(0, NOTATION_ALPHABET.length - 1))]);
      }
      return sb.toString();
    };
    qt().withExamples(3_000).forAll(notationish).checkAssert(AnalysisPropertiesTest::checkInvariants);
  }

  @Test
  void invariantsOnMarkersOfAnyShape() {
    // a marker body is digits, commas, dashes, spaces and a caret: every mix of them, after a sentence
    // and at the start of a reference line ("[1,-]" once threw)
    String body = "0123456789,,--––  ^";
    Gen<String> markers = in -> {
      StringBuilder sb = new StringBuilder("Prices rose.");
      int markerCount = (int) in.next(Constraint.between(1, 3));
      for (int m = 0; m < markerCount; m++) {
        sb.append('[');
        int n = (int) in.next(Constraint.between(0, 7));
        for (int i = 0; i < n; i++) {
          sb.append(body.charAt((int) in.next(Constraint.between(0, body.length() - 1))));
        }
        sb.append(']');
      }
      sb.append(in.next(Constraint.between(0, 1)) == 0 ? "\n\n[1] Reuters\n[2] AP" : "");
      return sb.toString();
    };
    qt().withExamples(3_000).forAll(markers).checkAssert(AnalysisPropertiesTest::checkInvariants);
  }

  @Test
  void deterministic() {
    qt().withExamples(100).forAll(articles()).check(t -> Ascribe.analyze(t).equals(Ascribe.analyze(t)));
  }

  /**
   * What a thread keeps from one analysis for the next (the sentence iterator, the word tables, the
   * notation reader's scratch) changes no answer: articles analysed one after another on one thread
   * give what each gives on a thread of its own, whatever came before it.
   */
  @Test
  void anAnalysisIsTheSameAfterAnyOther() {
    Analyzer analyzer = Analyzer.builder().build();
    qt().withExamples(60).forAll(articles(), articles(), articles()).checkAssert((a, b, c) -> {
        List<io.github.ascribe.core.Article> inTurn = List.of(analyzer.analyze(a), analyzer.analyze(b),
            analyzer.analyze(c));
        List<io.github.ascribe.core.Article> alone = new java.util.ArrayList<>();
        for (String t : List.of(a, b, c)) {
          try {
            // a new thread each time: nothing kept from an earlier analysis
            alone.add(java.util.concurrent.CompletableFuture.supplyAsync(() -> analyzer.analyze(t),
                r -> new Thread(r).start()).get());
          } catch (Exception e) {
            throw new AssertionError(e);
          }
        }
        assertThat(inTurn).isEqualTo(alone);
      });
  }

  @Test
  void prefixesOfTheReferenceShapesNeverThrow() {
    String text = String.join("\n", SENTENCES) + "\n" + String.join(" ", ATTRIBUTIONS);
    for (int i = 0; i <= text.length(); i += 3) {
      checkInvariants(text.substring(0, i));
      checkInvariants(text.substring(i));
    }
  }


  static void checkInvariants(String text) {
    Article a = Ascribe.analyze(text);
    int previousEnd = 0;
    for (Claim c : a.claims()) {
      assertThat(c.span().start()).as("claims ordered and disjoint").isGreaterThanOrEqualTo(previousEnd);
      assertThat(c.text()).isEqualTo(c.span().text(text)).isNotBlank();
      assertThat(c.text()).isEqualTo(c.text().strip());
      previousEnd = c.span().end();
    }
    List<Integer> starts = new ArrayList<>();
    for (Attribution at : a.attributions()) {
      assertThat(at.span().end()).isLessThanOrEqualTo(text.length());
      starts.add(at.span().start());
      for (SourceMention m : at.mentions()) {
        assertThat(m.text()).isEqualTo(m.span().text(text));
      }
      for (int c : at.claims()) {
        assertThat(a.claims().get(c).attributions()).contains(at);
      }
      at.prose().ifPresent(p -> {
        assertThat(at.form()).isEqualTo(AttributionForm.PROSE);
        ProseProperties.checkRelation(text, p);
      });
    }
    assertThat(starts).isSorted();
    for (Diagnostic d : a.diagnostics()) {
      assertThat(d.span().end()).isLessThanOrEqualTo(text.length());
    }
    assertThat(a.summary().coverage()).isBetween(0.0, 1.0);
  }
}
