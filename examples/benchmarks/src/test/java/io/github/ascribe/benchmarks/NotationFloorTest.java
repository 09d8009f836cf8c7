package io.github.ascribe.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceKind;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

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
    Set<String> names = names(registry);
    int expected = 0;
    int found = 0;
    for (String s : Inputs.notation()) {
      expected += bySplit(s, names);
      found += floor.read(s);
    }
    assertThat(expected).isGreaterThan(3_000);
    assertThat(found).isEqualTo(expected);
  }

  @Test
  void agreesWithASplitOnAnyString() {
    // the one-pass read against the split, on strings of names, separators, counts, spaces and dots
    SourceRegistry registry = SourceRegistry.bundled();
    NotationFloor floor = NotationFloor.ofRegistry(registry);
    Set<String> names = names(registry);
    Gen<String> piece = arbitrary().pick(List.of("Reuters", "AP News", "ap news", "The Times", "WSJ",
        "bbc.co.uk", "Ap  News", "x", "É", " ", "  ", ".", "..", ",", ";", "/", "|", "\u00B7", "\u2022", "+",
        "=", "+2", "=4", "+12", "(", ")", "[", "]", "*", "3", "\t"));
    qt().withExamples(3_000).forAll(lists().of(piece).ofSizeBetween(0, 12))
        .checkAssert(parts -> {
          String s = String.join("", parts);
          assertThat(floor.read(s)).as(s).isEqualTo(bySplit(s, names));
        });
  }

  private static Set<String> names(SourceRegistry registry) {
    Set<String> names = new HashSet<>();
    for (Source s : registry.sources()) {
      names.add(s.name().toLowerCase(Locale.ROOT));
      s.aliases().forEach(a -> names.add(a.toLowerCase(Locale.ROOT)));
      s.domains().forEach(d -> names.add(d.toLowerCase(Locale.ROOT)));
    }
    return names;
  }

  /** The names among the pieces of {@code s}, found the plain way: split, trim, lower-case, look up. */
  private static int bySplit(String s, Set<String> names) {
    int found = 0;
    for (String piece : s.replaceAll("([+=])[0-9]+", "$1").split("[,;/|\u00B7\u2022+=()\\[\\]*]")) {
      String p = piece.replaceAll("^ +", "").replaceAll("[ .]+$", "");
      if (!p.isEmpty() && names.contains(p.toLowerCase(Locale.ROOT))) {
        found++;
      }
    }
    return found;
  }
}
