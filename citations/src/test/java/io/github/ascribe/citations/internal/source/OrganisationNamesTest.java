package io.github.ascribe.citations.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ascribe.citations.Ascribe;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceKind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;

/**
 * Companies, authorities, courts and NGOs named in prose are organisations, not persons (issue 18,
 * point 10): {@link OrganisationNames}, through the prose finder.
 */
class OrganisationNamesTest {

  private static final OrganisationNames ORGS = new OrganisationNames(Lexicon.get());

  private static boolean names(String phrase) {
    WordTokens w = WordTokens.of(phrase, 0, phrase.length());
    return ORGS.names(w, 0, w.size());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Corvo Airlines", "the Bank of England", "The Supreme Court", "Valdera Rail",
      "Office for National Statistics", "Human Rights Watch", "Umweltbundesamt", "Bundesverfassungsgericht",
      "Eurostat", "Destatis", "Greenpeace", "l'Insee", "Norvik Holdings", "Marrow Bay Port Authority"})
  void organisationNames(String phrase) {
    assertThat(names(phrase)).as(phrase).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Ana Lima", "Margaret Court", "Tom Hale", "On Tuesday Norvik Energy", "Montag",
      "the company", "Rights", "Valdera", "Human Rights", "The Energy"})
  void notOrganisationNames(String phrase) {
    assertThat(names(phrase)).as(phrase).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Corvo Airlines said it would cancel 40 flights.|Corvo Airlines",
      "The Supreme Court ruled that the tax was lawful.|The Supreme Court",
      "Eurostat said inflation eased to 2.1% in May.|Eurostat",
      "Greenpeace warned that the spill would spread.|Greenpeace",
      "Das Umweltbundesamt warnte vor hohen Ozonwerten.|Umweltbundesamt",
      "Selon Eurostat, l'inflation a ralenti en mai.|Eurostat"})
  void aSubjectOrCueOrganisationIsTypedSo(String text, String name) {
    Article a = Ascribe.analyze(text);
    List<Source> others = a.claims().get(0).otherSources();
    assertThat(others).anySatisfy(s -> {
      assertThat(s.kind()).isEqualTo(SourceKind.ORGANIZATION);
      assertThat(s.name()).contains(name);
    });
    assertThat(others).noneMatch(s -> s.kind() == SourceKind.PERSON);
  }

  private static Gen<String> sentences() {
    List<String> pieces = List.of("The", "the", "Bank", "of", "England", "Norvik", "Energy", "said", "found",
        "l'Insee", "Selon", "Court", "Ana", "Lima", "Bundeskartellamt", "Ofcom", ",", ".", "that", "prices", "rose",
        "On", "Tuesday", "Human", "Rights", "and", "für", "&");
    Gen<String> piece = integers().between(0, pieces.size() - 1).map(pieces::get);
    return lists().of(piece).ofSizeBetween(0, 16).map(l -> String.join(" ", l));
  }

  @Test
  void neverThrowsSpansInsideAndOrderedAndDeterministic() {
    qt().withExamples(600).forAll(sentences()).checkAssert(text -> {
      WordTokens w = WordTokens.of(text, 0, text.length());
      for (int a = 0; a < w.size(); a++) {
        for (int b = a; b <= w.size(); b++) {
          assertThat(ORGS.names(w, a, b)).isEqualTo(ORGS.names(w, a, b));
        }
      }
      Article art = Ascribe.analyze(text);
      int last = 0;
      for (Attribution at : art.attributions()) {
        assertThat(at.span().start()).isGreaterThanOrEqualTo(0);
        assertThat(at.span().end()).isLessThanOrEqualTo(text.length());
      }
      for (var c : art.claims()) {
        assertThat(c.span().start()).isGreaterThanOrEqualTo(last);
        last = c.span().end();
      }
      assertThat(Ascribe.analyze(text)).isEqualTo(art);
    });
  }
}
