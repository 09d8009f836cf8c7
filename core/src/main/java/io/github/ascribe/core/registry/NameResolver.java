package io.github.ascribe.core.registry;

import io.github.ascribe.core.internal.AsciiChars;
import io.github.ascribe.core.internal.KeyWords;
import io.github.ascribe.core.text.Names;
import java.util.Optional;
import java.util.function.Function;

/**
 * The name look-ups of a {@link SourceRegistry}: exact and lenient (fuzzy) resolution, each behind
 * the same word-count guard and a bounded cache of its answers, and the look-alike check.
 * Thread-safe: the caches are concurrent maps of immutable values, and the look-alike skeletons are
 * built once.
 *
 * <pre>{@code
 * NameResolver names = new NameResolver(index, new LookAlikes(index));
 * names.resolveExact("AP News").orElseThrow().source().id();  // "associated-press"
 * names.resolve("a sentence with more words than any name");  // Optional.empty, never looked up
 * }</pre>
 */
final class NameResolver {

  private final SourceIndex index;
  private final LookAlikes lookAlikes;
  /** Answers of {@link #resolveExact} and {@link #resolve} for short names. */
  private final ResolutionCache exactCache = new ResolutionCache();
  private final ResolutionCache lenientCache = new ResolutionCache();

  NameResolver(SourceIndex index, LookAlikes lookAlikes) {
    this.index = index;
    this.lookAlikes = lookAlikes;
  }

  /** {@link SourceRegistry#resolve}: exact, else fuzzy unless the name imitates a registry name. */
  Optional<Resolution> resolve(String name) {
    return guarded(name, lenientCache, this::resolveUncached);
  }

  /** {@link SourceRegistry#resolveExact}: a name, alias, domain or URL, without fuzzy matching. */
  Optional<Resolution> resolveExact(String name) {
    return guarded(name, exactCache, this::resolveExactUncached);
  }

  /** {@link SourceRegistry#confusable}, with its shortcut for ASCII text. */
  Optional<Confusable> confusable(String name) {
    if (AsciiChars.isAscii(name, 0, name.length())) {
      return Optional.empty(); // ASCII hides nothing, and its key is ASCII: not worth checking
    }
    return lookAlikes.find(name);
  }

  /** The look-alike check by the book, the key made whatever the text (for tests of the ASCII shortcut). */
  Optional<Confusable> confusableByKey(String name) {
    return lookAlikes.find(name);
  }

  private Optional<Resolution> guarded(String name, ResolutionCache cache,
      Function<String, Optional<Resolution>> lookUp) {
    if (KeyWords.longerThanAnyName(name, 0, name.length(), index.maxNameWords)) {
      // no name, alias or one-typo match has that many words, and a domain has one (prose)
      return Optional.empty();
    }
    return cache.get(name, lookUp);
  }

  private Optional<Resolution> resolveUncached(String name) {
    Optional<Resolution> exact = resolveExact(name);
    if (exact.isPresent() || confusable(name).isPresent()) {
      return exact;
    }
    return index.fuzzy(Names.normalize(name));
  }

  private Optional<Resolution> resolveExactUncached(String name) {
    String key = Names.normalize(name);
    if (key.isEmpty() || Names.hasHiddenCharacters(name)) {
      return Optional.empty(); // a name hiding characters is never taken for the real source
    }
    Resolution r = index.name(key);
    if (r != null) {
      return Optional.of(r);
    }
    return SourceIndex.mayBeHost(key) ? index.host(key) : Optional.empty();
  }
}
