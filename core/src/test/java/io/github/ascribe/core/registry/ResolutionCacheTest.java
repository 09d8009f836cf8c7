package io.github.ascribe.core.registry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.MatchKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The registry's cache of answers keeps no text of its callers: it remembers spellings of registry
 * names only, each as a copy, and answers every other name afresh.
 */
class ResolutionCacheTest {

  private final SourceRegistry registry = SourceRegistry.bundled();

  @Test
  void registryNamesAreRememberedAsCopies() {
    ResolutionCache cache = new ResolutionCache();
    for (String written : new String[] {"Reuters", "AP News", "the guardian"}) {
      String name = new StringBuilder(written).toString();
      Optional<Resolution> r = cache.get(name, registry::resolve);
      assertThat(r).as(written).isPresent();
      assertThat(r.get().match().kind()).isIn(MatchKind.EXACT, MatchKind.ALIAS);
      assertThat(cache.remembers(written)).as(written).isTrue();
      assertThat(cache.holdsInstance(name)).as(written).isFalse();
      assertThat(cache.get(written, n -> Optional.empty())).as("answered from the cache").isEqualTo(r);
    }
  }

  @Test
  void articleTextIsNotRemembered() {
    ResolutionCache cache = new ResolutionCache();
    String[] texts = {
      "the minister of finance", // not a source
      "Reutres", // a typo, matched fuzzily
      "https://apnews.com/article/talks-resume-in-istanbul-7f3a", // a URL, matched by its domain
      "Bl\u043E\u043Emberg", // a look-alike
    };
    for (String text : texts) {
      Optional<Resolution> first = cache.get(text, registry::resolve);
      assertThat(cache.remembers(text)).as(text).isFalse();
      assertThat(cache.get(text, registry::resolve)).as("the same answer afresh").isEqualTo(first);
    }
    assertThat(cache.get("Reutres", registry::resolve).orElseThrow().match().kind()).isEqualTo(MatchKind.FUZZY);
    assertThat(cache.get(texts[2], registry::resolve).orElseThrow().match().kind()).isEqualTo(MatchKind.DOMAIN);
  }
}
