package io.github.ascribe.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceKind;
import io.github.ascribe.core.registry.SourceRegistry;
import io.github.ascribe.core.text.Names;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link KeyWords} never counts more words than the key has, so a text it calls longer than any
 * name truly resolves to nothing: on random Unicode, on words mixed with marks, hidden characters,
 * other scripts and punctuation, and on the registry's own names.
 */
class KeyWordsTest {

  private static final String PIECES = "ab Zc 9 \u00A0 \t é e\u0301 ь ʼ ꞌ — .. \u200B ﬁ ＷＳＪ ТАСС 共同 ' `";

  private static int keyWords(String s) {
    String key = Names.normalize(s);
    return key.isEmpty() ? 0 : key.split(" ").length;
  }

  @Test
  void neverMoreThanTheKeyHas() {
    qt().withExamples(5000).forAll(strings().allPossible().ofLengthBetween(0, 40))
        .check(s -> KeyWords.atLeast(s, 0, s.length(), 100) <= keyWords(s));
    String[] pieces = PIECES.split(" ");
    qt().withExamples(5000).forAll(integers().all()).checkAssert(seed -> {
      Random r = new Random(seed);
      StringBuilder sb = new StringBuilder();
      for (int i = 0, n = r.nextInt(12); i < n; i++) {
        sb.append(pieces[r.nextInt(pieces.length)]).append(r.nextInt(3) == 0 ? "" : " ");
      }
      String s = sb.toString();
      assertThat(KeyWords.atLeast(s, 0, s.length(), 100)).as(s).isLessThanOrEqualTo(keyWords(s));
    });
  }

  @Test
  void countsPiecesWithAsciiLettersOrDigitsUpToTheCap() {
    assertThat(KeyWords.atLeast("Rustem Umerov led a delegation", 0, 30, 10)).isEqualTo(5);
    assertThat(KeyWords.atLeast("The  Guardian \u2014", 0, 15, 10)).isEqualTo(2);
    assertThat(KeyWords.atLeast("a b c d e f", 0, 11, 2)).isEqualTo(3);
    assertThat(KeyWords.atLeast("x, the vote", 3, 11, 10)).isEqualTo(2);
  }

  @Test
  void noRegistryNameIsLongerThanAnyName() {
    SourceRegistry registry = SourceRegistry.bundled();
    for (Source s : registry.sources()) {
      for (String name : concat(s.name(), s.aliases())) {
        String the = "the " + name;
        assertThat(KeyWords.longerThanAnyName(the, 0, the.length(), registry.maxNameWords())).as(name).isFalse();
      }
    }
    SourceRegistry small = SourceRegistry.builder()
        .add(new Source("gazette", "Daily Gazette", SourceKind.OUTLET, "", "", List.of(), List.of())).build();
    String prose = "the vote was close in the end";
    assertThat(KeyWords.longerThanAnyName(prose, 0, prose.length(), small.maxNameWords())).isTrue();
    assertThat(small.resolve(prose)).isEmpty();
    assertThat(small.resolveExact("The Daily Gazette")).isPresent();
  }

  private static List<String> concat(String first, List<String> rest) {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(first), rest.stream()).toList();
  }
}
