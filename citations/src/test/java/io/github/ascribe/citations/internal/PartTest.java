package io.github.ascribe.citations.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.Match;
import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.registry.SourceRegistry;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A part remembers the name look-up of its words only while they stay as they were: every change
 * of its words forgets it, so the reader asks the index again and gets the answer the plain path
 * gives. A part reset for reuse is, field for field, a new part.
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

  @Test
  void aResetPartIsANewPart() throws IllegalAccessException {
    for (Part.Kind kind : Part.Kind.values()) {
      Part used = Part.name(2, 9);
      used.addWord(10, 12);
      used.value = 7;
      used.url = true;
      used.linkTarget = "https://x.com";
      used.isAnd = true;
      used.phrase = true;
      used.code = "c";
      used.message = "m";
      used.lookedUp(SOME);
      assertThat(used.reset(kind, 3, 5)).isSameAs(used);
      Part fresh = new Part(kind, 3, 5);
      for (Field f : Part.class.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) || f.getName().equals("words")) {
          continue; // the words array is kept for reuse; wordCount says none are in it
        }
        f.setAccessible(true);
        assertThat(f.get(used)).as(f.getName()).isEqualTo(f.get(fresh));
      }
      assertThat(used.words()).isZero();
      used.addWord(3, 5);
      fresh.addWord(3, 5);
      assertThat(used.wordStart(0)).isEqualTo(fresh.wordStart(0));
      assertThat(used.wordEnd(0)).isEqualTo(fresh.wordEnd(0));
      assertThat(used.nameEnd()).isEqualTo(fresh.nameEnd());
    }
  }
}
