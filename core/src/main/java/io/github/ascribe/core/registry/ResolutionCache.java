package io.github.ascribe.core.registry;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Remembers the resolutions of short names. Resolution is a pure function of the text and an
 * immutable registry, so a remembered answer is the answer; parsers ask about the same few hundred
 * names (and the same prose words) over and over. Bounded: emptied when full.
 *
 * <p>Thread-safe: a {@link ConcurrentHashMap} of immutable answers; two threads may compute the same
 * answer, and either is kept.
 */
final class ResolutionCache {

  private static final int MAX_CACHED = 1 << 15;
  private static final int MAX_CACHED_NAME = 120;

  private final Map<String, Optional<Resolution>> answers = new ConcurrentHashMap<>();

  /** The remembered answer for a name, or the computed one, remembered if the name is short. */
  Optional<Resolution> get(String name, Function<String, Optional<Resolution>> resolver) {
    Optional<Resolution> cached = answers.get(name);
    if (cached != null) {
      return cached;
    }
    Optional<Resolution> r = resolver.apply(name);
    if (name.length() <= MAX_CACHED_NAME) {
      if (answers.size() >= MAX_CACHED) {
        answers.clear();
      }
      answers.put(name, r);
    }
    return r;
  }
}
