package io.github.ascribe.core.registry;

import io.github.ascribe.core.Match;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.internal.FuzzyMatcher;
import io.github.ascribe.core.text.Hosts;
import io.github.ascribe.core.text.Names;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The look-up tables of a {@link SourceRegistry}: sources by id, by the {@link Names#normalize} key
 * of every name and alias, and by domain, with the fuzzy matcher over the keys. Building it checks
 * that no id, name or domain belongs to two sources.
 *
 * <p>Immutable and thread-safe: plain JDK maps, copied once when built.
 */
final class SourceIndex {

  final List<Source> sources;
  final Map<String, Source> byId;
  /** Every name and alias by its key; a name wins over an alias with the same key. */
  final Map<String, Resolution> byKey;
  private final Map<String, Source> byDomain;
  private final FuzzyMatcher<Source> fuzzy;
  /** The longest name or alias, in words. */
  final int maxNameWords;

  /**
   * Indexes sources.
   *
   * @throws IllegalArgumentException if two sources share an id, a name key or a domain, or a name
   *     has no letters
   */
  SourceIndex(Collection<Source> list) {
    Map<String, Source> ids = new LinkedHashMap<>();
    Map<String, Resolution> keys = new HashMap<>();
    Map<String, Source> domains = new HashMap<>();
    int words = 1;
    for (Source s : list) {
      Objects.requireNonNull(s, "source");
      if (ids.putIfAbsent(s.id(), s) != null) {
        throw new IllegalArgumentException("two sources have the id '" + s.id() + "'");
      }
      words = Math.max(words, putKey(keys, s.name(), new Resolution(s, Match.EXACT)));
      for (String alias : s.aliases()) {
        words = Math.max(words, putKey(keys, alias, new Resolution(s, Match.ALIAS)));
      }
      for (String d : s.domains()) {
        String host = Hosts.normalizeHost(d).orElseThrow(() ->
            new IllegalArgumentException("source '" + s.id() + "' has an invalid domain '" + d + "'"));
        Source other = domains.putIfAbsent(host, s);
        if (other != null && other != s) {
          throw new IllegalArgumentException("the domain '" + host + "' belongs to both '"
              + other.id() + "' and '" + s.id() + "'");
        }
      }
    }
    this.sources = List.copyOf(ids.values());
    this.byId = Map.copyOf(ids);
    this.byKey = Map.copyOf(keys);
    this.byDomain = Map.copyOf(domains);
    Map<String, Source> fuzzyKeys = new LinkedHashMap<>();
    keys.forEach((k, r) -> fuzzyKeys.put(k, r.source()));
    this.fuzzy = new FuzzyMatcher<>(fuzzyKeys);
    this.maxNameWords = words;
  }

  /** Adds the key of a name; returns the key's word count. */
  private static int putKey(Map<String, Resolution> keys, String name, Resolution r) {
    String key = Names.normalize(name);
    if (key.isEmpty()) {
      throw new IllegalArgumentException("source '" + r.source().id() + "' has a name with no letters: '" + name + "'");
    }
    Resolution other = keys.get(key);
    if (other != null && !other.source().equals(r.source())) {
      throw new IllegalArgumentException("the name '" + name + "' (key '" + key + "') belongs to both '"
          + other.source().id() + "' and '" + r.source().id() + "'");
    }
    if (other == null || r.match() == Match.EXACT) {
      keys.put(key, r);
    }
    return key.split(" ", -1).length;
  }

  /**
   * The name or alias a key is, or the name or alias it is after a leading {@code the} (then an
   * {@code ALIAS}: never the other way round, so {@code Times} does not become {@code The Times}).
   *
   * @param key a non-empty {@link Names#normalize} key
   * @return the resolution, or null
   */
  Resolution name(String key) {
    Resolution r = byKey.get(key);
    if (r != null) {
      return r;
    }
    Resolution alt = key.startsWith("the ") ? byKey.get(key.substring(4)) : null;
    return alt == null ? null : new Resolution(alt.source(), Match.ALIAS);
  }

  /** Whether a key may be a host: it has a dot after its first character and no space. */
  static boolean mayBeHost(String key) {
    return key.indexOf('.') > 0 && key.indexOf(' ') < 0;
  }

  /** {@link SourceRegistry#resolveHost}: the host of a URL or domain, walking up subdomains. */
  Optional<Resolution> host(String urlOrHost) {
    Optional<String> host = Hosts.hostOf(urlOrHost);
    if (host.isEmpty()) {
      return Optional.empty();
    }
    String h = host.get();
    while (true) {
      Source s = byDomain.get(h);
      if (s != null) {
        return Optional.of(new Resolution(s, Match.DOMAIN));
      }
      int dot = h.indexOf('.');
      if (dot < 0 || h.indexOf('.', dot + 1) < 0) {
        return Optional.empty();
      }
      h = h.substring(dot + 1);
    }
  }

  /** The fuzzy match of a key, or empty. */
  Optional<Resolution> fuzzy(String key) {
    FuzzyMatcher.Hit<Source> hit = fuzzy.find(key);
    return hit == null ? Optional.empty() : Optional.of(new Resolution(hit.value(), Match.fuzzy(hit.score())));
  }

  /** The sources whose id, name key, an alias key or a domain contains a non-empty key, in order. */
  List<Source> search(String q) {
    List<Source> out = new ArrayList<>();
    for (Source s : sources) {
      if (s.id().contains(q) || Names.normalize(s.name()).contains(q)
          || s.aliases().stream().anyMatch(a -> Names.normalize(a).contains(q))
          || s.domains().stream().anyMatch(d -> d.contains(q))) {
        out.add(s);
      }
    }
    return List.copyOf(out);
  }
}
