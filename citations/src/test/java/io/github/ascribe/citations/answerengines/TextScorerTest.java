package io.github.ascribe.citations.answerengines;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.Ascribe;
import io.github.ascribe.citations.answerengines.CorpusText.ExpectedClaim;
import io.github.ascribe.citations.answerengines.CorpusText.ExpectedDiagnostic;
import io.github.ascribe.citations.answerengines.CorpusText.Skipped;
import io.github.ascribe.core.Source;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The corpus scorer counts what it says it counts: it can fail, and it fails where it should. */
class TextScorerTest {

  private static final String TEXT = "According to Reuters, the deal is worth $2 billion.\nSources";

  private static CorpusText text(List<ExpectedClaim> claims, List<Skipped> skipped, List<ExpectedDiagnostic> d) {
    return new CorpusText("test-01", "test", List.of("prose-en"), "a test", TEXT, claims, skipped, d);
  }

  private static ExpectedClaim claim(String text, String... sources) {
    return new ExpectedClaim(text, false, List.of(sources), 0, Optional.empty(), List.of());
  }

  private static List<Item> score(CorpusText t) {
    return TextScorer.score(t, Ascribe.analyze(t.text()));
  }

  @Test
  void theRightSourceIsExactAndAWrongOneIsNot() {
    ExpectedClaim right = claim("According to Reuters, the deal is worth $2 billion", "reuters");
    ExpectedClaim wrong = claim("According to Reuters, the deal is worth $2 billion", "bloomberg");
    assertThat(score(text(List.of(right), List.of(), List.of())).get(0).exact()).isTrue();
    Item item = score(text(List.of(wrong), List.of(), List.of())).get(0);
    assertThat(item.exact()).isFalse();
    assertThat(item.mismatch()).contains("want [bloomberg]", "got [reuters]");
  }

  @Test
  void aMissedClaimAndAnExtraClaimAreBothWrong() {
    List<Item> items = score(text(List.of(claim("The deal was called off", "reuters")), List.of(), List.of()));
    assertThat(items).extracting(Item::kind).contains(Item.Kind.CLAIM, Item.Kind.EXTRA_CLAIM);
    assertThat(items).noneMatch(Item::exact);
  }

  @Test
  void furnitureInsideAClaimFailsItsSkippedItemOnce() {
    ExpectedClaim c = claim("According to Reuters, the deal is worth $2 billion", "reuters");
    List<Item> items = score(text(List.of(c), List.of(new Skipped("Sources", List.of())), List.of()));
    Item skipped = items.stream().filter(i -> i.kind() == Item.Kind.SKIPPED).findFirst().orElseThrow();
    boolean sourcesIsAClaim = Ascribe.analyze(TEXT).claims().stream().anyMatch(x -> x.text().equals("Sources"));
    assertThat(skipped.exact()).isEqualTo(!sourcesIsAClaim);
    assertThat(items.stream().filter(i -> i.scored() && !i.exact())).hasSizeLessThanOrEqualTo(1);
  }

  @Test
  void aDiagnosticThatIsNotGivenIsMissing() {
    ExpectedClaim c = claim("According to Reuters, the deal is worth $2 billion", "reuters");
    Item d = score(text(List.of(c), List.of(), List.of(new ExpectedDiagnostic("link-host-mismatch", "Reuters",
        List.of())))).stream().filter(i -> i.kind() == Item.Kind.DIAGNOSTIC).findFirst().orElseThrow();
    assertThat(d.exact()).isFalse();
  }

  @Test
  void normalizingForgivesWhiteSpaceEmphasisAndTheFinalStopOnly() {
    assertThat(ClaimText.normalize("  **Rates** were  held\nat 4%. ")).isEqualTo("Rates were held at 4%");
    assertThat(ClaimText.normalize("Rates were held [1]")).isEqualTo("Rates were held [1]");
  }

  @Test
  void domainsMatchTheirSourceOrAnUnknownHostUnderThem() {
    Source ap = Ascribe.registry().byId("associated-press").orElseThrow();
    assertThat(ClaimText.matches("apnews.com", ap)).isTrue();
    assertThat(ClaimText.matches("associated-press", ap)).isTrue();
    assertThat(ClaimText.matches("secure-verify.info", Source.unknown("apnews.com.secure-verify.info"))).isTrue();
    assertThat(ClaimText.matches("secure-verify.info", ap)).isFalse();
    assertThat(ClaimText.matches("verify.info", Source.unknown("secure-verify.info"))).isFalse();
    assertThat(ClaimText.matches("apnews.com", Source.unknown("AP"))).isFalse();
  }

  @Test
  void skippedTextIsFoundAsAWholeWordOrAsACode() {
    assertThat(TextScorer.containsWord("Sources said the talks failed", "Sources")).isTrue();
    assertThat(TextScorer.containsWord("Resources were short", "Sources")).isFalse();
    assertThat(TextScorer.containsWord("within five years【24†source】", "【24†source】")).isTrue();
    assertThat(TextScorer.containsWord("shares fell", "Share")).isFalse();
  }

  @Test
  void alignmentKeepsOrderAndSkipsWhatIsMissing() {
    boolean[] exact = new boolean[3];
    assertThat(TextScorer.align(List.of("a", "b", "c"), exact, List.of("a", "x", "c"))).containsExactly(0, -1, 2);
    assertThat(TextScorer.align(List.of("b", "a"), exact, List.of("a", "b"))).containsExactly(-1, 0);
    assertThat(TextScorer.align(List.of("b", "c"), new boolean[] {true, false}, List.of("abc", "c")))
        .containsExactly(0, 1);
  }
}
