package io.github.ascribe.citations.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.SourceKind;
import io.github.ascribe.core.registry.SourceRegistry;
import org.junit.jupiter.api.Test;

/**
 * What {@link SourcePhrases#classify} makes of a phrase, with the context of one article: outlets,
 * anonymous sources, organisations, people by title, given name, surname and pronoun.
 */
class SourcePhrasesTest {

  private static final SourcePhrases PHRASES = new SourcePhrases(SourceRegistry.bundled(), Lexicon.get());

  /** The phrase classified as a verb's subject, read backwards from its end. */
  private static SourcePhrases.Found subject(String phrase, SourcePhrases.Context ctx) {
    WordTokens w = ctx.words(phrase, 0, phrase.length());
    return PHRASES.classify(w, 0, w.size(), true, ctx);
  }

  private static SourcePhrases.Found subject(String phrase) {
    return subject(phrase, new SourcePhrases.Context());
  }

  @Test
  void aRegistryNameIsTheOutlet() {
    SourcePhrases.Found f = subject("Reuters");
    assertThat(f.source().isMedia()).isTrue();
    assertThat(f.source().name()).isEqualTo("Reuters");
    assertThat(SourcePhrases.isMediaMatch(f)).isTrue();
    assertThat(subject("a report by Reuters").span().text("a report by Reuters")).isEqualTo("Reuters");
  }

  @Test
  void anonymousSources() {
    assertThat(subject("senior US officials").source().kind()).isEqualTo(SourceKind.ANONYMOUS);
    assertThat(subject("two people familiar with the matter").source().kind()).isEqualTo(SourceKind.ANONYMOUS);
    // a name after the head noun names someone
    assertThat(subject("aide Vladimir Medinsky").source().kind()).isNotEqualTo(SourceKind.ANONYMOUS);
  }

  @Test
  void organisations() {
    assertThat(subject("the ministry").source()).satisfies(s -> {
      assertThat(s.kind()).isEqualTo(SourceKind.ORGANIZATION);
      assertThat(s.name()).isEqualTo("the ministry");
    });
    assertThat(subject("Russia").source().kind()).isEqualTo(SourceKind.ORGANIZATION);
  }

  @Test
  void aTitleIsNoOutlet() {
    SourcePhrases.Found f = subject("Dr. Amara Okafor");
    assertThat(f.source().kind()).isEqualTo(SourceKind.PERSON);
    assertThat(f.source().name()).isEqualTo("Amara Okafor");
    assertThat(subject("the minister").source().kind()).isEqualTo(SourceKind.PERSON);
  }

  @Test
  void surnamesAndPronounsReferBackToThePersonNamed() {
    SourcePhrases.Context ctx = new SourcePhrases.Context();
    SourcePhrases.Found full = subject("Dr. Amara Okafor", ctx);
    assertThat(subject("Okafor", ctx).source()).isSameAs(full.source());
    assertThat(subject("she", ctx).source()).isSameAs(full.source());
    // another article knows no Okafor
    assertThat(subject("Okafor")).isNull();
  }

  @Test
  void peopleNamedInASentenceAreKnownBySurnameAfter() {
    SourcePhrases.Context ctx = new SourcePhrases.Context();
    String s = "The talks were led by Maria Lopez in Geneva.";
    PHRASES.notePeople(ctx.words(s, 0, s.length()), ctx);
    assertThat(subject("Lopez", ctx).source().name()).isEqualTo("Maria Lopez");
  }

  @Test
  void theLastOutletNamedWithinTheLookBack() {
    SourcePhrases.Context ctx = new SourcePhrases.Context();
    String s = "Reuters and the BBC reported it first. Later the newspaper";
    int refers = s.indexOf("the newspaper");
    assertThat(PHRASES.lastRegistryName(s, 0, refers, ctx).source().name()).isEqualTo("BBC");
    String far = "Reuters reported it. " + "x ".repeat(SourcePhrases.LOOKBACK) + "the newspaper";
    assertThat(PHRASES.lastRegistryName(far, 0, far.indexOf("the newspaper"), ctx)).isNull();
  }

  @Test
  void theLastWordOfAName() {
    assertThat(PersonTracker.lastWord("Amara Okafor")).isEqualTo("Okafor");
    assertThat(PersonTracker.lastWord("Okafor  ")).isEqualTo("Okafor");
    assertThat(PersonTracker.lastWord("   ")).isEmpty();
  }
}
