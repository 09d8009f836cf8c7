package io.github.ascribe.citations.internal.notation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The grammar stage on its own: lexemes to parts, before names are joined, split or resolved. */
class NotationGrammarTest {

  @Test
  void namesCountsAndSeparators() {
    NotationRead r = Stages.grammar("The Guardian/AP News +2, Reuters");
    assertThat(Stages.parts(r)).isEqualTo("NAME'The Guardian' SEP'/' NAME'AP News' COUNT'+2' SEP',' NAME'Reuters'");
    assertThat(r.parts.get(0).words()).isEqualTo(2);
  }

  @Test
  void restatementsTotalsAndCountPhrases() {
    assertThat(Stages.parts(Stages.grammar("Reuters and 3 others =Reuters =2")))
        .isEqualTo("NAME'Reuters' COUNT'and 3 others' RESTATE'=Reuters' TOTAL'=2'");
    assertThat(Stages.parts(Stages.grammar("AP +3 more sources"))).isEqualTo("NAME'AP' COUNT'+3 more sources'");
  }

  @Test
  void leadInsWrappersAndLinkTargets() {
    NotationRead r = Stages.grammar("**Sources:** [AP](https://apnews.com)");
    assertThat(Stages.parts(r)).isEqualTo("WRAPPER'**' LEAD_IN'Sources:' WRAPPER'**' WRAPPER'[' NAME'AP' "
        + "WRAPPER']' LINK_TARGET'(https://apnews.com)'");
    assertThat(r.leadIn).isTrue();
    assertThat(r.links).singleElement().satisfies(l -> assertThat(l.url()).isEqualTo("https://apnews.com"));
  }

  @Test
  void foreignConjunctionsSeparateOnlyBetweenCapitalisedNames() {
    assertThat(Stages.parts(Stages.grammar("Le Monde et Libération"))).contains("SEP'et'");
    assertThat(Stages.parts(Stages.grammar("Le Monde et al"))).doesNotContain("SEP'et'");
  }

  @Test
  void badInputIsReportedNotThrown() {
    assertThat(Stages.codes(Stages.grammar("(Reuters"))).isEqualTo("unbalanced-bracket");
    assertThat(Stages.codes(Stages.grammar("Reuters]"))).isEqualTo("unbalanced-bracket");
    assertThat(Stages.codes(Stages.grammar("Reuters: AP"))).isEqualTo("unexpected-character");
    assertThat(Stages.codes(Stages.grammar("AP +99999"))).isEqualTo("count-out-of-range");
    assertThat(Stages.codes(Stages.grammar("AP = ,"))).isEqualTo("dangling-equals");
  }

  @Test
  void aMarkerReadsAsItsBrackets() {
    assertThat(Stages.parts(Stages.grammar("AP [1]"))).isEqualTo("NAME'AP' WRAPPER'[' NAME'1' WRAPPER']'");
  }
}
