package io.github.ascribe.citations.internal.notation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.NotationEntry;
import io.github.ascribe.core.Span;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The grouping stage: chips, glued runs, bare counts, restatements and totals. */
class ChipGrouperTest {

  private static ChipGrouper.Groups group(NotationRead r) {
    return Stages.GROUPER.group(r);
  }

  private static String items(ChipGrouper.Groups g) {
    return g.entries().stream().map(ChipGrouperTest::item).collect(Collectors.joining("; "));
  }

  private static String item(NotationEntry e) {
    return e.mentions().stream().map(m -> m.source().id()).collect(Collectors.joining(",")) + " +" + e.count() + "/"
        + e.unnamedSources();
  }

  @Test
  void aNameWithACountIsAChip() {
    ChipGrouper.Groups g = group(Stages.names("Reuters +2, AP"));
    assertThat(items(g)).isEqualTo("reuters +2/2; associated-press +0/0");
    assertThat(g.chipSyntax()).isTrue();
    assertThat(g.entries().get(0).span()).isEqualTo(Span.of(0, 10));
  }

  @Test
  void gluedNamesSharingACountAreOneRun() {
    ChipGrouper.Groups g = group(Stages.names("Reuters+2Bloomberg+2"));
    assertThat(items(g)).isEqualTo("reuters,bloomberg +2/1");
  }

  @Test
  void restatementsAndTotalsAreCheckedAgainstTheList() {
    NotationRead r = Stages.names("Reuters, AP =Reuters =3");
    ChipGrouper.Groups g = group(r);
    assertThat(g.restatements()).singleElement().satisfies(m -> assertThat(m.source().id()).isEqualTo("reuters"));
    assertThat(g.total()).hasValue(3);
    assertThat(Stages.codes(r)).isEqualTo("total-mismatch");
  }

  @Test
  void separatorsWithNothingBetweenAreReported() {
    NotationRead r = Stages.names("Reuters,, AP,");
    group(r);
    assertThat(Stages.codes(r)).isEqualTo("empty-item dangling-separator");
  }

  @Test
  void aNameListedTwiceCountsOnce() {
    NotationRead r = Stages.names("Reuters, Reuters +1");
    assertThat(items(group(r))).isEqualTo("reuters +0/0; reuters +1/1");
    assertThat(Stages.codes(r)).isEqualTo("duplicate-source");
  }
}
