package io.github.ascribe.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class NamesTest {

  @Test
  void foldsCaseWidthSpacesQuotesAndDashes() {
    assertThat(Names.normalize("  The\u00a0Guardian.")).isEqualTo("the guardian");
    assertThat(Names.normalize("ＡＰ　Ｎｅｗｓ")).isEqualTo("ap news");
    assertThat(Names.normalize("Barron\u2019s")).isEqualTo("barron's");
    assertThat(Names.normalize("Radio Free Europe\u2014Radio Liberty")).isEqualTo("radio free europe-radio liberty");
    assertThat(Names.normalize("Hindustan \nTimes")).isEqualTo("hindustan times");
  }

  @Test
  void removesLatinDiacriticsButKeepsOtherScripts() {
    assertThat(Names.normalize("Libération")).isEqualTo("liberation");
    assertThat(Names.normalize("El País")).isEqualTo("el pais");
    assertThat(Names.normalize("Süddeutsche Zeitung")).isEqualTo("suddeutsche zeitung");
    assertThat(Names.normalize("Укрінформ")).isEqualTo("укрінформ");
    assertThat(Names.normalize("共同通信")).isEqualTo("共同通信");
  }

  @Test
  void dropsZeroWidthAndBidiControls() {
    assertThat(Names.normalize("Reu\u200Bters")).isEqualTo("reuters");
    assertThat(Names.normalize("\u202EReuters\u202C")).isEqualTo("reuters");
    assertThat(Names.normalize("\uFEFFWSJ")).isEqualTo("wsj");
  }

  @Test
  void turkishDefaultLocaleChangesNothing() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertThat(Names.normalize("INDIA TIMES")).isEqualTo("india times");
      assertThat(Names.slug("ILLINOIS TIMES")).isEqualTo("illinois-times");
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void slugsAreKebabCaseAscii() {
    assertThat(Names.slug("Le Monde")).isEqualTo("le-monde");
    assertThat(Names.slug("The Daily Blah!!")).isEqualTo("the-daily-blah");
    assertThat(Names.slug("Медуза")).isEqualTo("meduza");
    assertThat(Names.slug("\uD83D\uDD25")).matches("x[0-9a-f]+");
  }

  @Test
  void displayKeepsCaseButDropsInvisibles() {
    assertThat(Names.display(" AP\u200B News \n")).isEqualTo("AP News");
  }

  @Test
  void displayOfTheCommonCaseIsDisplayByTheBook() {
    for (String s : java.util.List.of("", " ", "  ", "AP News", "AP  News", " AP", "AP ", "a b c", "~!@# $%^",
        "a\tb", "a\u007Fb", "a\u00A0b", "https://www.example.com/a?b=c#d", "x")) {
      assertThat(Names.display(s)).as("'%s'", s).isEqualTo(Names.displayByCodePoint(s));
    }
    Gen<String> ascii = strings().betweenCodePoints(0x1C, 0x80).ofLengthBetween(0, 12);
    Gen<String> spaced = strings().betweenCodePoints(0x20, 0x23).ofLengthBetween(0, 8);
    for (Gen<String> g : java.util.List.of(ascii, spaced, strings().allPossible().ofLengthBetween(0, 20))) {
      qt().withExamples(3000).forAll(g).checkAssert(s -> {
        assertThat(Names.display(s)).isEqualTo(Names.displayByCodePoint(s));
        assertThat(Names.display(new StringBuilder(s))).isEqualTo(Names.displayByCodePoint(s));
      });
    }
  }

  private static final Gen<String> NAMEISH = Generate.pick(java.util.List.of(
      "AP News", "The Guardian", "Libération", "Süddeutsche", "ТАСС", "共同通信", "Barron’s", "ＷＳＪ",
      "Al\u00a0Jazeera", "Reu\u200Bters", "ǅemal", "ﬁnancial", "İstanbul Post", "Ωmega ώρα"));

  @Test
  void normalizeIsIdempotentOnAnyString() {
    qt().withExamples(3000).forAll(strings().allPossible().ofLengthBetween(0, 40))
        .check(s -> Names.normalize(Names.normalize(s)).equals(Names.normalize(s)));
  }

  @Test
  void normalizeIsIdempotentOnNames() {
    qt().forAll(NAMEISH).check(s -> Names.normalize(Names.normalize(s)).equals(Names.normalize(s)));
  }

  @Test
  void slugAlwaysMatchesIdPattern() {
    qt().withExamples(1000).forAll(strings().allPossible().ofLengthBetween(0, 30))
        .check(s -> Names.slug(s).matches("[a-z0-9]+(-[a-z0-9]+)*"));
  }

  @Test
  void hiddenCharactersAreBidiControlsAnywhereAndFormatCharactersNextToEuropeanLetters() {
    assertThat(Names.hasHiddenCharacters("Reuters")).isFalse();
    assertThat(Names.hasHiddenCharacters("Reu\u200Bters")).isTrue(); // zero-width space inside Latin
    assertThat(Names.hasHiddenCharacters("\u202EReuters")).isTrue(); // a bidi override, even at the start
    assertThat(Names.hasHiddenCharacters("Reuters\u2066")).isTrue(); // a bidi isolate, even at the end
    assertThat(Names.hasHiddenCharacters("\u200BReuters")).isFalse(); // a format character at an end hides nothing
    assertThat(Names.hasHiddenCharacters("Бло\u00ADмберг")).isTrue(); // a soft hyphen inside Cyrillic
    assertThat(Names.hasHiddenCharacters("\u0645\u200D\u0635")).isFalse(); // a joiner inside Arabic spelling
    assertThat(Names.hasHiddenCharacters("\u0915\u094D\u200D\u0937")).isFalse(); // and inside Devanagari
  }

  @Test
  void slugsOfNamesInOtherScriptsAreTransliterated() {
    assertThat(Names.slug("Укрінформ")).isEqualTo("ukrinform");
    assertThat(Names.slug("Süddeutsche Zeitung")).isEqualTo("suddeutsche-zeitung");
    assertThat(Names.id("outlet", "ТАСС")).isEqualTo("outlet-tass");
  }
}
