package io.github.ascribe.citations.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.citations.ProseProperties;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of {@link IntlProse}, {@link IntlPhrases} and {@link IntlGrammar}: on any text they
 * never throw; every hit lies inside the sentence, around its cue and its source, with its cue's
 * and source's words taken; noun phrases stay inside the tokens and run forwards; the same sentence
 * in a new context gives the same hits. Checked on sentences made of the grammar's own pieces (cues,
 * determiners, links, pronouns, names, outlets, German verbs with their particles, quotation marks)
 * in the five languages, and on arbitrary strings.
 */
class IntlProsePropertiesTest {

  private static final Lexicon LEXICON = Lexicon.get();
  private static final SourcePhrases PHRASES = new SourcePhrases(SourceRegistry.bundled(), LEXICON);
  private static final IntlGrammar GRAMMAR = IntlGrammar.bundled();
  private static final IntlProse INTL = new IntlProse(PHRASES, CueLexicon.bundled(), GRAMMAR, LEXICON);
  private static final IntlPhrases NP = new IntlPhrases(PHRASES, GRAMMAR, LEXICON);
  private static final List<String> PIECES = List.of("Según", "según", "selon", "Selon", "d'après", "D’après",
      "laut", "Laut", "zufolge", "nach Angaben", "nach Informationen des", "secondo", "Secondo", "segundo",
      "de acordo com", "stando a", "wie", "como", "comme", "come", "dijo", "afirmó", "informó", "a déclaré",
      "a-t-il ajouté", "dit-elle", "disse-nos", "ha detto", "disse", "sagte", "teilte", "mit", "berichtete",
      "creen que", "befürchten", "pensent", "el", "la", "los", "der", "des", "dem", "le", "les", "l'", "il", "i",
      "o", "a", "de", "del", "della", "do", "da", "que", "dass", "che", "qu'il", "él", "ella", "er", "sie", "lui",
      "ele", "fuentes", "Quellen", "fonti", "ministro", "Ministerium", "Gobierno", "Insee", "Istat", "IBGE",
      "Carlos Ruiz", "Anna Keller", "El País", "Le Monde", "Spiegel", "Süddeutschen Zeitung", "dpa",
      "all'ANSA", "el diario", "Folha de S.Paulo", ",", ".", ":", "«", "»", "„", "“", "\"", "'", "-", "6,8%",
      "\u00A0", "\uD83D\uDE00", "\uD800", "\n", "x");

  /** Sentences of pieces, most joined by a space. */
  static Gen<String> sentences() {
    return ProseProperties.sentencesOf(PIECES, 30);
  }

  @Test
  void onGeneratedSentences() {
    qt().withExamples(3_000).forAll(sentences()).checkAssert(IntlProsePropertiesTest::check);
  }

  @Test
  void onArbitraryStrings() {
    qt().withExamples(2_000).forAll(strings().allPossible().ofLengthBetween(0, 60))
        .checkAssert(IntlProsePropertiesTest::check);
  }

  @Test
  void nounPhrasesStayInsideTheTokens() {
    qt().withExamples(2_000).forAll(sentences()).checkAssert(s -> {
      WordTokens w = WordTokens.of(s, 0, s.length());
      for (String lang : IntlGrammar.LANGUAGES) {
        for (int i = 0; i < w.size(); i++) {
          int end = NP.forwardEnd(w, lang, i);
          assertThat(end).as("'%s' %s at %d", s, lang, i).isBetween(i, w.size());
          int start = NP.backwardStart(w, lang, i);
          assertThat(start).as("'%s' %s at %d", s, lang, i).isBetween(0, i);
        }
      }
    });
  }

  private static void check(String s) {
    WordTokens w = WordTokens.of(s, 0, s.length());
    List<ProseFinder.Hit> hits = find(w);
    for (ProseFinder.Hit h : hits) {
      Span span = h.span();
      assertThat(span.start()).as("'%s' %s", s, h).isGreaterThanOrEqualTo(0);
      assertThat(span.end()).as("'%s' %s", s, h).isLessThanOrEqualTo(s.length());
      assertThat(span.contains(h.cue())).as("'%s' %s: cue inside", s, h).isTrue();
      assertThat(span.contains(h.found().span())).as("'%s' %s: source inside", s, h).isTrue();
      assertThat(h.attributionRule()).isEqualTo("prose-" + h.rule());
      assertThat(h.cue().isEmpty()).as("'%s' %s: empty cue", s, h).isFalse();
    }
    assertThat(find(w)).as("deterministic on '%s'", s).isEqualTo(hits);
    assertThat(GRAMMAR.languages(w, 0, w.size())).isSubsetOf(IntlGrammar.LANGUAGES);
  }

  private static List<ProseFinder.Hit> find(WordTokens w) {
    List<ProseFinder.Hit> hits = new ArrayList<>();
    INTL.find(0, w, new SourcePhrases.Context(), null, new BitSet(), hits);
    return hits;
  }
}
