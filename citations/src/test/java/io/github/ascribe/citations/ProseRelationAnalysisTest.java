package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.ProseRelation;
import io.github.ascribe.core.ProseRelation.CueGroup;
import io.github.ascribe.core.ProseRelation.Kind;
import io.github.ascribe.core.ProseRelation.SourceType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The structure of prose attributions as {@link Ascribe#analyze} reports it: source, cue and content
 * rendered with markers ({@code ⟦source⟧ ⟨cue⟩ «content»}), kind, source type, cue group and lemma,
 * and the antecedent of a pronoun.
 */
class ProseRelationAnalysisTest {

  /** The relation of the only prose attribution of {@code text} whose rule starts with {@code rule}. */
  private static ProseRelation relation(String text, String rule) {
    Article a = Ascribe.analyze(text);
    List<Attribution> prose = a.attributions().stream()
        .filter(at -> at.form() == AttributionForm.PROSE && at.rule().startsWith(rule)).toList();
    assertThat(prose).as("prose attributions of %s: %s", text, a.attributions()).hasSize(1);
    assertThat(prose.get(0).prose()).as("relation of %s", prose.get(0)).isPresent();
    return prose.get(0).prose().orElseThrow();
  }

  private static void check(String text, String rule, String rendered, Kind kind, SourceType type, CueGroup group,
      String lemma) {
    ProseRelation r = relation(text, rule);
    assertThat(r.render(text)).isEqualTo(rendered);
    assertThat(r.kind()).as("kind").isEqualTo(kind);
    assertThat(r.sourceType()).as("source type").isEqualTo(type);
    assertThat(r.cueGroup()).as("cue group").isEqualTo(group);
    assertThat(r.cueLemma()).as("lemma").isEqualTo(lemma);
  }

  @Test
  void indirectContentAfterTheCueSkipsATimeAdjunctAndThat() {
    check("The minister said on Tuesday that the talks had failed.", "prose-verb",
        "⟦The minister⟧ ⟨said⟩ on Tuesday that «the talks had failed»", Kind.INDIRECT, SourceType.PERSON,
        CueGroup.SAYING, "say");
  }

  @Test
  void contentBeforeTheCueWithoutTheJoiningCommaOrTheTrailingAdjunct() {
    check("Inflation will fall, the central bank said in a statement.", "prose-verb",
        "«Inflation will fall», ⟦the central bank⟧ ⟨said⟩", Kind.INDIRECT, SourceType.ORGANISATION,
        CueGroup.SAYING, "say");
  }

  @Test
  void aSentenceInitialAdjunct() {
    check("According to the ministry, 40 people died in the floods.", "prose-cue",
        "⟨According to⟩ ⟦the ministry⟧, «40 people died in the floods»", Kind.ADJUNCT, SourceType.GOVERNMENT,
        CueGroup.ADJUNCT, "according to");
  }

  @Test
  void aSentenceFinalAdjunct() {
    check("Forty people died in the floods, according to the interior ministry.", "prose-cue",
        "«Forty people died in the floods», ⟨according to⟩ ⟦the interior ministry⟧", Kind.ADJUNCT,
        SourceType.GOVERNMENT, CueGroup.ADJUNCT, "according to");
  }

  @Test
  void aSubjectAcrossARelativeClauseAndMixedContent() {
    check("Jane Doe, who has denied wrongdoing, argued that the \"rigged\" vote was void.", "prose-verb",
        "⟦Jane Doe⟧, who has denied wrongdoing, ⟨argued⟩ that «the \"rigged\" vote was void»", Kind.MIXED,
        SourceType.PERSON, CueGroup.ARGUING, "argue");
  }

  @Test
  void aSubjectAcrossAnApposition() {
    check("Maria Lopez, the company's chief executive, warned that prices would rise.", "prose-verb",
        "⟦Maria Lopez⟧, the company's chief executive, ⟨warned⟩ that «prices would rise»", Kind.INDIRECT,
        SourceType.PERSON, CueGroup.WARNING, "warn");
  }

  @Test
  void aQuoteOverSentencesAndTheQuoteThatFollowsWithThePronounsAntecedent() {
    String text = "Maria Okafor met the press. \"We are not done. The vaccine works,\" she said. "
        + "\"It is safe.\"\n\nThe hearing ended.";
    Article a = Ascribe.analyze(text);
    ProseRelation r = a.attributions().stream().filter(at -> at.rule().startsWith("prose-verb"))
        .filter(at -> at.span().text(text).contains("she")).findFirst().orElseThrow().prose().orElseThrow();
    assertThat(r.render(text)).isEqualTo("«\"We are not done. The vaccine works,\"» ⟦she⟧ ⟨said⟩. «\"It is safe.\"»");
    assertThat(r.kind()).isEqualTo(Kind.DIRECT);
    assertThat(r.antecedent()).map(s -> s.text(text)).contains("Maria Okafor");
    assertThat(r.sourceType()).isEqualTo(SourceType.PERSON);
  }

  @Test
  void aQuoteThatRunsOnIntoTheNextParagraph() {
    String text = "Maria Lopez said: \"We will appeal.\n\n\"The ruling is wrong.\"\n\nThe court declined to comment.";
    ProseRelation r = relation(text, "prose-verb");
    assertThat(r.content()).hasSize(1);
    assertThat(r.content().get(0).text(text)).isEqualTo("\"We will appeal.\n\n\"The ruling is wrong.\"");
    assertThat(r.kind()).isEqualTo(Kind.DIRECT);
  }

  @Test
  void contentAroundTheCue() {
    String text = "\"The plan is dead,\" Maria Lopez said, \"and we will not revive it.\"";
    ProseRelation r = relation(text, "prose-verb");
    assertThat(r.render(text))
        .isEqualTo("«\"The plan is dead,\"» ⟦Maria Lopez⟧ ⟨said⟩, «\"and we will not revive it.\"»");
    assertThat(r.kind()).isEqualTo(Kind.DIRECT);
  }

  @Test
  void aQuoteWithItsOwnCueIsNotTakenAsARunOn() {
    String text = "\"We lost,\" Maria Lopez said. \"Not yet?\" asked a reporter.";
    ProseRelation r = relation(text, "prose-verb-speech");
    assertThat(r.content()).extracting(s -> s.text(text)).containsExactly("\"We lost,\"");
  }

  @Test
  void toldGivesTheSpeakerAsSourceAndTheOutletAsMention() {
    String text = "An official told Reuters that the plan was dead.";
    ProseRelation r = relation(text, "prose-cue-told");
    assertThat(r.render(text)).isEqualTo("⟦An official⟧ ⟨told⟩ Reuters that «the plan was dead»");
    assertThat(r.sourceType()).isEqualTo(SourceType.ANONYMOUS);
    assertThat(r.cueLemma()).isEqualTo("tell");
  }

  @Test
  void anOutletAndAnAnonymousSourceAreTyped() {
    assertThat(relation("The flights were cancelled, Reuters reported.", "prose-verb").sourceType())
        .isEqualTo(SourceType.OUTLET);
    assertThat(relation("Two senior officials said the deal was close.", "prose-verb").sourceType())
        .isEqualTo(SourceType.ANONYMOUS);
  }

  @Test
  void otherLanguagesGetTheirLemma() {
    ProseRelation de = relation("Die Zahl ist gestiegen, sagte Regierungssprecher Steffen Hebestreit.", "prose-verb");
    assertThat(de.cueLemma()).isEqualTo("sagen");
    assertThat(de.cueGroup()).isEqualTo(CueGroup.SAYING);
    ProseRelation fr = relation("Selon l'AFP, le bilan est lourd.", "prose-cue");
    assertThat(fr.cueLemma()).isEqualTo("selon");
    assertThat(fr.kind()).isEqualTo(Kind.ADJUNCT);
  }

  @Test
  void notationFormsHaveNoRelation() {
    Article a = Ascribe.analyze("Prices rose. (Reuters, AP)");
    assertThat(a.attributions()).isNotEmpty().allSatisfy(at -> assertThat(at.prose()).isEmpty());
  }

  @Test
  void aDefiniteDescriptionLinksToTheOrganisationOrOutletNamedBefore() {
    String text = "NATO warned of delays. The alliance said it would review the deal.";
    ProseRelation r = Ascribe.analyze(text).attributions().get(1).prose().orElseThrow();
    assertThat(r.render(text)).isEqualTo("⟦The alliance⟧ ⟨said⟩ «it would review the deal»");
    assertThat(r.antecedent()).map(s -> s.text(text)).contains("NATO");
    String paper = "The New York Times reported the talks. The newspaper said they had failed.";
    ProseRelation p = Ascribe.analyze(paper).attributions().get(1).prose().orElseThrow();
    assertThat(p.source().text(paper)).isEqualTo("The newspaper");
    assertThat(p.antecedent()).map(s -> s.text(paper)).contains("The New York Times");
    assertThat(p.sourceType()).isEqualTo(SourceType.OUTLET);
  }

  @Test
  void aDefiniteDescriptionWithNothingNamedBeforeHasNoAntecedent() {
    String text = "The company said demand would recover.";
    ProseRelation r = relation(text, "prose-verb");
    assertThat(r.antecedent()).isEmpty();
    assertThat(r.sourceType()).isEqualTo(SourceType.ORGANISATION);
  }

  @Test
  void aDescriptionLinksOnlyToANameOfItsType() {
    String text = "NATO warned of delays. The ministry said the talks would go on.";
    ProseRelation r = Ascribe.analyze(text).attributions().get(1).prose().orElseThrow();
    assertThat(r.source().text(text)).isEqualTo("The ministry");
    assertThat(r.antecedent()).isEmpty();
    String army = "The Kremlin warned of delays. The army said the drills would go on.";
    ProseRelation a = Ascribe.analyze(army).attributions().get(1).prose().orElseThrow();
    assertThat(a.antecedent()).map(s -> s.text(army)).contains("The Kremlin");
    assertThat(a.sourceType()).isEqualTo(SourceType.GOVERNMENT);
    String house = "The White House warned of delays. The company said output would fall.";
    assertThat(Ascribe.analyze(house).attributions().get(1).prose().orElseThrow().antecedent()).isEmpty();
  }
}
