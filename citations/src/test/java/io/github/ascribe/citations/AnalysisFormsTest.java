package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each attribution form on its own varied texts, and look-alikes that must not attribute. */
class AnalysisFormsTest {

  private static List<String> media(Article a, int claim) {
    return a.claims().get(claim).mediaSources().stream().map(Source::id).toList();
  }

  private static List<String> others(Article a, int claim) {
    return a.claims().get(claim).otherSources().stream().map(s -> s.kind() + ":" + s.name()).toList();
  }

  private static List<AttributionForm> forms(Article a) {
    return a.attributions().stream().map(Attribution::form).toList();
  }

  @Test
  void sourceLineCoversTheParagraphAbove() {
    Article a = Ascribe.analyze("Prices rose. Wages fell.\nReuters, Bloomberg\nA new paragraph.");
    assertThat(a.claims()).hasSize(3);
    assertThat(media(a, 0)).containsExactly("reuters", "bloomberg");
    assertThat(media(a, 1)).containsExactly("reuters", "bloomberg");
    assertThat(media(a, 2)).isEmpty();
    assertThat(forms(a)).containsExactly(AttributionForm.SOURCE_LINE);
  }

  @Test
  void blankLinesAndListItemsAreParagraphs() {
    Article a = Ascribe.analyze("- Prices rose.\n\n  AFP · dpa\n\n1. Wages fell.\nLe Monde");
    assertThat(a.claims()).extracting(Claim::text).containsExactly("Prices rose.", "Wages fell.");
    assertThat(media(a, 0)).containsExactly("agence-france-presse", "dpa");
    assertThat(media(a, 1)).containsExactly("le-monde");
  }

  @Test
  void sectionScopeCoversEveryParagraphSinceTheLastLine() {
    String text = "First point.\nSecond point.\nReuters\nThird point.";
    Analyzer section = Analyzer.builder().sourceLineScope(SourceLineScope.SECTION_ABOVE).build();
    Article a = section.analyze(text);
    assertThat(media(a, 0)).containsExactly("reuters");
    assertThat(media(a, 1)).containsExactly("reuters");
    assertThat(media(a, 2)).isEmpty();
    Article b = Ascribe.analyze(text);
    assertThat(media(b, 0)).isEmpty();
    assertThat(media(b, 1)).containsExactly("reuters");
  }

  @Test
  void sourceTailCoversEarlierClaimsOfItsParagraph() {
    Article a = Ascribe.analyze("The vote passed. Turnout was 61%. AP News + The Guardian + Reuters.");
    assertThat(a.claims()).hasSize(2);
    assertThat(media(a, 0)).containsExactly("associated-press", "the-guardian", "reuters");
    assertThat(forms(a)).containsExactly(AttributionForm.SOURCE_TAIL);
  }

  @Test
  void gluedChipsCoverTheirSentenceAndAreCutFromIt() {
    Article a = Ascribe.analyze("Oil rose 5% in May.Fortune+1Quartz +2 Gold fell.");
    assertThat(a.claims().get(0).text()).isEqualTo("Oil rose 5% in May.");
    assertThat(media(a, 0)).containsExactly("fortune", "quartz");
    assertThat(a.claims().get(0).unnamedSources()).isEqualTo(3);
    Article b = Ascribe.analyze("The team set a record[espn+3](https://www.espn.com/nba/story/_/id/1)");
    assertThat(b.claims().get(0).text()).isEqualTo("The team set a record");
    assertThat(media(b, 0)).containsExactly("espn");
    assertThat(forms(b)).containsExactly(AttributionForm.CHIP);
    // a domain glued after the full stop: its own dot is not where the chip starts
    Article c = Ascribe.analyze("Voters approved it in the second quarter.apnews.com+3 Farmers postponed the reform.");
    assertThat(c.claims().get(0).text()).isEqualTo("Voters approved it in the second quarter.");
    assertThat(media(c, 0)).containsExactly("associated-press");
    assertThat(c.claims().get(0).unnamedSources()).isEqualTo(3);
    assertThat(c.diagnostics()).noneMatch(d -> d.code().equals("unresolved-name"));
    Article d = Ascribe.analyze("Shares slid 4% on Friday.theguardian.com+1Reuters +2 The index recovered.");
    assertThat(d.claims().get(0).text()).isEqualTo("Shares slid 4% on Friday.");
    assertThat(media(d, 0)).containsExactly("the-guardian", "reuters");
    // and its www. belongs to the domain, which keeps its count
    Article w = Ascribe.analyze("Prices rose in May.www.bbc.co.uk+2 Officials met.WWW.apnews.com+1Reuters +2 Talks ended.");
    assertThat(w.claims()).extracting(Claim::text)
        .containsExactly("Prices rose in May.", "Officials met.", "Talks ended.");
    assertThat(media(w, 0)).containsExactly("bbc");
    assertThat(w.claims().get(0).unnamedSources()).isEqualTo(2);
    assertThat(media(w, 1)).containsExactly("associated-press", "reuters");
    assertThat(w.diagnostics()).noneMatch(x -> x.code().equals("unresolved-name"));
  }

