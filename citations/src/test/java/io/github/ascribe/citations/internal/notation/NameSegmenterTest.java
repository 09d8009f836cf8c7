package io.github.ascribe.citations.internal.notation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The name stage: ends, joins, link targets and splits against the bundled registry. */
class NameSegmenterTest {

  @Test
  void aTrailingFullStopEndsTheNotation() {
    assertThat(Stages.parts(Stages.names("Reuters, AP."))).isEqualTo("NAME'Reuters' SEP',' NAME'AP' END'.'");
    assertThat(Stages.parts(Stages.names("AP and 2 others."))).endsWith("COUNT'and 2 others' END'.'");
  }

  @Test
  void separatedWordsThatFormARegistryNameJoin() {
    assertThat(Stages.parts(Stages.names("Mail & Guardian, Reuters")))
        .isEqualTo("NAME'Mail & Guardian' SEP',' NAME'Reuters'");
  }

  @Test
  void aRunOfRegistryNamesSplits() {
    assertThat(Stages.parts(Stages.names("The Guardian Reuters"))).isEqualTo("NAME'The Guardian' NAME'Reuters'");
    assertThat(Stages.parts(Stages.names("Daily Blah Weekly"))).isEqualTo("NAME'Daily Blah Weekly'");
  }

  @Test
  void aLinkGivesItsTargetToTheOneNameInside() {
    NotationRead r = Stages.names("[Wire](https://apnews.com/x)");
    Part name = r.parts.stream().filter(p -> p.kind == Part.Kind.NAME).findFirst().orElseThrow();
    assertThat(name.linkTarget).isEqualTo("https://apnews.com/x");
  }
}
