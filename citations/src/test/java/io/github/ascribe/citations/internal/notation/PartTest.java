package io.github.ascribe.citations.internal.notation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.Match;
import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A part remembers the name look-up of its words only while they stay as they were: every change
 * of its words forgets it, so the reader asks the index again and gets the answer the plain path
 * gives.
 */
class PartTest {

  private static final Resolution SOME =
      new Resolution(SourceRegistry.bundled().sources().get(0), Match.EXACT);

  @Test
  void anyChangeOfWordsForgetsTheLookUp() {
    List<Consumer<Part>> changes = List.of(p -> p.addWord(8, 11), p -> p.setWordEnd(0, 3), Part::removeLastWord,
        Part::clearWords, p -> p.addWords(Part.name(12, 14), 0, 1));
    for (Consumer<Part> change : changes) {
      Part p = Part.name(0, 4);
      p.addWord(5, 7);
      assertThat(p.looked()).isFalse();
      p.lookedUp(SOME);
      assertThat(p.looked()).isTrue();
      assertThat(p.lookedUp()).isSameAs(SOME);
      change.accept(p);
      assertThat(p.looked()).isFalse();
    }
    Part p = Part.name(0, 4);
    p.lookedUp(null);
    assertThat(p.looked()).isTrue();
    assertThat(p.lookedUp()).isNull();
    p.end = 9; // the span of the part is not its words
    assertThat(p.looked()).isTrue();
  }
}