  @Test
  void markersResolveThroughTheReferenceList() {
    Article a = Ascribe.analyze("""
        The trial met its goal.[1] Regulators will decide in June[2][3]. A third claim.¹
        Another claim [4].

        ## Sources
        [1] https://www.statnews.com/2025/01/01/vaccine
        [2] Reuters - https://www.reuters.com/world/x
        3. BBC News - https://www.bbc.co.uk/news/x
        ¹ STAT News
        """);
    assertThat(a.claims()).extracting(Claim::text).containsExactly("The trial met its goal.",
        "Regulators will decide in June", "A third claim.", "Another claim");
    assertThat(media(a, 0)).containsExactly("stat-news");
    assertThat(media(a, 1)).containsExactly("reuters", "bbc");
    assertThat(media(a, 2)).containsExactly("stat-news");
    assertThat(media(a, 3)).isEmpty();
    assertThat(a.diagnostics()).anyMatch(d -> d.code().equals("unresolved-marker"));
  }

  @Test
  void markerRangesAndLists() {
    Article a = Ascribe.analyze("Claim one [1-3]. Claim two [1, 3].\n[1] Reuters\n[2] AP\n[3] AFP");
    assertThat(media(a, 0)).containsExactly("reuters", "associated-press", "agence-france-presse");
    assertThat(media(a, 1)).containsExactly("reuters", "agence-france-presse");
  }

  @Test
  void markersWithStrayDashesNameWhatTheyCan() {
    // "[1,-]" once crashed the analyser: a part of dashes alone names no number
    Article a = Ascribe.analyze("One rose [1,-]. Two fell [-,2]. Three held [3-]. Four [1--3]. Five [2–].\n"
        + "[1] Reuters\n[2] AP\n[3] AFP");
    assertThat(media(a, 0)).containsExactly("reuters");
    assertThat(media(a, 1)).containsExactly("associated-press");
    assertThat(media(a, 2)).containsExactly("agence-france-presse");
    assertThat(media(a, 3)).isEmpty(); // "1--3": no number after the first dash, so no range
    assertThat(media(a, 4)).containsExactly("associated-press");
  }

  @Test
  void referenceNamesLoseTheirMarkup() {
    Article a = Ascribe.analyze("It rose [1]. It fell [2].\n\n## Sources\n[1] **[Reuters]**\n[2] *AP News*");
    assertThat(media(a, 0)).containsExactly("reuters");
    assertThat(media(a, 1)).containsExactly("associated-press");
  }

  @Test
  void aDomainGluedToTheCountBeforeItIsOneName() {
    // "+3lapresse.ca": the whole domain is the name, not "lapresse." and "ca"; so is "lapresse.tn",
    // though "TN" alone is a registry alias
    Article a = Ascribe.analyze("It fell.FAZ+3lapresse.ca+2 State media said so.");
    assertThat(a.claims()).extracting(Claim::text).containsExactly("It fell.", "State media said so.");
    assertThat(media(a, 0)).containsExactly("faz", "la-presse")
        .noneMatch(id -> id.startsWith("unknown-"));
    Article b = Ascribe.analyze("Rates held.Ouest-France +2lapresse.tn +1 The talks ended.");
    assertThat(b.attributions()).extracting(x -> x.span().text(b.text())).contains("lapresse.tn +1");
    Article w = Ascribe.analyze("It ended.Wall St. Journal+3Ici Radio-Canada +1 Prices rose.");
    assertThat(w.claims()).extracting(Claim::text).containsExactly("It ended.", "Prices rose.");
    assertThat(media(w, 0)).contains("wall-street-journal").noneMatch(id -> id.startsWith("unknown-"));
    Article c = Ascribe.analyze("Rates held.CBC News +3Military.com +2The Nation +2 Wages fell.");
    assertThat(c.attributions()).extracting(x -> x.span().text(c.text()))
        .contains("Military.com +2The Nation +2");
  }

  @Test
  void aSentenceOfGluedChipCandidatesIsSearchedWithinABudget() {
    // every "x.com/+1" could start glued chips: past the budget the search stops and says so
    String text = "Prices rose" + "](http://x.com/+1Reuters ".repeat(400) + "end.";
    Article a = Ascribe.analyze(text);
    assertThat(a.diagnostics()).filteredOn(d -> d.code().equals("glued-chips-not-searched")).hasSize(1)
        .allMatch(d -> d.severity() == io.github.ascribe.core.Severity.INFO && d.span().end() <= text.length());
    // a real glued chip in an ordinary sentence is still split off, with no such note
    Article b = Ascribe.analyze("Gold rose in May.Fortune+1Quartz +2 Oil fell.");
    assertThat(b.claims()).hasSize(2);
    assertThat(b.diagnostics()).noneMatch(d -> d.code().equals("glued-chips-not-searched"));
  }

