package io.github.ascribe.core.registry;

import io.github.ascribe.core.MatchKind;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the resolutions of registry names as they are written. Resolution is a pure function of
 * the text and an immutable registry, so a remembered answer is the answer; parsers ask about the
 * same few hundred names over and over. Bounded: emptied when full.
 *
 * <p>It keeps no text of the caller's: only names that are a spelling of a registry name or alias
 * ({@link MatchKind#EXACT}, {@link MatchKind#ALIAS}) are remembered, each as a copy of the string it
 * was asked with, so that no analysed text is kept alive by the registry after a call (a short text
 * can be a name in full, and then the name is the caller's string itself). Misses, typos, URLs and
 * look-alikes are article text and are answered afresh; the analyser keeps its own per-article memo.
 *
 * <p>Thread-safe: a {@link ConcurrentHashMap} of immutable answers; two threads may compute the same
 * answer, and either is kept.
 */
final class ResolutionCache {

  private static final int MAX_CACHED = 1 << 15;
  private static final int MAX_CACHED_NAME = 120;

  private final Map<String, Optional<Resolution>> answers = new ConcurrentHashMap<>();

  /** The remembered answer for a name, or the computed one, remembered if it names a registry source. */
  Optional<Resolution> get(String name, Function<String, Optional<Resolution>> resolver) {
    Optional<Resolution> cached = answers.get(name);
    if (cached != null) {
      return cached;
    }
    Optional<Resolution> r = resolver.apply(name);
    if (name.length() <= MAX_CACHED_NAME && r.isPresent() && isRegistrySpelling(r.get())) {
      if (answers.size() >= MAX_CACHED) {
        answers.clear();
      }
      answers.put(copyOf(name), r);
    }
    return r;
  }

  /** Whether this cache holds a key equal to {@code name} (for tests). */
  boolean remembers(String name) {
    return answers.containsKey(name);
  }

  /** Whether a key equal to {@code name} is held as that very string object (for tests). */
  boolean holdsInstance(String name) {
    return answers.keySet().stream().anyMatch(k -> k == name);
  }

  private static boolean isRegistrySpelling(Resolution r) {
    MatchKind kind = r.match().kind();
    return kind == MatchKind.EXACT || kind == MatchKind.ALIAS;
  }

  /** A string equal to {@code s} that is not {@code s}: the key must not be the caller's object. */
  private static String copyOf(String s) {
    return new StringBuilder(s.length()).append(s).toString();
  }
}
