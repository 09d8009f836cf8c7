package io.github.ascribe.citations.internal.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ascribe.core.ProseRelation.CueGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The cue lexicon: the bundled files load, group and lemmatise inflections, and bad lines are named. */
class CueLexiconTest {

  private static final CueLexicon CUES = CueLexicon.bundled();

  private static void is(String form, String language, CueGroup group, String lemma) {
    assertThat(CUES.lookup(form)).as(form).contains(new CueLexicon.Entry(language, group, lemma));
  }

  @Test
  void everyBundledLanguageListsItsInflections() {
    assertThat(CUES.formsByLanguage().keySet()).containsExactlyElementsOf(CueLexicon.LANGUAGES);
    CUES.formsByLanguage().forEach((lang, n) -> assertThat(n).as(lang).isGreaterThanOrEqualTo(150));
    for (String f : List.of("say", "says", "said", "saying")) {
      is(f, "en", CueGroup.SAYING, "say");
    }
    is("insisted", "en", CueGroup.ARGUING, "insist");
    is("warns", "en", CueGroup.WARNING, "warn");
    is("denied", "en", CueGroup.WARNING, "deny");
    is("believes", "en", CueGroup.THINKING, "believe");
    is("According to", "en", CueGroup.ADJUNCT, "according to");
    is("in a statement", "en", CueGroup.ADJUNCT, "in a statement");
    is("a spokeswoman for", "en", CueGroup.ADJUNCT, "spokesman for");
    is("was quoted as saying", "en", CueGroup.PASSIVE, "be quoted as saying");
    is("is said to", "en", CueGroup.PASSIVE, "be said to");
    for (String f : List.of("sagte", "sagten", "gesagt", "hat gesagt")) {
      is(f, "de", CueGroup.SAYING, "sagen");
    }
    is("laut", "de", CueGroup.ADJUNCT, "laut");
    is("zufolge", "de", CueGroup.ADJUNCT, "zufolge");
    is("según", "es", CueGroup.ADJUNCT, "según");
    is("afirmó", "es", CueGroup.SAYING, "afirmar");
    is("sostuvo", "es", CueGroup.ARGUING, "sostener");
    is("dijo", "es", CueGroup.SAYING, "decir");
    is("selon", "fr", CueGroup.ADJUNCT, "selon");
    is("d’après", "fr", CueGroup.ADJUNCT, "d'après");
    is("a déclaré", "fr", CueGroup.SAYING, "déclarer");
    is("a-t-elle déclaré", "fr", CueGroup.SAYING, "déclarer");
    is("secondo", "it", CueGroup.ADJUNCT, "secondo");
    is("ha detto", "it", CueGroup.SAYING, "dire");
    is("segundo", "pt", CueGroup.ADJUNCT, "segundo");
    is("de acordo com", "pt", CueGroup.ADJUNCT, "de acordo com");
    is("disseram", "pt", CueGroup.SAYING, "dizer");
    assertThat(CUES.entries("disse")).containsExactly(new CueLexicon.Entry("it", CueGroup.SAYING, "dire"),
        new CueLexicon.Entry("pt", CueGroup.SAYING, "dizer"));
    assertThat(CUES.lookup("table")).isEmpty();
  }

  @Test
  void theLongestFormStartingWithAWordIsKnown() {
    assertThat(CUES.longestStartingWith("was")).isGreaterThanOrEqualTo(4);
    assertThat(CUES.longestStartingWith("zzz")).isZero();
  }

  @Test
  void malformedLinesAreErrorsNamingFileLineAndFault() {
    assertThatThrownBy(() -> CueLexicon.parse(Map.of("en", List.of("# ok", "SAYING\tsay"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cues/en.tsv line 2: expected 3 TAB-separated columns (group, lemma, forms), found 2 in 'SAYING\tsay'");
    assertThatThrownBy(() -> CueLexicon.parse(Map.of("de", List.of("", "SPEAKING\tsagen\tsagte"))))
        .hasMessageStartingWith("cues/de.tsv line 2: unknown group 'SPEAKING', expected one of [SAYING, ARGUING");
    assertThatThrownBy(() -> CueLexicon.parse(Map.of("fr", List.of("SAYING\t \tdit"))))
        .hasMessage("cues/fr.tsv line 1: the lemma is empty");
    assertThatThrownBy(() -> CueLexicon.parse(Map.of("es", List.of("SAYING\tdecir\tdijo||dice"))))
        .hasMessage("cues/es.tsv line 1: an empty form in 'dijo||dice' (a stray '|'?)");
  }

  @Test
  void theFirstListedLemmaOfAFormWins() {
    Map<String, List<String>> files = new LinkedHashMap<>();
    files.put("es", List.of("SAYING\tdecir\tdice"));
    files.put("it", List.of("ARGUING\tdire\tdice|dicono"));
    CueLexicon both = CueLexicon.parse(files);
    assertThat(both.lookup("DICE")).contains(new CueLexicon.Entry("es", CueGroup.SAYING, "decir"));
    assertThat(both.entries("dice")).hasSize(2);
    assertThat(both.lookup("dicono")).contains(new CueLexicon.Entry("it", CueGroup.ARGUING, "dire"));
    assertThat(both.formsByLanguage()).containsExactly(Map.entry("es", 1), Map.entry("it", 2));
  }
}
