package io.github.ascribe.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceKind;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The notation yardstick does the work it claims: it finds exactly the pieces a plain split and
 * look-up finds, so its time is the time of tiling and a look-up per piece, not of a shortcut.
 */
class NotationFloorTest {

  @Test
  void findsTheNamesBetweenSeparators() {
    SourceRegistry registry = SourceRegistry.of(List.of(
        new Source("reuters", "Reuters", SourceKind.AGENCY, "", "", List.of("reuters.com"), List.of()),
        new Source("new-york-times", "The New York Times", SourceKind.OUTLET, "", "", List.of(), List.of("NYT"))));
    NotationFloor floor = NotationFloor.ofRegistry(registry);
    assertThat(floor.size()).isEqualTo(4);
    assertThat(floor.read("Reuters, NYT +2/The New York Times +4 reuters.com =Reuters =4")).isEqualTo(5);
    assertThat(floor.read("Reuters+1NYT+2 and The Times")).isEqualTo(2); // the count's digits end a piece
    assertThat(floor.read("")).isZero();
  }

  @Test
  void agreesWithASplitOnTheBenchmarkCorpus() {
    SourceRegistry registry = SourceRegistry.bundled();
    NotationFloor floor = NotationFloor.ofRegistry(registry);
    Set<String> names = new HashSet<>();
    for (Source s : registry.sources()) {
      names.add(s.name().toLowerCase(Locale.ROOT));
      s.aliases().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
      s.domains().forEach(d -> names.add(d.toLowerCase(Locale.ROOT)));
    }
    int expected = 0;
    int found = 0;
    for (String s : Inputs.notation()) {
      for (String piece : s.replaceAll("([+=])[0-9]+", "$1").split("[,;/|\u00B7\u2022+=()\\[\\]*]")) {
        String p = piece.replaceAll("^ +", "").replaceAll("[ .]+$", "");
        if (!p.isEmpty() && names.contains(p.toLowerCase(Locale.ROOT))) {
          expected++;
        }
      }
      found += floor.read(s);
    }
    assertThat(expected).isGreaterThan(3_000);
    assertThat(found).isEqualTo(expected);
  }
}
