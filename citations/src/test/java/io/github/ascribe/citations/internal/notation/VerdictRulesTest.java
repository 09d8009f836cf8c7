package io.github.ascribe.citations.internal.notation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.Verdict;
import org.junit.jupiter.api.Test;

/** The verdict stage, rule by rule in order of precedence. */
class VerdictRulesTest {

  private static Verdict verdict(String s) {
    NotationRead r = Stages.names(s);
    ChipGrouper.Groups g = Stages.GROUPER.group(r);
    return Stages.VERDICTS.verdict(g.entries(), r.leadIn, g.total().isPresent() || !g.restatements().isEmpty(),
        g.chipSyntax(), g.linkChip());
  }

  @Test
  void rulesInOrder() {
    assertThat(verdict("")).isEqualTo(new Verdict(false, "no-names", "no source names found"));
    assertThat(verdict("+3").reason()).isEqualTo("counts-only");
    assertThat(verdict("To date Reuters and the Times report this as accurate").reason()).isEqualTo("prose");
    assertThat(verdict("Poland, Hungary and Slovakia").reason()).isEqualTo("places");
    assertThat(verdict("Marco Rubio, Hakan Fidan").reason()).isEqualTo("people");
    assertThat(verdict("[Wire](https://apnews.com) +1").reason()).isEqualTo("link-chip");
    assertThat(verdict("The Daily Blah +2, Reuters")).isEqualTo(new Verdict(true, "chip-syntax",
        "attribution syntax (chip-syntax) with 1 of 2 names known"));
    assertThat(verdict("Foo Weekly, Reuters =2").reason()).isEqualTo("declared-total");
    assertThat(verdict("Sources: Foo Weekly").reason()).isEqualTo("lead-in");
    assertThat(verdict("AFP, Meduza")).isEqualTo(new Verdict(true, "all-names-known",
        "all 2 names are known sources"));
    assertThat(verdict("Foo Weekly, Reuters").reason()).isEqualTo("mostly-known");
    assertThat(verdict("Foo Weekly, Bar Gazette").reason()).isEqualTo("unknown-names");
  }

  @Test
  void proseIsFoundBeforeNamesAreSplit() {
    assertThat(Stages.VERDICTS.anyNameReadsAsProse(Stages.grammar("the report was read by many"))).isTrue();
    assertThat(Stages.VERDICTS.anyNameReadsAsProse(Stages.grammar("The Guardian Reuters"))).isFalse();
  }
}
