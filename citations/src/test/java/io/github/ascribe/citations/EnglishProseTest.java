package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.ProseRelation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The English constructions of the fast path (issue 19, points 2 and 3), each on sentences written
 * for this test and rendered with markers ({@code ⟦source⟧ ⟨cue⟩ «content»}), and the negatives the
 * annotation guide names: questions, requests, passives, bare objects, verbs inside a quotation.
 */
class EnglishProseTest {

  /** The relations of the prose attributions of {@code text}, rendered, in text order. */
  private static List<String> rendered(String text) {
    Article a = Ascribe.analyze(text);
    return a.attributions().stream().filter(at -> at.form() == AttributionForm.PROSE).map(Attribution::prose)
        .flatMap(Optional::stream).map(r -> r.render(text)).toList();
  }

  private static ProseRelation only(String text) {
    List<ProseRelation> r = Ascribe.analyze(text).attributions().stream().map(Attribution::prose)
        .flatMap(Optional::stream).toList();
    assertThat(r).as(text).hasSize(1);
    return r.get(0);
  }

  @Test
  void anAttitudeWithAClauseAndAnUnnamedPluralSource() {
    assertThat(rendered("Shipping analysts expect freight rates to climb through the summer."))
        .containsExactly("⟦Shipping analysts⟧ ⟨expect⟩ «freight rates to climb through the summer»");
  }

  @Test
  void aTimeAdjunctBetweenTheCueAndAClauseWithoutThatIsNotContent() {
    assertThat(rendered("The ferry operator said on Tuesday it would cancel the winter timetable."))
        .containsExactly("⟦The ferry operator⟧ ⟨said⟩ on Tuesday «it would cancel the winter timetable»");
    assertThat(rendered("Dana Whitlock said late on Monday the vote had been postponed."))
        .containsExactly("⟦Dana Whitlock⟧ ⟨said⟩ late on Monday «the vote had been postponed»");
    assertThat(rendered("The port authority said Friday it had found no damage."))
        .containsExactly("⟦The port authority⟧ ⟨said⟩ Friday «it had found no damage»");
    // no clause after the adjunct: nothing is reported
    assertThat(rendered("The mayor spoke on Tuesday about the budget.")).isEmpty();
  }

  @Test
  void theVerbGroupKeepsItsAuxiliaryAndTheAdverbInside() {
    assertThat(rendered("The harbour board has repeatedly warned that the quay walls are failing."))
        .containsExactly("⟦The harbour board⟧ ⟨has repeatedly warned⟩ that «the quay walls are failing»");
  }

  @Test
  void quotedAsSayingIsOneCue() {
    assertThat(rendered("Talbot was quoted as saying the merger would close in May."))
        .containsExactly("⟦Talbot⟧ ⟨was quoted as saying⟩ «the merger would close in May»");
  }

  @Test
  void aHearsayPassiveHasNoSourceAndItsSubjectOpensTheContent() {
    String text = "The airline is said to be weighing a bid for its smaller rival.";
    ProseRelation r = only(text);
    assertThat(r.render(text)).isEqualTo("«The airline» ⟨is said to⟩ «be weighing a bid for its smaller rival»");
    assertThat(r.source().isEmpty()).isTrue();
    assertThat(r.cueGroup()).isEqualTo(ProseRelation.CueGroup.PASSIVE);
  }

  @Test
  void theWholeSubjectPhraseIsTheSource() {
    assertThat(rendered("Two engineers close to the project said the tunnel was behind schedule."))
        .containsExactly("⟦Two engineers close to the project⟧ ⟨said⟩ «the tunnel was behind schedule»");
  }

  @Test
  void theAddresseeOfToldIsNeitherCueNorContent() {
    assertThat(rendered("Mayor Ines Vale told councillors the budget would balance."))
        .containsExactly("⟦Mayor Ines Vale⟧ ⟨told⟩ councillors «the budget would balance»");
    assertThat(rendered("\"We are nearly there,\" the negotiator told reporters. \"One more night should do it.\""))
        .containsExactly("«\"We are nearly there,\"» ⟦the negotiator⟧ ⟨told⟩ reporters. «\"One more night should do it.\"»");
  }

  @Test
  void theyStandsForTheOrganisationNamedBefore() {
    String text = "The federation said it would appeal. They said the fine was unfair.";
    List<ProseRelation> r = Ascribe.analyze(text).attributions().stream().map(Attribution::prose)
        .flatMap(Optional::stream).toList();
    assertThat(r).hasSize(2);
    assertThat(r.get(1).source().text(text)).isEqualTo("They");
    assertThat(r.get(1).antecedent()).map(s -> s.text(text)).contains("The federation");
  }

  @Test
  void accordingToNamesTheWholePhraseUpToTheComma() {
    assertThat(rendered("According to a survey by the chamber of commerce, most shops expect a weak winter."))
        .containsExactly("⟨According to⟩ ⟦a survey by the chamber of commerce⟧, «most shops expect a weak winter»");
  }

  @Test
  void anOpeningAdjunctIsNotContent() {
    assertThat(rendered("In a filing on Monday, the regulator said the bank had misreported its capital."))
        .containsExactly("⟦the regulator⟧ ⟨said⟩ «the bank had misreported its capital»");
  }

  @Test
  void aDenialTakesAPronounAsItsContent() {
    assertThat(rendered("The club denied that.")).containsExactly("⟦The club⟧ ⟨denied⟩ «that»");
  }

  @Test
  void verbsInsideAQuotationAreTheSpeakersWordsNotCues() {
    assertThat(rendered("\"We want a fair deal and we think we will get one,\" the steward said."))
        .containsExactly("«\"We want a fair deal and we think we will get one,\"» ⟦the steward⟧ ⟨said⟩");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "The insurer did not say why it had changed the policy.",
      "Parents were told in a letter that the school would close.",
      "Police have asked drivers to avoid the bridge.",
      "The company announced a new chief executive.",
      "Regulators questioned the figures.",
      "Most shops expect a weak winter.",
      "The board approved the rescue plan worth two million.",
      "The lawyer briefed on the case arrived late."})
  void whatReportsNoPropositionIsNoAttribution(String text) {
    assertThat(rendered(text)).as(text).isEmpty();
  }
}