  @Test
  void linksCiteTheirHost() {
    Article a = Ascribe.analyze("Turnout was high ([politico.eu](https://www.politico.eu/article/x)). "
        + "Rates held (https://www.ft.com/content/abc).");
    assertThat(media(a, 0)).containsExactly("politico-europe");
    assertThat(media(a, 1)).containsExactly("financial-times");
    assertThat(forms(a)).containsOnly(AttributionForm.LINK);
  }

  @Test
  void labels() {
    Article a = Ascribe.analyze("""
        Germany's economy shrank in the second quarter (dpa).
        [Kyiv Post] Ukraine received new air defence systems.
        Ceasefire talks stall in Doha—Al Jazeera
        - The port reopened on Monday.
        **Source:** https://apnews.com/article/x
        """);
    assertThat(media(a, 0)).containsExactly("dpa");
    assertThat(media(a, 1)).containsExactly("kyiv-post");
    assertThat(media(a, 2)).containsExactly("al-jazeera");
    assertThat(a.claims().get(2).text()).isEqualTo("Ceasefire talks stall in Doha");
    assertThat(media(a, 3)).containsExactly("associated-press");
    assertThat(forms(a)).containsOnly(AttributionForm.LABEL);
    assertThat(a.attributions().get(3).claims()).containsExactly(3);
  }

  @Test
  void datelinesCoverTheirStory() {
    Article a = Ascribe.analyze("""
        BRUSSELS (Reuters) - European shares fell. Banks led the decline.
        Investors await the ECB.
        LAGOS, March 2 (Anadolu) -- Inflation rose to 30%.
        WASHINGTON (AP) — The Senate adjourned.
        """);
    assertThat(a.claims().get(0).text()).isEqualTo("European shares fell.");
    assertThat(media(a, 0)).containsExactly("reuters");
    assertThat(media(a, 2)).containsExactly("reuters");
    assertThat(media(a, 3)).containsExactly("anadolu-agency");
    assertThat(media(a, 4)).containsExactly("associated-press");
    assertThat(forms(a)).containsOnly(AttributionForm.DATELINE);
  }

  @Test
  void proseCuesAndVerbs() {
    Article a = Ascribe.analyze("""
        The deal is close, according to Reuters.
        Officials expect a vote, as reported by the BBC.
        Bloomberg reported that rates will fall.
        Sales doubled, the company said.
        "We are ready," said Foreign Minister Hakan Fidan.
        She added that talks would continue.
        Prices will rise, per Axios.
        An official told Reuters the plan was dead.
        """);
    assertThat(media(a, 0)).containsExactly("reuters");
    assertThat(media(a, 1)).containsExactly("bbc");
    assertThat(media(a, 2)).containsExactly("bloomberg");
    assertThat(others(a, 3)).containsExactly("ORGANIZATION:the company");
    assertThat(others(a, 4)).containsExactly("PERSON:Hakan Fidan");
    assertThat(others(a, 5)).containsExactly("PERSON:Hakan Fidan");
    assertThat(media(a, 6)).containsExactly("axios");
    assertThat(media(a, 7)).containsExactly("reuters");
    assertThat(others(a, 7)).containsExactly("ANONYMOUS:An official");
    assertThat(forms(a)).containsOnly(AttributionForm.PROSE);
  }

  @Test
  void anonymousOrganisationAndPersonSourcesAreNotCoverage() {
    Article a = Ascribe.analyze("Sources familiar with the matter said the deal was close. "
        + "The ministry has warned of shortages. Marco Rubio told reporters the US would not attend.");
    assertThat(others(a, 0)).containsExactly("ANONYMOUS:Sources familiar with the matter");
    assertThat(others(a, 1)).containsExactly("ORGANIZATION:The ministry");
    assertThat(others(a, 2)).containsExactly("PERSON:Marco Rubio");
    assertThat(a.summary().attributedClaims()).isZero();
    assertThat(a.summary().otherAttributedClaims()).isEqualTo(3);
  }

  @Test
  void quotesOverSeveralSentencesAreAttributedWhole() {
    Article a = Ascribe.analyze("Le Monde covered the summit. “Prices will keep rising. We see no relief,” "
        + "the newspaper wrote. Markets closed.");
    assertThat(media(a, 1)).containsExactly("le-monde");
    assertThat(media(a, 2)).containsExactly("le-monde");
    assertThat(media(a, 3)).isEmpty();
  }

