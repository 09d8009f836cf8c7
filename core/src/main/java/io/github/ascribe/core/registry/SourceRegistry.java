package io.github.ascribe.core.registry;

import io.github.ascribe.core.Match;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.internal.FuzzyMatcher;
import io.github.ascribe.core.internal.AsciiChars;
import io.github.ascribe.core.internal.RegistryReader;
import io.github.ascribe.core.text.Hosts;
import io.github.ascribe.core.text.Names;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An immutable set of known sources, and the look-ups that resolve names, site labels, domains and
 * URLs to them.
 *
 * <p>The bundled registry ({@link #bundled()}) lists over 300 news outlets, agencies and aggregators
 * worldwide; its format is documented in {@code docs/registry.md}. Users load their own file with
 * {@link #load(Path)} or extend the bundled one with {@link #extendedWith(SourceRegistry)} or a
 * {@link Builder}.
 *
 * <p>Resolution ({@link #resolve(String)}) normalises the name with {@link Names#normalize}, then
 * tries the canonical names ({@code EXACT}), aliases ({@code ALIAS}), the same without a leading
 * {@code the} ({@code ALIAS}; never the other way round, so {@code Times} does not become {@code The
 * Times}), domains and URLs ({@code DOMAIN}, walking up
 * subdomains: {@code en.wikipedia.org} finds {@code wikipedia.org}), and last a fuzzy match for typos
 * ({@code FUZZY}, see {@code docs/registry.md}). Every name and every domain belongs to at most one
 * source: a registry that would map one to two sources is rejected when built.
 *
 * <pre>{@code
 * SourceRegistry reg = SourceRegistry.bundled();
 * reg.resolve("AP News").orElseThrow().source().name();           // "Associated Press"
 * reg.resolve("https://apnews.com/article/x").orElseThrow().match(); // DOMAIN
 * reg.resolve("The Times of India").orElseThrow().source().id();  // "times-of-india"
 *
 * SourceRegistry mine = SourceRegistry.builder(reg)
 *     .add(new Source("kyiv-dispatch", "Kyiv Dispatch", SourceKind.OUTLET, "UA", "en",
 *         List.of("kyivdispatch.example"), List.of("KD")))
 *     .alias("associated-press", "Assoc. Press")
 *     .build();
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class SourceRegistry {

  private static final String BUNDLED = "sources.tsv";

  private final List<Source> sources;
  private final Map<String, Source> byId;
  private final Map<String, Resolution> byKey;
  private final Map<String, Source> byDomain;
  private final FuzzyMatcher<Source> fuzzy;
  private final int maxNameWords;
  /** Answers of {@link #resolveExact} and {@link #resolve} for short names: see {@link #remember}. */
  private final Map<String, Optional<Resolution>> exactCache = new ConcurrentHashMap<>();
  private final Map<String, Optional<Resolution>> lenientCache = new ConcurrentHashMap<>();
  private static final int MAX_CACHED = 1 << 15;
  private static final int MAX_CACHED_NAME = 120;
  /** ICU confusable skeletons of every name and alias key, built on first use; {@code SHARED} marks clashes. */
  private volatile Map<String, Source> bySkeleton;

  private SourceRegistry(Collection<Source> list) {
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

  private Map<String, Source> skeletons() {
    Map<String, Source> map = bySkeleton;
    if (map == null) {
      Map<String, Source> built = new HashMap<>();
      byKey.forEach((k, r) -> built.merge(Confusables.skeleton(k), r.source(),
          (a, b) -> a.equals(b) ? a : Confusables.SHARED));
      map = Map.copyOf(built);
      bySkeleton = map; // idempotent: racing threads build equal maps
    }
    return map;
  }

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
    int words = 1;
    for (int i = 0; i < key.length(); i++) {
      if (key.charAt(i) == ' ') {
        words++;
      }
    }
    return words;
  }

  /**
   * The registry bundled with the library, loaded once.
   *
   * @return the bundled registry
   */
  public static SourceRegistry bundled() {
    return BundledHolder.INSTANCE;
  }

  private static final class BundledHolder {
    static final SourceRegistry INSTANCE = loadBundled();

    private static SourceRegistry loadBundled() {
      try (InputStream in = SourceRegistry.class.getResourceAsStream(BUNDLED)) {
        if (in == null) {
          throw new IllegalStateException("bundled registry resource missing: " + BUNDLED);
        }
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8), "bundled " + BUNDLED);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /**
   * A registry of exactly these sources.
   *
   * @param sources the sources
   * @return the registry
   * @throws IllegalArgumentException if two sources share an id, a name or a domain
   */
  public static SourceRegistry of(Collection<Source> sources) {
    return new SourceRegistry(List.copyOf(sources));
  }

  /**
   * Reads a registry in the documented tab-separated format.
   *
   * @param reader the text; not closed
   * @param origin a name for error messages (a file name)
   * @return the registry
   * @throws IOException if reading fails
   * @throws RegistryFormatException if a line is malformed or two sources claim the same name
   */
  public static SourceRegistry parse(Reader reader, String origin) throws IOException {
    Objects.requireNonNull(reader, "reader");
    Objects.requireNonNull(origin, "origin");
    List<Source> list = RegistryReader.read(reader, origin);
    try {
      return new SourceRegistry(list);
    } catch (IllegalArgumentException e) {
      throw new RegistryFormatException(origin, 0, e.getMessage());
    }
  }

  /**
   * Reads a registry from a string in the documented format.
   *
   * @param text the file content
   * @return the registry
   * @throws RegistryFormatException if a line is malformed
   */
  public static SourceRegistry parse(String text) {
    try {
      return parse(new StringReader(Objects.requireNonNull(text, "text")), "registry text");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a registry file (UTF-8).
   *
   * @param file the file
   * @return the registry
   * @throws IOException if the file cannot be read
   * @throws RegistryFormatException if a line is malformed
   */
  public static SourceRegistry load(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString());
    }
  }

  /**
   * This registry with another's sources added: a source whose id is already here gets the other's
   * name, kind, country and language, and the union of both domain and alias lists.
   *
   * @param other the sources to add
   * @return a new registry
   * @throws IllegalArgumentException if the result would give one name or domain to two sources
   */
  public SourceRegistry extendedWith(SourceRegistry other) {
    Builder b = builder(this);
    other.sources.forEach(b::add);
    return b.build();
  }

  /**
   * A builder starting empty.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting with a registry's sources.
   *
   * @param base the registry to start from
   * @return a new builder
   */
  public static Builder builder(SourceRegistry base) {
    Builder b = new Builder();
    base.sources.forEach(b::add);
    return b;
  }

  /**
   * All sources, in the order they were defined.
   *
   * @return unmodifiable list
   */
  public List<Source> sources() {
    return sources;
  }

  /**
   * The number of sources.
   *
   * @return the size
   */
  public int size() {
    return sources.size();
  }

  /**
   * The longest name or alias, in words: how far a scanner looking for names needs to look ahead.
   *
   * @return the word count, {@code >= 1}
   */
  public int maxNameWords() {
    return maxNameWords;
  }

  /**
   * The source with this id.
   *
   * @param id a kebab-case id
   * @return the source, or empty
   */
  public Optional<Source> byId(String id) {
    return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Resolves a name, alias, site label, domain or URL, with fuzzy matching for typos.
   *
   * @param name text as written
   * @return the resolution, or empty if nothing matches
   */
  public Optional<Resolution> resolve(String name) {
    Objects.requireNonNull(name, "name");
    Optional<Resolution> cached = lenientCache.get(name);
    if (cached != null) {
      return cached;
    }
    return remember(lenientCache, name, resolveUncached(name));
  }

  private Optional<Resolution> resolveUncached(String name) {
    Optional<Resolution> exact = resolveExact(name);
    if (exact.isPresent() || confusable(name).isPresent()) {
      return exact;
    }
    FuzzyMatcher.Hit<Source> hit = fuzzy.find(Names.normalize(name));
    return hit == null ? Optional.empty() : Optional.of(new Resolution(hit.value(), Match.fuzzy(hit.score())));
  }

  /**
   * Resolves a name, alias, site label, domain or URL, without fuzzy matching.
   *
   * @param name text as written
   * @return the resolution, or empty if nothing matches
   */
  public Optional<Resolution> resolveExact(String name) {
    Objects.requireNonNull(name, "name");
    Optional<Resolution> cached = exactCache.get(name);
    if (cached != null) {
      return cached;
    }
    return remember(exactCache, name, resolveExactUncached(name));
  }

  /**
   * Remembers a look-up of a short name. Resolution is a pure function of the text and this
   * immutable registry, so a cached answer is the answer; parsers ask about the same few hundred
   * names (and the same prose words) over and over. The cache is bounded: it is emptied when full.
   */
  private static Optional<Resolution> remember(Map<String, Optional<Resolution>> cache, String name,
      Optional<Resolution> r) {
    if (name.length() <= MAX_CACHED_NAME) {
      if (cache.size() >= MAX_CACHED) {
        cache.clear();
      }
      cache.put(name, r);
    }
    return r;
  }

  private Optional<Resolution> resolveExactUncached(String name) {
    String key = Names.normalize(name);
    if (key.isEmpty() || Names.hasHiddenCharacters(name)) {
      return Optional.empty(); // a name hiding characters is never taken for the real source
    }
    Resolution r = byKey.get(key);
    if (r != null) {
      return Optional.of(r);
    }
    Resolution alt = key.startsWith("the ") ? byKey.get(key.substring(4)) : null;
    if (alt != null) {
      return Optional.of(new Resolution(alt.source(), Match.ALIAS));
    }
    if (key.indexOf('.') > 0 && key.indexOf(' ') < 0) {
      return resolveHost(key);
    }
    return Optional.empty();
  }

  /**
   * Whether a name imitates a registry source without being it: it hides invisible or bidi
   * characters that normalisation would remove, or its Unicode confusable skeleton (ICU4J {@code
   * SpoofChecker}, UTS #39) equals a registry name's while the text does not ({@code Blооmberg} with
   * Cyrillic {@code о}). {@link #resolve(String)} never resolves such a name; parsers report it with a
   * {@code confusable-name} warning.
   *
   * @param name text as written
   * @return the imitated source and why, or empty
   */
  public Optional<Confusable> confusable(String name) {
    Objects.requireNonNull(name, "name");
    if (AsciiChars.isAscii(name, 0, name.length())) {
      // ASCII hides no character, and its key has none that only looks like another: a name that is
      // no registry key imitates none, so the answer is empty without making the key
      return Optional.empty();
    }
    return confusableByKey(name);
  }

  /** {@link #confusable} by the book: the key made and checked whatever the text (for tests of the ASCII shortcut). */
  Optional<Confusable> confusableByKey(String name) {
    String key = Names.normalize(name);
    if (key.isEmpty()) {
      return Optional.empty();
    }
    if (Names.hasHiddenCharacters(name)) {
      Resolution r = byKey.get(key);
      if (r == null && key.startsWith("the ")) {
        r = byKey.get(key.substring(4));
      }
      if (r == null && key.indexOf('.') > 0 && key.indexOf(' ') < 0) {
        r = resolveHost(key).orElse(null);
      }
      if (r != null) {
        return Optional.of(new Confusable(r.source(), "contains invisible or bidi control characters"));
      }
    } else if (byKey.containsKey(key)) {
      return Optional.empty();
    }
    if (!Confusables.worthChecking(key)) {
      return Optional.empty();
    }
    Source s = skeletons().get(Confusables.skeleton(key));
    if (s == null || s == Confusables.SHARED) {
      return Optional.empty();
    }
    return Optional.of(new Confusable(s, Confusables.reason(key)));
  }

  /**
   * Resolves a URL or domain through its host, walking up subdomains.
   *
   * @param urlOrHost a URL ({@code https://edition.cnn.com/x}) or a host ({@code apnews.com})
   * @return the resolution with {@link io.github.ascribe.core.MatchKind#DOMAIN}, or empty
   */
  public Optional<Resolution> resolveHost(String urlOrHost) {
    Optional<String> host = Hosts.hostOf(Objects.requireNonNull(urlOrHost, "urlOrHost"));
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

  /**
   * Whether a normalised key is exactly a name or alias here (no fuzzy, no domain).
   *
   * @param normalizedKey a key made with {@link Names#normalize}
   * @return true if it names a source
   */
  public boolean isName(String normalizedKey) {
    return byKey.containsKey(Objects.requireNonNull(normalizedKey, "normalizedKey"));
  }

  /**
   * Sources whose id, name, an alias or a domain contains the query (normalised); all sources for a
   * blank query.
   *
   * @param query text to look for
   * @return matching sources, in registry order
   */
  public List<Source> search(String query) {
    String q = Names.normalize(Objects.requireNonNull(query, "query"));
    if (q.isEmpty()) {
      return sources;
    }
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

  @Override
  public String toString() {
    return "SourceRegistry[" + sources.size() + " sources]";
  }

  /**
   * Builds a registry. Not thread-safe; the registry it builds is.
   *
   * <pre>{@code
   * SourceRegistry reg = SourceRegistry.builder(SourceRegistry.bundled())
   *     .alias("reuters", "Thomson Reuters")
   *     .domain("reuters", "reuters.example")
   *     .build();
   * }</pre>
   */
  public static final class Builder {

    private final Map<String, Source> sources = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Adds a source, or merges it into the source with the same id (its name, kind, country and
     * language win; domain and alias lists are joined).
     *
     * @param source the source
     * @return this builder
     */
    public Builder add(Source source) {
      Objects.requireNonNull(source, "source");
      sources.merge(source.id(), source, (old, neu) -> new Source(neu.id(), neu.name(), neu.kind(),
          neu.country().isEmpty() ? old.country() : neu.country(),
          neu.language().isEmpty() ? old.language() : neu.language(),
          union(old.domains(), neu.domains()), union(old.aliases(), neu.aliases())));
      return this;
    }

    /**
     * Adds aliases to an existing source.
     *
     * @param id the source id
     * @param aliases names to add
     * @return this builder
     * @throws IllegalArgumentException if there is no source with this id
     */
    public Builder alias(String id, String... aliases) {
      Source s = existing(id);
      sources.put(id, new Source(s.id(), s.name(), s.kind(), s.country(), s.language(), s.domains(),
          union(s.aliases(), List.of(aliases))));
      return this;
    }

    /**
     * Adds domains to an existing source.
     *
     * @param id the source id
     * @param domains domains or URLs to add
     * @return this builder
     * @throws IllegalArgumentException if there is no source with this id
     */
    public Builder domain(String id, String... domains) {
      Source s = existing(id);
      List<String> hosts = new ArrayList<>();
      for (String d : domains) {
        hosts.add(Hosts.hostOf(d).orElseThrow(() -> new IllegalArgumentException("not a valid domain: '" + d + "'")));
      }
      sources.put(id, new Source(s.id(), s.name(), s.kind(), s.country(), s.language(),
          union(s.domains(), hosts), s.aliases()));
      return this;
    }

    /**
     * Removes a source.
     *
     * @param id the source id
     * @return this builder
     */
    public Builder remove(String id) {
      sources.remove(Objects.requireNonNull(id, "id"));
      return this;
    }

    private Source existing(String id) {
      Source s = sources.get(Objects.requireNonNull(id, "id"));
      if (s == null) {
        throw new IllegalArgumentException("no source with id '" + id + "'");
      }
      return s;
    }

    private static List<String> union(List<String> a, List<String> b) {
      List<String> out = new ArrayList<>(a);
      for (String x : b) {
        Objects.requireNonNull(x, "list element");
        if (!out.contains(x)) {
          out.add(x);
        }
      }
      return out;
    }

    /**
     * Builds the registry.
     *
     * @return the registry
     * @throws IllegalArgumentException if one name or domain would belong to two sources
     */
    public SourceRegistry build() {
      return new SourceRegistry(sources.values());
    }
  }
}
