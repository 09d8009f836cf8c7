package io.github.ascribe.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The yardstick does the work it claims: it finds exactly the words a plain split-and-look-up finds,
 * so its time is the time of a look-up per word and not of a shortcut.
 */
class WordFloorTest {

  private static final SourceRegistry REGISTRY = SourceRegistry.of(List.of(
      new Source("reuters", "Reuters", io.github.ascribe.core.SourceKind.AGENCY, "", "", List.of(), List.of()),
      new Source("new-york-times", "The New York Times", io.github.ascribe.core.SourceKind.OUTLET, "", "",
          List.of(), List.of("NYT"))));

  @Test
  void findsEveryWordOfTheTableOnce() {
    WordFloor floor = WordFloor.ofRegistry(REGISTRY);
    assertThat(floor.size()).isEqualTo(6); // reuters, the, new, york, times, nyt
    String text = "Reuters said the talks ended. The NYT agreed!\n\nIn New York, times were hard; nytimes no.\n";
    assertThat(floor.read(text, sentences())).isEqualTo(7); // not "nytimes"
  }

  @Test
  void agreesWithASplitOnGeneratedText() {
    WordFloor floor = WordFloor.ofRegistry(SourceRegistry.bundled());
    Set<String> words = new HashSet<>();
    for (Source s : SourceRegistry.bundled().sources()) {
      for (String name : concat(s.name(), s.aliases())) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
          words.add(w);
        }
      }
    }
    String text = new NewsTextGenerator(5).article(50_000);
    int expected = 0;
    for (String w : text.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty() && words.contains(w.toLowerCase(Locale.ROOT))) {
        expected++;
      }
    }
    assertThat(expected).isGreaterThan(1_000);
    assertThat(floor.read(text, sentences())).isEqualTo(expected);
  }

  private static List<String> concat(String name, List<String> aliases) {
    List<String> all = new java.util.ArrayList<>(aliases);
    all.add(name);
    return all;
  }

  private static BreakIterator sentences() {
    return BreakIterator.getSentenceInstance(new ULocale("en@ss=standard"));
  }
}
