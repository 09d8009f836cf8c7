package io.github.ascribe.citations.internal.article;

import io.github.ascribe.citations.internal.form.TextScan;
import io.github.ascribe.citations.internal.notation.NotationReader;
import io.github.ascribe.citations.internal.source.LinkAddress;
import io.github.ascribe.core.Match;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.registry.SourceRegistry;
import io.github.ascribe.core.text.Hosts;
import java.util.List;
import java.util.Optional;

/**
 * The source of one reference-list entry's body ({@code Reuters - Drug approval}, {@code Title -
 * The Guardian}, {@code Title | Reuters. https://...}, {@code bbc.com}, {@code Title, accessed June
 * 3, 2026, https://...}): the part before the first dash if the registry knows it, else a URL
 * whose host it knows, else the site after the title if it knows it, else a bare domain or the URL's
 * host as an unknown site, else for a marked-up entry the name itself. Stateless.
 */
final class ReferenceBody {

  /** The separators between an entry's title and its site. */
  private static final List<String> DASHES = List.of(" - ", " – ", " — ", " | ", ": ", ", accessed ");
  /** The longest name an entry without a known source is taken as. */
  static final int MAX_NAME = 80;

  private ReferenceBody() {}

  /**
   * The source of {@code s[from, to)}, or null when it names none.
   *
   * @param s the text
   * @param from first index of the body
   * @param to index past its last
   * @param markedUp whether the entry is surely a reference (under a heading, or {@code [1]}-numbered)
   * @param registry the registry
   * @return its mentions, or null
   */
  static List<SourceMention> resolve(String s, int from, int to, boolean markedUp, SourceRegistry registry) {
    while (from < to && TextScan.isBlank(s.charAt(from))) {
      from++;
    }
    while (to > from && (TextScan.isBlank(s.charAt(to - 1)) || s.charAt(to - 1) == '.')) {
      to--;
    }
    if (from >= to) {
      return null;
    }
    int url = indexOfUrl(s, from, to);
    int urlEnd = url;
    if (url >= 0) {
      while (urlEnd < to && !Character.isWhitespace(s.charAt(urlEnd)) && s.charAt(urlEnd) != ')') {
        urlEnd++;
      }
      while (urlEnd > url && (s.charAt(urlEnd - 1) == '.' || s.charAt(urlEnd - 1) == ',')) {
        urlEnd--;
      }
    }
    if (url >= 0 && isEngineHost(s.substring(url, urlEnd), registry)) {
      return List.of(); // spec: an answer engine's own page is an entry that names no source
    }
    int beforeEnd = url >= 0 ? url : to;
    Span site = lastPart(s, from, beforeEnd);
    Span first = firstPart(s, from, beforeEnd);
    // spec: the name before the first dash, then the URL's host, then the site after the title
    Optional<SourceMention> named = known(s, first, registry);
    if (named.isEmpty() && url >= 0) {
      Span u = Span.of(url, urlEnd);
      named = LinkAddress.of(u.text(s)).flatMap(a -> a.source(registry)).map(r -> mention(s, u.start(), u.end(), r));
    }
    if (named.isEmpty() && !site.equals(first)) {
      named = known(s, site, registry);
    }
    if (named.isPresent()) {
      return List.of(named.get());
    }
    if (url < 0 && first.equals(site) && Hosts.isDomain(site.text(s))) {
      return List.of(hostMention(s, site.start(), site.end(), registry)); // spec: "1. bbc.com"
    }
    if (url >= 0 && Hosts.hostOf(s.substring(url, urlEnd)).isPresent()) {
      return List.of(hostMention(s, url, urlEnd, registry));
    }
    String name = NotationReader.cleanName(References.stripMarkup(first.text(s)));
    if (markedUp && !name.isEmpty() && first.length() <= MAX_NAME) {
      return List.of(new SourceMention(first.text(s), first, Source.unknown(name), Match.UNRESOLVED));
    }
    return null;
  }

  /**
   * Whether a URL is an answer engine's own page, which names no source: its host is in the
   * engine list {@link LinkAddress} reads ({@code engine-hosts.txt}), after tracking parameters
   * and redirects, and the registry does not list that host as a source of its own.
   */
  static boolean isEngineHost(String u, SourceRegistry registry) {
    return LinkAddress.of(u).map(a -> a.engine() && a.source(registry).isEmpty()).orElse(false);
  }

  /** The registry's source for a part of an entry, if it names one. */
  private static Optional<SourceMention> known(String s, Span part, SourceRegistry registry) {
    if (part.length() == 0 || part.length() > MAX_NAME) {
      return Optional.empty();
    }
    return registry.resolve(part.text(s)).map(r -> mention(s, part.start(), part.end(), r));
  }

  private static SourceMention mention(String s, int a, int b, Resolution r) {
    return new SourceMention(s.substring(a, b), Span.of(a, b), r.source(), r.match());
  }

  /** A URL or bare domain: the registry's source for its host, or an unknown site named by the host. */
  private static SourceMention hostMention(String s, int a, int b, SourceRegistry registry) {
    String u = s.substring(a, b);
    Optional<Resolution> r = registry.resolveHost(u);
    if (r.isPresent()) {
      return mention(s, a, b, r.get());
    }
    return new SourceMention(u, Span.of(a, b), Source.unknown(Hosts.hostOf(u).orElse(u)), Match.UNRESOLVED);
  }

  /** The part of {@code [a, b)} after its last title-site separator, trimmed of blanks, stops and markup. */
  private static Span lastPart(String s, int a, int b) {
    int cut = a;
    for (String d : DASHES) {
      int i = lastFind(s, d, a, b);
      if (i >= a && i + d.length() > cut) {
        cut = i + d.length();
      }
    }
    return trimmed(s, cut, b);
  }

  /** The part of {@code [a, b)} before its first title-site separator, trimmed. */
  private static Span firstPart(String s, int a, int b) {
    int cut = b;
    for (String d : DASHES) {
      int i = find(s, d, a, b);
      if (i > a && i < cut) {
        cut = i;
      }
    }
    return trimmed(s, a, cut);
  }

  private static Span trimmed(String s, int a, int b) {
    while (a < b && (TextScan.isBlank(s.charAt(a)) || s.charAt(a) == '*' || s.charAt(a) == '[')) {
      a++;
    }
    while (b > a && (TextScan.isBlank(s.charAt(b - 1)) || ".,;*]".indexOf(s.charAt(b - 1)) >= 0)) {
      b--;
    }
    return Span.of(a, b);
  }

  private static int indexOfUrl(String s, int from, int to) {
    int best = -1;
    for (String start : List.of("http://", "https://", "www.")) {
      int x = find(s, start, from, to);
      if (x >= 0 && (best < 0 || x < best)) {
        best = x;
      }
    }
    return best;
  }

  /** The first {@code d} inside {@code [a, b)}, or -1. */
  private static int find(String s, String d, int a, int b) {
    for (int i = a; i + d.length() <= b; i++) {
      if (s.startsWith(d, i)) {
        return i;
      }
    }
    return -1;
  }

  /** The last {@code d} inside {@code [a, b)}, or -1. */
  private static int lastFind(String s, String d, int a, int b) {
    for (int i = b - d.length(); i >= a; i--) {
      if (s.startsWith(d, i)) {
        return i;
      }
    }
    return -1;
  }
}
