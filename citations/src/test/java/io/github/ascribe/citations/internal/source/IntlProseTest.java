package io.github.ascribe.citations.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ascribe.core.registry.SourceRegistry;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link IntlProse} on one sentence per construction and language: the rule, the cue, the source's
 * words and what the source is (a registry id, or the kind and name of a person, organisation or
 * unnamed source). Every sentence here is written for this test.
 */
class IntlProseTest {

  private static final Lexicon LEXICON = Lexicon.get();
  private static final SourcePhrases PHRASES = new SourcePhrases(SourceRegistry.bundled(), LEXICON);
  private static final IntlProse INTL = new IntlProse(PHRASES, CueLexicon.bundled(), IntlGrammar.bundled(), LEXICON);

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      // German
      "Laut dem Spiegel will die Regierung die Steuer senken.|cue-according|Laut|dem Spiegel|der-spiegel",
      "Dem Handelsblatt zufolge kostet das zwei Milliarden Euro.|cue-according|zufolge|Dem Handelsblatt|handelsblatt",
      "Wie die Frankfurter Allgemeine Zeitung berichtete, plant der Konzern Stellenabbau.|cue-according|berichtete|die Frankfurter Allgemeine Zeitung|faz",
      "Nach Informationen des Spiegels prüft das Land eine Beteiligung.|cue-according|Nach Informationen|des Spiegels|der-spiegel",
      "Laut einem Bericht der Süddeutschen Zeitung fahren bald Nachtzüge.|cue-according|Laut|einem Bericht der Süddeutschen Zeitung|sueddeutsche-zeitung",
      "Die Stadtwerke teilten am Montag mit, die Preise würden steigen.|verb-speech|teilten|Die Stadtwerke|ORGANIZATION Stadtwerke",
      "Am Dienstag sagte der Minister, die Reform komme.|verb-inverted|sagte|der Minister|PERSON Minister",
      // Spanish
      "Según fuentes del Ministerio de Hacienda, la medida costará 4.000 millones.|cue-according|Según|fuentes del Ministerio de Hacienda|ANONYMOUS fuentes del Ministerio de Hacienda",
      "El paro bajó al 11%, informó la agencia EFE.|verb-inverted|informó|la agencia EFE|efe",
      "La portavoz, Lucía Martín, afirmó que la ciudad reforzará la vigilancia.|verb-speech|afirmó|La portavoz|PERSON Lucía Martín",
      "El presidente de Norvik dijo a El Mundo que no venderá la filial.|cue-told|dijo|El Mundo|el-mundo",
      "Los analistas creen que la medida llegará tarde.|verb-belief|creen|Los analistas|ANONYMOUS analistas",
      // French
      "Selon l'Insee, le chômage est resté stable.|cue-according|Selon|l'Insee|ORGANIZATION Insee",
      "La SNCF va commander 30 TGV, a rapporté Libération.|verb-inverted|a rapporté|Libération|liberation",
      "« Nous sommes prêts », a-t-elle ajouté.|verb-inverted|ajouté|elle|PERSON elle",
      // Italian
      "Secondo il Corriere della Sera, il governo prepara un taglio.|cue-according|Secondo|il Corriere della Sera|corriere-della-sera",
      "Il sindaco di Corvo, Luca Moretti, ha detto che il ponte riaprirà.|verb-speech|ha detto|Il sindaco di Corvo|PERSON Luca Moretti",
      "Un dirigente ha spiegato all'ANSA che il decreto non è pronto.|cue-told|ha spiegato|all'ANSA|ansa",
      // Portuguese
      "Segundo a Folha de S.Paulo, o governo prepara um pacote.|cue-according|Segundo|a Folha de S.Paulo|folha-de-s-paulo",
      "De acordo com o IBGE, o desemprego caiu para 6,8%.|cue-according|De acordo com|o IBGE|ORGANIZATION IBGE",
      "O Observador noticiou que o contrato foi assinado.|verb-speech|noticiou|O Observador|observador",
  })
  void findsTheSourceAndTheCue(String s, String rule, String cue, String source, String what) {
    List<ProseFinder.Hit> hits = find(s);
    assertThat(hits).as(s).isNotEmpty();
    ProseFinder.Hit h = hits.get(0);
    assertThat(h.rule()).as(s).isEqualTo(rule);
    assertThat(h.cue().text(s)).as(s).isEqualTo(cue);
    assertThat(h.found().span().text(s)).as(s).isEqualTo(source);
    String got = h.found().source().isMedia() ? h.found().source().id()
        : h.found().source().kind() + " " + h.found().source().name();
    assertThat(got).as(s).isEqualTo(what);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "The minister said on Tuesday that the talks would resume.",
      "According to Reuters, the deal is worth 2 billion dollars.",
      "Die Regierung will die Steuer im nächsten Jahr senken.",
      "La cuenta del club está en números rojos.",
      "O desemprego caiu para 6,8% no trimestre.",
      "Les pompiers sont intervenus toute la nuit.",
  })
  void readsNothingWhereNoAttributionIs(String s) {
    assertThat(find(s)).as(s).isEmpty();
  }

  @Test
  void aMalformedGrammarLineIsAnErrorNamingTheLine() {
    assertThatThrownBy(() -> IntlGrammar.parse(List.of("# ok", "xx\tdet\tla")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2");
    assertThatThrownBy(() -> IntlGrammar.parse(List.of("es\tnoun\tla")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 1");
    assertThat(IntlGrammar.parse(List.of("es\tdet\tLa|los")).has("es", "det", "la")).isTrue();
  }

  @Test
  void theLanguageIsTheOneWithMostFunctionWordsAndNotEnglish() {
    assertThat(languages("Según la policía, el fuego fue provocado y no hubo heridos.")).containsExactly("es");
    assertThat(languages("Laut der Polizei ist das Feuer gelegt worden.")).containsExactly("de");
    assertThat(languages("The fire was set, according to the police.")).isEmpty();
  }

  private static List<String> languages(String s) {
    WordTokens w = WordTokens.of(s, 0, s.length());
    return IntlGrammar.bundled().languages(w, 0, w.size());
  }

  private static List<ProseFinder.Hit> find(String s) {
    List<ProseFinder.Hit> hits = new ArrayList<>();
    INTL.find(0, WordTokens.of(s, 0, s.length()), new SourcePhrases.Context(), null, new BitSet(), hits);
    return hits;
  }
}
