package io.github.ascribe.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.Match;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceKind;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link NameIndex#name} reads names and aliases from a range of a longer text, and leaves domains out. */
class NameIndexTest {

  private static final SourceRegistry SMALL = SourceRegistry.builder()
      .add(new Source("the-times", "The Times", SourceKind.OUTLET, "GB", "en", List.of("thetimes.example"),
          List.of("Times of London")))
      .add(new Source("herald", "Herald", SourceKind.OUTLET, "", "", List.of("herald.example"), List.of("a.b")))
      .build();
  private static final NameIndex NAMES = NameIndex.of(SMALL);

  @Test
  void namesAndAliasesInsideLongerText() {
    String s = "by The  Times, said the Times of London and THE HERALD.";
    assertThat(NAMES.name(s, 3, 13).source().id()).isEqualTo("the-times");
    assertThat(NAMES.name(s, 3, 13).match()).isEqualTo(Match.EXACT);
    assertThat(NAMES.name(s, 24, 39).match()).isEqualTo(Match.ALIAS);
    assertThat(NAMES.name(s, 48, s.length()).match()).isEqualTo(Match.EXACT); // "HERALD."
    assertThat(NAMES.name(s, 44, s.length()).source().id()).isEqualTo("herald"); // "THE HERALD."
    assertThat(NAMES.name(s, 44, s.length()).match()).isEqualTo(Match.ALIAS); // "the" before a name
    assertThat(NAMES.name(s, 40, s.length())).isNull(); // "and THE HERALD."
  }

  @Test
  void domainsEmptyKeysAndHiddenCharactersAreNoNames() {
    assertThat(NAMES.name("see herald.example", 4, 18)).isNull();
    assertThat(NAMES.name("a.b", 0, 3).source().id()).isEqualTo("herald"); // an alias with a dot is a name
    assertThat(NAMES.name(" .. ", 0, 4)).isNull();
    assertThat(NAMES.name("Her\u200Bald", 0, 7)).isNull();
    assertThat(NAMES.name("Gazette", 0, 7)).isNull();
  }
}
