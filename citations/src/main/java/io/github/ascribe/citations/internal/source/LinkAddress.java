package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.Match;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.registry.SourceRegistry;
import io.github.ascribe.core.text.Hosts;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A link's address as a citation reads it: a search engine's redirect is followed to its target
 * ({@code google.com/url?q=…}), tracking parameters ({@code utm_source=chatgpt.com}, {@code fbclid},
 * {@code ref}, from {@code tracking-parameters.txt}) are dropped, and the host is known with its
 * registrable domain (its {@code site}). An answer engine's own host ({@code engine-hosts.txt}) names
 * no source; a short-link host ({@code link-shorteners.txt}) hides the real one.
 *
 * <pre>{@code
 * LinkAddress a = LinkAddress.of("https://news.harbourtimes.co.uk/x?utm_source=chatgpt.com").orElseThrow();
 * a.url();   // "https://news.harbourtimes.co.uk/x"
 * a.site();  // "harbourtimes.co.uk"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param url the address without tracking parameters, after any redirect
 * @param host its normalised host ({@code news.harbourtimes.co.uk})
 * @param site its registrable domain ({@code harbourtimes.co.uk}), or the host when it has none
 * @param engine whether the host is an answer or search engine's own
 * @param shortener whether the host is a link shortener
 */
public record LinkAddress(String url, String host, String site, boolean engine, boolean shortener) {

  /** Redirects followed: a redirect inside a redirect is read, deeper ones are not. */
  static final int MAX_REDIRECTS = 2;
  /** Query parameters that hold a redirect's target. */
  static final List<String> TARGET_PARAMETERS = List.of("url", "q", "u", "target", "dest");

  private static final Lists LISTS = new Lists();

  /** The three word lists, loaded once. */
  private static final class Lists {
    final Set<String> tracking = new HashSet<>();
    final List<String> trackingPrefixes;
    final Set<String> engines = Set.copyOf(Lexicon.lines("engine-hosts.txt").stream().map(String::strip).toList());
    final Set<String> shorteners = Set.copyOf(Lexicon.lines("link-shorteners.txt").stream().map(String::strip).toList());

    Lists() {
      List<String> prefixes = new java.util.ArrayList<>();
      for (String line : Lexicon.lines("tracking-parameters.txt")) {
        String p = line.strip().toLowerCase(Locale.ROOT);
        if (p.endsWith("*")) {
          prefixes.add(p.substring(0, p.length() - 1));
        } else {
          tracking.add(p);
        }
      }
      trackingPrefixes = List.copyOf(prefixes);
    }
  }

  /**
   * Reads a link target: a URL ({@code https://…}, {@code www.…}, {@code //…}), with or without
   * angle brackets and a title after it ({@code https://x "Title"}).
   *
   * @param target the text between a link's parentheses, or a URL
   * @return the address, or empty when it names no host
   */
  public static Optional<LinkAddress> of(String target) {
    String t = target.strip();
    int space = 0;
    while (space < t.length() && !Character.isWhitespace(t.charAt(space))) {
      space++;
    }
    t = t.substring(0, space); // spec: a link title after the address is not part of it
    if (t.startsWith("<") && t.endsWith(">") && t.length() > 2) {
      t = t.substring(1, t.length() - 1);
    }
    return read(t, 0);
  }

  private static Optional<LinkAddress> read(String t, int depth) {
    Optional<String> host = Hosts.hostOf(t);
    if (host.isEmpty()) {
      return Optional.empty();
    }
    String h = host.get();
    boolean engine = isEngine(h);
    int q = t.indexOf('?');
    if (engine && q >= 0 && depth < MAX_REDIRECTS) {
      // spec: an engine's redirect (google.com/url?q=https://…) cites the address it leads to
      for (String param : t.substring(q + 1).split("[&#]")) {
        int eq = param.indexOf('=');
        String name = eq < 0 ? param : param.substring(0, eq).toLowerCase(Locale.ROOT);
        if (eq > 0 && TARGET_PARAMETERS.contains(name)) {
          String value = decode(param.substring(eq + 1));
          if (value.startsWith("http://") || value.startsWith("https://")) {
            Optional<LinkAddress> inner = read(value, depth + 1);
            if (inner.isPresent()) {
              return inner;
            }
          }
        }
      }
    }
    String site = PublicSuffixes.get().registrableDomain(h).orElse(h);
    return Optional.of(new LinkAddress(clean(t), h, site, engine, LISTS.shorteners.contains(h)));
  }

  private static String decode(String value) {
    try {
      return URLDecoder.decode(value, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return value; // a stray '%' leaves the value as written
    }
  }

  /** Whether the host or a domain above it is an engine's. */
  static boolean isEngine(String host) {
    for (int i = 0; i >= 0; ) {
      if (LISTS.engines.contains(host.substring(i))) {
        return true;
      }
      int dot = host.indexOf('.', i);
      i = dot < 0 ? -1 : dot + 1;
    }
    return false;
  }

  /** Whether a query parameter only tracks the click. */
  static boolean isTracking(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    if (LISTS.tracking.contains(n)) {
      return true;
    }
    for (String p : LISTS.trackingPrefixes) {
      if (n.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** The URL without its tracking parameters (and without a {@code ?} left empty). */
  static String clean(String url) {
    int q = url.indexOf('?');
    if (q < 0) {
      return url;
    }
    int hash = url.indexOf('#', q);
    String query = url.substring(q + 1, hash < 0 ? url.length() : hash);
    StringBuilder kept = new StringBuilder();
    for (String param : query.split("&")) {
      int eq = param.indexOf('=');
      String name = eq < 0 ? param : param.substring(0, eq);
      if (!param.isEmpty() && !isTracking(name)) {
        kept.append(kept.length() == 0 ? "" : "&").append(param);
      }
    }
    return url.substring(0, q) + (kept.length() == 0 ? "" : "?" + kept) + (hash < 0 ? "" : url.substring(hash));
  }

  /**
   * The source the address names: the registry's source of its host, else an unknown source
   * named by its site; empty for an engine's own page. A registry source listing the host itself
   * ({@code news.google.com}) wins over an engine host above it, but not over one the engine list
   * names exactly.
   *
   * @param registry the registry
   * @return the source and how it matched, or empty
   */
  public Optional<Resolution> source(SourceRegistry registry) {
    if (LISTS.engines.contains(host)) {
      return Optional.empty();
    }
    Optional<Resolution> known = registry.resolveHost(host);
    if (known.isPresent() && (!engine || known.get().source().domains().contains(host))) {
      return known;
    }
    if (engine) {
      return Optional.empty();
    }
    return Optional.of(new Resolution(Source.unknown(site), Match.UNRESOLVED));
  }

  /**
   * Whether a registry source's domains cover this host (the host or a domain above it is one).
   *
   * @param s a source
   * @return true when the link is on one of the source's sites
   */
  public boolean isOf(Source s) {
    for (String d : s.domains()) {
      if (host.equals(d) || host.endsWith("." + d)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether a link to this address contradicts link text naming {@code named}: the source has
   * sites and this host is none of them, and the host is no short link that could hide one.
   *
   * @param named the registry source the link text names
   * @return true for a {@code link-host-mismatch}
   */
  public boolean contradicts(Source named) {
    return !named.domains().isEmpty() && !isOf(named) && !shortener;
  }
}
