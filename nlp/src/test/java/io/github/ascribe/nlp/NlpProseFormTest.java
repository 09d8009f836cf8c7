package io.github.ascribe.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.ProseRelation;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * What the NLP recogniser reads from single sentences, rendered with the relation's markers:
 * {@code ⟦source⟧ ⟨cue⟩ «content»}.
 */
class NlpProseFormTest {

  static final NlpProseForm ENGLISH = NlpProseForm.of(Locale.ENGLISH);
  static final Analyzer EN = analyzer(ENGLISH, Locale.ENGLISH);

  static Analyzer analyzer(NlpProseForm form, Locale locale) {
    return Analyzer.builder().locale(locale).disableForms(EnumSet.of(AttributionForm.PROSE)).form(form).build();
  }

  static List<String> relations(Analyzer analyzer, String text) {
    Article a = analyzer.analyze(text);
    return a.attributions().stream().filter(x -> x.form() == AttributionForm.PROSE)
        .map(x -> x.prose().map(p -> p.render(text)).orElse("no relation: " + x.span().text(text))).toList();
  }

  @Test
  void theSubjectBeforeAReportingVerbIsTheSource() {
    assertThat(relations(EN, "The county's emergency office says some 2,000 homes are without power."))
        .containsExactly("⟦The county's emergency office⟧ ⟨says⟩ «some 2,000 homes are without power»");
    assertThat(relations(EN, "A spokesman for the European delegation said on Tuesday that the talks would resume."))
        .containsExactly("⟦A spokesman for the European delegation⟧ ⟨said⟩ on Tuesday that «the talks would resume»");
  }

  @Test
  void aSourceAfterTheQuotationIsInverted() {
    assertThat(relations(EN, "\"Nobody came until lunchtime,\" said Karen Doyle."))
        .containsExactly("«\"Nobody came until lunchtime,\"» ⟨said⟩ ⟦Karen Doyle⟧");
    assertThat(relations(EN, "\"We had about an hour,\" he said."))
        .containsExactly("«\"We had about an hour,\"» ⟦he⟧ ⟨said⟩");
  }

  @Test
  void aParentheticalBetweenSubjectAndVerbIsPassedOver() {
    assertThat(relations(EN, "The contractor, which built the bridge, said it had followed the plans."))
        .containsExactly("⟦The contractor⟧, which built the bridge, ⟨said⟩ «it had followed the plans»");
  }

  @Test
  void adjunctsAndAddressees() {
    assertThat(relations(EN, "According to the Environment Agency, river levels are the highest since 1921."))
        .containsExactly("⟨According to⟩ ⟦the Environment Agency⟧, «river levels are the highest since 1921»");
    assertThat(relations(EN, "One farmer told reporters that he had lost most of his sheep."))
        .containsExactly("⟦One farmer⟧ ⟨told⟩ reporters that «he had lost most of his sheep»");
  }

  @Test
  void theSourceIsTyped() {
    Article a = EN.analyze("People familiar with the matter said the deal was close.");
    ProseRelation p = a.attributions().get(0).prose().orElseThrow();
    assertThat(p.source().text(a.text())).isEqualTo("People familiar with the matter");
    assertThat(p.sourceType()).isEqualTo(ProseRelation.SourceType.ANONYMOUS);
    assertThat(p.cueLemma()).isEqualTo("say");
    assertThat(p.kind()).isEqualTo(ProseRelation.Kind.INDIRECT);
  }

  @Test
  void aPronounSourceLinksToTheLastNameOfItsKind() {
    String text = "Karen Doyle said the water rose fast. The ministry said help was coming.\n\n"
        + "\"We were on our own,\" she said. It added that boats had been sent.";
    Article a = EN.analyze(text);
    List<ProseRelation> r = a.attributions().stream().flatMap(x -> x.prose().stream()).toList();
    assertThat(r).hasSize(4);
    assertThat(r.get(2).antecedent().orElseThrow().text(text)).isEqualTo("Karen Doyle");
    assertThat(r.get(3).antecedent().orElseThrow().text(text)).isEqualTo("The ministry");
    assertThat(r.get(0).antecedent()).isEmpty();
  }

  @Test
  void deniedPassiveAndNounCuesReportNothing() {
    assertThat(relations(EN, "The company did not say why it waited three weeks.")).isEmpty();
    assertThat(relations(EN, "Parents were told in a letter sent home last week.")).isEmpty();
    assertThat(relations(EN, "Fears of a collapse grew overnight.")).isEmpty();
  }

  @Test
  void anInfinitiveOrAReportWithoutPropositionIsNoAttribution() {
    assertThat(relations(EN, "She declined to say whether the talks would go on.")).isEmpty();
    assertThat(relations(EN, "This newspaper has long argued for a national rent register.")).isEmpty();
    assertThat(relations(EN, "History suggests otherwise.")).isEmpty();
  }

  @Test
  void anAppositionAfterAnInvertedSourceIsNotTheContent() {
    assertThat(relations(EN, "\"Investors hate uncertainty more than bad news,\" said Marta Ilves, a fund manager."))
        .containsExactly("«\"Investors hate uncertainty more than bad news,\"» ⟨said⟩ ⟦Marta Ilves⟧");
  }

  @Test
  void aFrontedAdverbialWithAContractionIsNoSubject() {
    Analyzer de = analyzer(NlpProseForm.of(Locale.GERMAN), Locale.GERMAN);
    assertThat(relations(de, "Am Dienstag sagte der Minister, die Lage sei ernst."))
        .containsExactly("⟨sagte⟩ ⟦der Minister⟧, «die Lage sei ernst»");
  }

  @Test
  void germanAndFrench() {
    Analyzer de = analyzer(NlpProseForm.of(Locale.GERMAN), Locale.GERMAN);
    assertThat(relations(de, "Das Unternehmen erklärte, die Nachfrage sei zu schwach."))
        .containsExactly("⟦Das Unternehmen⟧ ⟨erklärte⟩, «die Nachfrage sei zu schwach»");
    Analyzer fr = analyzer(NlpProseForm.of(Locale.FRENCH), Locale.FRENCH);
    assertThat(relations(fr, "Selon la préfecture, la route restera fermée jusqu'à lundi."))
        .containsExactly("⟨Selon⟩ ⟦la préfecture⟧, «la route restera fermée jusqu'à lundi»");
  }

  @Test
  void languagesWithoutAModelAreRefusedByName() {
    assertThat(NlpProseForm.languages()).containsExactly("de", "en", "fr");
    assertThatThrownBy(() -> NlpProseForm.of(Locale.ITALIAN)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'it'").hasMessageContaining("[de, en, fr]");
    assertThatThrownBy(() -> NlpProseForm.of(null)).isInstanceOf(NullPointerException.class);
    assertThat(ENGLISH.language()).isEqualTo("en");
    assertThat(ENGLISH.form()).isEqualTo(AttributionForm.PROSE);
  }

  @Test
  void theMentionResolvesRegistryNames() {
    Article a = EN.analyze("Reuters reported that the plant would close.");
    Attribution at = a.attributions().get(0);
    assertThat(at.mentions().get(0).source().name()).isEqualTo("Reuters");
    assertThat(at.rule()).isEqualTo("nlp-verb");
  }
}
