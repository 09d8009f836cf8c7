package io.github.ascribe.core.registry;

import io.github.ascribe.core.Source;
import io.github.ascribe.core.internal.RegistryReader;
import io.github.ascribe.core.text.Names;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * <p>Immutable and thread-safe: its sources and look-up tables are fixed when it is built and may be
 * shared by any number of threads. The only state that changes is invisible to callers: bounded
 * caches of answers (concurrent maps of immutable values) and the look-alike skeletons, built once
 * on first use. The caches remember only spellings of registry names and aliases, copied, so no text
 * a caller asked about is kept after the call.
 */
public final class SourceRegistry {

  private final SourceIndex index;
  private final NameResolver names;

  private SourceRegistry(Collection<Source> list) {
    this.index = new SourceIndex(list);
    this.names = new NameResolver(index, new LookAlikes(index));
  }

  /**
   * The registry bundled with the library, loaded once.
   *
   * @return the bundled registry
   */
  public static SourceRegistry bundled() {
    return BundledRegistry.INSTANCE;
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
    other.sources().forEach(b::add);
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
    base.sources().forEach(b::add);
    return b;
  }

  /**
   * All sources, in the order they were defined.
   *
   * @return unmodifiable list
   */
  public List<Source> sources() {
    return index.sources;
  }

  /**
   * The number of sources.
   *
   * @return the size
   */
  public int size() {
    return index.sources.size();
  }

  /**
   * The longest name or alias, in words: how far a scanner looking for names needs to look ahead.
   *
   * @return the word count, {@code >= 1}
   */
  public int maxNameWords() {
    return index.maxNameWords;
  }

  /**
   * The source with this id.
   *
   * @param id a kebab-case id
   * @return the source, or empty
   */
  public Optional<Source> byId(String id) {
    return Optional.ofNullable(index.byId.get(Objects.requireNonNull(id, "id")));
  }

  /**
   * Resolves a name, alias, site label, domain or URL, with fuzzy matching for typos.
   *
   * @param name text as written
   * @return the resolution, or empty if nothing matches
   */
  public Optional<Resolution> resolve(String name) {
    return names.resolve(Objects.requireNonNull(name, "name"));
  }

  /**
   * Resolves a name, alias, site label, domain or URL, without fuzzy matching.
   *
   * @param name text as written
   * @return the resolution, or empty if nothing matches
   */
  public Optional<Resolution> resolveExact(String name) {
    return names.resolveExact(Objects.requireNonNull(name, "name"));
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
    return names.confusable(Objects.requireNonNull(name, "name"));
  }

  /** {@link #confusable} by the book: the key made and checked whatever the text (for tests of the ASCII shortcut). */
  Optional<Confusable> confusableByKey(String name) {
    return names.confusableByKey(name);
  }

  /**
   * Resolves a URL or domain through its host, walking up subdomains.
   *
   * @param urlOrHost a URL ({@code https://edition.cnn.com/x}) or a host ({@code apnews.com})
   * @return the resolution with {@link io.github.ascribe.core.MatchKind#DOMAIN}, or empty
   */
  public Optional<Resolution> resolveHost(String urlOrHost) {
    return index.host(Objects.requireNonNull(urlOrHost, "urlOrHost"));
  }

  /**
   * Whether a normalised key is exactly a name or alias here (no fuzzy, no domain).
   *
   * @param normalizedKey a key made with {@link Names#normalize}
   * @return true if it names a source
   */
  public boolean isName(String normalizedKey) {
    return index.byKey.containsKey(Objects.requireNonNull(normalizedKey, "normalizedKey"));
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
      return index.sources;
    }
    return index.search(q);
  }

  @Override
  public String toString() {
    return "SourceRegistry[" + index.sources.size() + " sources]";
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
      sources.merge(source.id(), source, SourceEdits::merge);
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
      sources.put(id, SourceEdits.withAliases(existing(id), List.of(aliases)));
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
      sources.put(id, SourceEdits.withDomains(existing(id), List.of(domains)));
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
