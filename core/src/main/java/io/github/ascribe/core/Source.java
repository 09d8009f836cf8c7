package io.github.ascribe.core;

import io.github.ascribe.core.text.Names;
import java.util.List;
import java.util.Objects;

/**
 * A canonical source: a news outlet, agency, aggregator, or a person, organisation or anonymous
 * source named in prose.
 *
 * <p>Registry sources come from {@link io.github.ascribe.core.registry.SourceRegistry}; sources the
 * registry does not know are made with {@link #unknown(String)}, {@link #person(String)}, {@link
 * #organization(String)} or {@link #anonymous(String)}, whose ids are derived from the name so that
 * the same name always gives the same source. Two sources are equal when all their fields are.
 *
 * <pre>{@code
 * Source ap = SourceRegistry.bundled().byId("associated-press").orElseThrow();
 * ap.name();     // "Associated Press"
 * ap.kind();     // AGENCY
 * Source.unknown("The Daily Blah").id();   // "unknown-the-daily-blah"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param id stable kebab-case id ({@code associated-press})
 * @param name canonical display name
 * @param kind what kind of source it is
 * @param country ISO 3166-1 alpha-2 code, {@code INT} for international, or empty if not known
 * @param language ISO 639-1 code, or empty if not known
 * @param domains web domains, lowercase ASCII (IDNA), without {@code www.}
 * @param aliases other names it goes by (abbreviations, site labels, names in its own script)
 */
public record Source(
    String id,
    String name,
    SourceKind kind,
    String country,
    String language,
    List<String> domains,
    List<String> aliases) {


  /** Validates the fields and copies the lists. */
  public Source {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(language, "language");
    domains = List.copyOf(Objects.requireNonNull(domains, "domains"));
    aliases = List.copyOf(Objects.requireNonNull(aliases, "aliases"));
    if (id.length() > 200 || !Diagnostic.isKebabCase(id)) {
      throw new IllegalArgumentException("id must be kebab-case [a-z0-9-], at most 200 chars: '" + id + "'");
    }
    if (name.isBlank()) {
      throw new IllegalArgumentException("name must not be blank (id " + id + ")");
    }
    if (!isCountry(country)) {
      throw new IllegalArgumentException("country must be ISO 3166-1 alpha-2, INT or empty: '" + country + "'");
    }
    if (!isLanguage(language)) {
      throw new IllegalArgumentException("language must be ISO 639 or empty: '" + language + "'");
    }
  }

  /** Whether {@code country} is empty, two letters {@code A-Z}, or {@code INT}. */
  private static boolean isCountry(String country) {
    return country.isEmpty() || country.equals("INT")
        || (country.length() == 2 && isUpper(country.charAt(0)) && isUpper(country.charAt(1)));
  }

  /** Whether {@code language} is empty or two or three letters {@code a-z}. */
  private static boolean isLanguage(String language) {
    int n = language.length();
    if (n == 0) {
      return true;
    }
    if (n < 2 || n > 3) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      char c = language.charAt(i);
      if (c < 'a' || c > 'z') {
        return false;
      }
    }
    return true;
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /**
   * A source for a name the registry does not know, as written in attribution notation.
   *
   * @param name the name as written; must contain a letter or digit
   * @return a source of kind {@link SourceKind#UNKNOWN} with id {@code unknown-<slug>}
   */
  public static Source unknown(String name) {
    return adHoc("unknown", name, SourceKind.UNKNOWN);
  }

  /**
   * A person named as a source in prose.
   *
   * @param name the name as written ({@code Marco Rubio})
   * @return a source of kind {@link SourceKind#PERSON} with id {@code person-<slug>}
   */
  public static Source person(String name) {
    return adHoc("person", name, SourceKind.PERSON);
  }

  /**
   * An organisation named as a source in prose.
   *
   * @param name the name as written ({@code the ministry})
   * @return a source of kind {@link SourceKind#ORGANIZATION} with id {@code organization-<slug>}
   */
  public static Source organization(String name) {
    return adHoc("organization", name, SourceKind.ORGANIZATION);
  }

  /**
   * An anonymous source described in prose.
   *
   * @param description the description as written ({@code an official of their delegation})
   * @return a source of kind {@link SourceKind#ANONYMOUS} with id {@code anonymous-<slug>}
   */
  public static Source anonymous(String description) {
    return adHoc("anonymous", description, SourceKind.ANONYMOUS);
  }

  private static Source adHoc(String prefix, String name, SourceKind kind) {
    Objects.requireNonNull(name, "name");
    String display = Names.display(name);
    if (display.isEmpty()) {
      throw new IllegalArgumentException("a source name needs at least one visible character: '" + name + "'");
    }
    return new Source(Names.id(prefix, display), display, kind, "", "", List.of(), List.of());
  }

  /**
   * Whether this source counts as media coverage.
   *
   * @return {@code kind().isMedia()}
   */
  public boolean isMedia() {
    return kind.isMedia();
  }

  /** Renders as {@code Name (KIND, id)}. */
  @Override
  public String toString() {
    return name + " (" + kind + ", " + id + ")";
  }
}
