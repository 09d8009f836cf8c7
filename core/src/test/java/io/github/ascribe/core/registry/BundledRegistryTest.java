package io.github.ascribe.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.ascribe.core.MatchKind;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceKind;
import io.github.ascribe.core.text.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class BundledRegistryTest {

  static final SourceRegistry REG = SourceRegistry.bundled();

  @Test
  void meetsTheCoverageNumbers() {
    assertThat(REG.size()).isGreaterThanOrEqualTo(300);
    Set<String> countries = REG.sources().stream().map(Source::country).collect(Collectors.toSet());
    Set<String> languages = REG.sources().stream().map(Source::language).collect(Collectors.toSet());
    assertThat(countries).hasSizeGreaterThanOrEqualTo(30);
    assertThat(languages).hasSizeGreaterThanOrEqualTo(10);
    Map<SourceKind, Long> kinds = REG.sources().stream().collect(Collectors.groupingBy(Source::kind, Collectors.counting()));
    assertThat(kinds.get(SourceKind.AGENCY)).isGreaterThanOrEqualTo(15);
    assertThat(kinds.get(SourceKind.AGGREGATOR)).isGreaterThanOrEqualTo(7);
  }

  @Test
  void namesTheSourcesTheBriefNames() {
    for (String id : List.of("associated-press", "reuters", "agence-france-presse", "dpa", "efe", "ansa", "xinhua",
        "kyodo", "yonhap", "press-trust-of-india", "tass", "interfax", "ukrinform", "anadolu-agency",
        "yahoo-news", "yahoo-finance", "msn", "google-news", "apple-news", "flipboard", "ground-news")) {
      assertThat(REG.byId(id)).as(id).isPresent();
    }
  }

  @Test
  void everyNameAliasAndDomainResolvesToItsOwnSource() {
    List<String> wrong = new ArrayList<>();
    for (Source s : REG.sources()) {
      List<String> names = new ArrayList<>(s.aliases());
      names.add(s.name());
      names.addAll(s.domains());
      for (String n : names) {
        Resolution r = REG.resolveExact(n).orElse(null);
        if (r == null || !r.source().equals(s)) {
          wrong.add(n + " -> " + (r == null ? "nothing" : r.source().id()) + " (expected " + s.id() + ")");
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void noNameOrDomainBelongsToTwoSources() {
    Map<String, String> owner = new HashMap<>();
    List<String> clashes = new ArrayList<>();
    for (Source s : REG.sources()) {
      Set<String> keys = new HashSet<>();
      keys.add(Names.normalize(s.name()));
      s.aliases().forEach(a -> keys.add(Names.normalize(a)));
      s.domains().forEach(d -> keys.add("domain:" + d));
      for (String k : keys) {
        String prev = owner.putIfAbsent(k, s.id());
        if (prev != null) {
          clashes.add(k + ": " + prev + " and " + s.id());
        }
      }
    }
    assertThat(clashes).isEmpty();
  }

  @Test
  void theTimesIsNotTheTimesOfIndia() {
    assertThat(REG.resolve("The Times").orElseThrow().source().id()).isEqualTo("the-times");
    assertThat(REG.resolve("The Times of India").orElseThrow().source().id()).isEqualTo("times-of-india");
    assertThat(REG.resolve("AP News").orElseThrow().source().id()).isEqualTo("associated-press");
    assertThat(REG.resolve("apnews.com").orElseThrow().source().id()).isEqualTo("associated-press");
    assertThat(REG.resolve("Associated Press").orElseThrow().match().kind()).isEqualTo(MatchKind.EXACT);
    assertThat(REG.resolve("https://edition.cnn.com/2025/05/16/x").orElseThrow().source().id()).isEqualTo("cnn");
    assertThat(REG.resolve("Times")).isEmpty();
  }

  /**
   * Leave-one-out: with a source removed, none of its names may fuzzily resolve to a different real
   * outlet. This is what "fuzzy matching never turns one outlet into another" means for the whole
   * registry, not just for the names we thought of.
   */
  @Test
  void fuzzyMatchingNeverTurnsOneRealOutletIntoAnother() {
    List<String> wrong = new ArrayList<>();
    for (Source s : REG.sources()) {
      SourceRegistry without = SourceRegistry.builder(REG).remove(s.id()).build();
      List<String> names = new ArrayList<>(s.aliases());
      names.add(s.name());
      for (String n : names) {
        without.resolve(n).filter(r -> r.match().kind() == MatchKind.FUZZY)
            .ifPresent(r -> wrong.add(n + " (" + s.id() + ") -> " + r.source().id()));
      }
    }
    assertThat(wrong).as("%d names would be misread", wrong.size()).isEmpty();
  }

  @Test
  void typosStillResolve() {
    assertThat(REG.resolve("Reuetrs").orElseThrow().source().id()).isEqualTo("reuters");
    assertThat(REG.resolve("Bloombreg").orElseThrow().source().id()).isEqualTo("bloomberg");
    assertThat(REG.resolve("The Wahsington Post").orElseThrow().source().id()).isEqualTo("washington-post");
    assertThat(REG.resolve("Frankfurter Allgemaine Zeitung").orElseThrow().source().id())
        .isEqualTo("faz");
    assertThat(REG.resolve("Bloomberq")).as("word endings are left alone").isEmpty();
    assertThat(REG.resolve("Reuetrs").orElseThrow().match().kind()).isEqualTo(MatchKind.FUZZY);
  }

  private static final Gen<String> REGISTRY_NAMES = Generate.pick(
      REG.sources().stream().flatMap(s -> java.util.stream.Stream.concat(java.util.stream.Stream.of(s.name()),
          s.aliases().stream())).toList());

  @Test
  void normalisationIsIdempotentOnRegistryNames() {
    qt().forAll(REGISTRY_NAMES).check(n -> Names.normalize(Names.normalize(n)).equals(Names.normalize(n)));
  }

  @Test
  void resolutionIgnoresCaseSpacingQuotesAndNbsp() {
    qt().withExamples(2000).forAll(REGISTRY_NAMES, Generate.range(0, 5)).check((n, variant) -> {
      String v = switch (variant) {
        case 0 -> n.toUpperCase(java.util.Locale.ROOT);
        case 1 -> n.toLowerCase(java.util.Locale.ROOT);
        case 2 -> "  " + n.replace(" ", "\u00A0 ") + " ";
        case 3 -> n.replace('\'', '\u2019');
        case 4 -> n.replace(" ", "\u00A0");
        default -> "\u201C" + n + "\u201D.";
      };
      Source expected = REG.resolveExact(n).orElseThrow().source();
      return REG.resolveExact(v).map(r -> r.source().equals(expected)).orElse(false);
    });
  }
}