  @Test
  void quotesBeforeOrAfterTheirVerbAreAttributedInEveryParagraph() {
    // a quote before its verb, one after it, straight quotes paired after other pairs in the same
    // paragraph, and quotes next to no verb
    Article a = Ascribe.analyze("""
        Le Monde covered the summit. "Prices will keep rising. We see no relief," the newspaper wrote. Markets closed.

        Officials met at noon. Le Monde wrote: "Talks will resume. Both sides agreed." Shares rose.

        The minister spoke of "security" and "trade". "We will not yield. Never," Le Monde quoted him as saying. Nothing was signed.

        A "quiet" week. Another "calm" day. Nobody said anything.
        """);
    assertThat(a.claims()).hasSize(15);
    List<Integer> quoted = List.of(1, 2, 5, 6, 9, 10);
    for (int i = 0; i < 15; i++) {
      if (quoted.contains(i)) {
        assertThat(media(a, i)).as("claim %d", i).containsExactly("le-monde");
      } else {
        assertThat(media(a, i)).as("claim %d", i).isEmpty();
      }
    }
  }

  @Test
  void corroborationStatementsAreNotClaims() {
    Article a = Ascribe.analyze("The ceasefire held overnight. Reuters and AFP both reported the same.");
    assertThat(a.claims()).extracting(Claim::text).containsExactly("The ceasefire held overnight.");
    assertThat(media(a, 0)).containsExactly("reuters", "agence-france-presse");
    assertThat(forms(a)).containsExactly(AttributionForm.CORROBORATION);
  }

  @Test
  void otherLanguages() {
    Article a = Ascribe.analyze("""
        Selon l'AFP, le sommet est reporté. D’après Le Monde, la réunion aura lieu.
        Según El País, la reunión fue cancelada. Laut Spiegel ist die Lage ernst.
        Secondo ANSA, il vertice è rinviato. Segundo a Folha, a reunião foi adiada.
        По данным ТАСС, встреча отложена. За даними Укрінформ, зустріч перенесено.
        """);
    assertThat(a.claims()).hasSize(8);
    assertThat(a.claims()).allSatisfy(c -> assertThat(c.mediaSources()).as(c.text()).hasSize(1));
    assertThat(media(a, 0)).containsExactly("agence-france-presse");
    assertThat(media(a, 1)).containsExactly("le-monde");
    assertThat(media(a, 6)).containsExactly("tass");
    assertThat(media(a, 7)).containsExactly("ukrinform");
  }

  @Test
  void lookAlikesDoNotAttribute() {
    Article a = Ascribe.analyze("""
        Poland, Hungary and Slovakia voted against the plan.
        Berlin, Paris, Rome
        The BBC was founded in 1922.
        Reuters is a news agency based in London.
        “This is unacceptable,” read a banner outside the palace.
        The report was published in March.
        Despite initial hopes, they parted ways.
        """);
    assertThat(a.attributions()).isEmpty();
    assertThat(a.claims()).hasSize(7);
    assertThat(a.summary().coverage()).isZero();
  }

  @Test
  void sourceKindsAreTyped() {
    Article a = Ascribe.analyze("Rates rose, the Kremlin said. Rates rose, officials said.");
    assertThat(a.claims().get(0).otherSources()).extracting(Source::kind).containsExactly(SourceKind.ORGANIZATION);
    assertThat(a.claims().get(1).otherSources()).extracting(Source::kind).containsExactly(SourceKind.ANONYMOUS);
  }

  @Test
  void abbreviationsDoNotEndClaims() {
    Article a = Ascribe.analyze("Mr. Smith met U.S. officials on Jan. 5 in Washington. They agreed.");
    assertThat(a.claims()).extracting(Claim::text)
        .containsExactly("Mr. Smith met U.S. officials on Jan. 5 in Washington.", "They agreed.");
  }

  @Test
  void titleAbbreviationsNeitherEndClaimsNorNameOutlets() {
    // "Dr." is also an alias of the Danish broadcaster DR: as a title it must stay inside the sentence
    Article a = Ascribe.analyze("Dr. Okafor said the trial worked. Gen. Smith agreed.");
    assertThat(a.claims()).extracting(Claim::text)
        .containsExactly("Dr. Okafor said the trial worked.", "Gen. Smith agreed.");
    assertThat(a.claims().get(0).mediaSources()).isEmpty();
  }

  @Test
  void everyAttributionRecordsItsRule() {
    Article a = Ascribe.analyze("Prices rose, according to Reuters.\nAP, AFP");
    assertThat(a.attributions()).extracting(Attribution::rule).containsExactly("prose-cue-according", "source-line");
  }
}
