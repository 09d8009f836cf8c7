package io.github.ascribe.core.internal;

import io.github.ascribe.core.MatchKind;
import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.Objects;

/**
 * A registry's names and aliases, read from a range of a longer text: what {@link
 * SourceRegistry#resolveExact} answers for the range when that answer is a name or alias, and null
 * when it is a domain or nothing. Parsers ask it about pieces of a sentence without cutting them out
 * themselves.
 *
 * <pre>{@code
 * NameIndex names = NameIndex.of(SourceRegistry.bundled());
 * names.name("by The Guardian.", 3, 16);   // The Guardian, EXACT
 * names.name("see apnews.com", 4, 14);     // null: a domain, not a name
 * }</pre>
 *
 * <p>Immutable and thread-safe: it holds only the registry, which is both.
 */
public final class NameIndex {

  private final SourceRegistry registry;

  private NameIndex(SourceRegistry registry) {
    this.registry = registry;
  }

  /**
   * The names and aliases of a registry.
   *
   * @param registry the registry
   * @return its name index
   */
  public static NameIndex of(SourceRegistry registry) {
    return new NameIndex(Objects.requireNonNull(registry, "registry"));
  }

  /**
   * The name or alias the text {@code s[start, end)} resolves to, as {@code resolveExact} would
   * resolve it, or null: no such name or alias (it may still be a domain), an empty key, or a name
   * hiding invisible characters.
   *
   * @param s text
   * @param start first index
   * @param end index past the name
   * @return the resolution, or null
   */
  public Resolution name(CharSequence s, int start, int end) {
    if (KeyWords.longerThanAnyName(s, start, end, registry.maxNameWords())) {
      return null; // prose: not cut out to be looked up
    }
    return registry.resolveExact(s.subSequence(start, end).toString())
        .filter(r -> r.match().kind() != MatchKind.DOMAIN)
        .orElse(null);
  }
}
