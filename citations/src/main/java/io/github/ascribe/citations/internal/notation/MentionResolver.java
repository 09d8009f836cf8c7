package io.github.ascribe.citations.internal.notation;

import io.github.ascribe.citations.internal.source.LinkAddress;
import io.github.ascribe.core.Match;
import io.github.ascribe.core.MatchKind;
import io.github.ascribe.core.Severity;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.internal.NameIndex;
import io.github.ascribe.core.registry.Confusable;
import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.registry.SourceRegistry;
import io.github.ascribe.core.text.Hosts;
import io.github.ascribe.core.text.Names;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The resolution stage: a NAME or RESTATE part to a {@link SourceMention}, by the link's host, the
 * URL's host, an exact registry name or alias, or (unless strict) a fuzzy match; a look-alike of a
 * registry name is kept as an unknown source and reported as confusable, and any other name as an
 * unknown source. Holds only configuration: thread-safe.
 */
final class MentionResolver {

  /**
   * What an unknown name gives: its display form, the registry name it imitates if any, whether it
   * has no letter or digit, and its ad-hoc source (null when it has none).
   */
  record Unknown(String display, Optional<Confusable> fake, boolean noName, Source source) {}

  private final SourceRegistry registry;
  /** The registry's names and aliases, looked up without building keys. */
  private final NameIndex names;
  private final boolean strict;

  MentionResolver(SourceRegistry registry, NameIndex names, boolean strict) {
    this.registry = registry;
    this.names = names;
    this.strict = strict;
  }

  /**
   * The mention part p makes, with its diagnostics; null (and p made UNRECOGNIZED) for a name with
   * no letter or digit.
   */
  SourceMention mention(NotationRead r, Part p) {
    int start = p.nameStart();
    int end = p.nameEnd();
    String written = p.written(r.s, start, end);
    Span span = r.span(start, end);
    Resolution found = null;
    Optional<LinkAddress> link = Optional.empty();
    String target = p.linkTarget == null ? null : NameText.addressWithoutHidden(p.linkTarget);
    if (target != null) {
      link = LinkAddress.of(target); // a target whose host hides characters is ignored
    } else if (p.url) {
      // spec: invisible characters inside "https://" (which the lexer skips) and in the path, query or
      // fragment do not change the site: the address reads as the same link without them, so its
      // canonical form (the site) reads back the same; in the host they make a look-alike
      String address = NameText.addressWithoutHidden(written);
      link = address == null ? Optional.empty() : LinkAddress.of(address);
    }
    if (link.isPresent()) {
      Optional<Resolution> byHost = link.get().source(registry);
      Resolution named = byHost.isEmpty() && !p.url ? nameOf(r.s, p, start, end) : null;
      if (named != null && link.get().isOf(named.source())) {
        byHost = Optional.of(named); // "[Bing News](https://bing.com/…)": the engine's host is the named source's own
      }
      if (byHost.isEmpty()) {
        // spec: a link to the answer engine's own page (a shared chat, a search) names no source
        p.kind = Part.Kind.UNRECOGNIZED;
        p.code = "engine-link";
        r.diagnose(Severity.INFO, "engine-link", "a link to " + link.get().host()
            + ", an answer or search engine's own page, names no source", start, end);
        return null;
      }
      if (byHost.get().match().isResolved()) {
        found = byHost.get();
      } else {
        SourceMention site = unknownSite(r, p, link.get(), byHost.get(), written, span, start, end);
        if (site != null) {
          return site;
        }
      }
    }
    // the name index never finds a name hiding characters: only the other answers are checked
    boolean check = true;
    if (found == null) {
      if (p.url) {
        found = registry.resolveHost(written).orElse(null);
      } else {
        found = nameOf(r.s, p, start, end);
        check = found == null;
        if (found == null) {
          // spec: a domain is never a typo of an outlet's name (feely.com is not Feedly)
          found = (isDomain(written) ? registry.resolveExact(written) : resolveFully(written)).orElse(null);
        }
      }
    }
    if (found != null && check
        && Names.hasHiddenCharacters(p.url ? NameText.rawHost(NameText.withoutHiddenInScheme(written)) : written)) {
      // a URL or link hiding invisible characters is a look-alike, never the real source
      String shown = p.url ? NameText.showHiddenUrl(written) : NameText.showHidden(written);
      r.diagnose(Severity.WARNING, "confusable-name", "'" + shown + "' looks like " + found.source().name()
          + " but is not the same text (contains invisible or bidi control characters); kept as an unknown source",
          start, end);
      return new SourceMention(written, span, Source.unknown(shown), Match.CONFUSABLE);
    }
    if (found != null) {
      Match match = found.match();
      if (match.kind() == MatchKind.FUZZY) {
        r.diagnose(Severity.INFO, "fuzzy-match", "'" + Names.display(written) + "' read as "
            + found.source().name() + " (similarity " + String.format(Locale.ROOT, "%.2f", match.score()) + ")",
            start, end);
      }
      return new SourceMention(written, span, found.source(), match);
    }
    if (!p.url && (ChipDates.isDate(written) || ChipDates.isYearOfDate(r.s, start, written))) {
      // spec: "The Guardian +1 · 2026-06-02": the date an engine prints beside a chip is no source
      p.kind = Part.Kind.UNRECOGNIZED;
      p.code = "date-not-a-name";
      r.diagnose(Severity.INFO, "date-not-a-name", "'" + written + "' is a date, not a source", start, end);
      return null;
    }
    Unknown u = unknown(r, written, p.url);
    if (u.fake().isPresent() && !u.noName()) {
      r.diagnose(Severity.WARNING, "confusable-name", "'" + NameText.showHidden(written) + "' looks like "
          + u.fake().get().lookalike().name() + " but is not the same text (" + u.fake().get().reason()
          + "); kept as an unknown source", start, end);
      return new SourceMention(written, span, Source.unknown(NameText.showHidden(written)), Match.CONFUSABLE);
    }
    if (u.noName()) {
      p.kind = Part.Kind.UNRECOGNIZED;
      p.code = "not-a-name";
      r.diagnose(Severity.WARNING, "not-a-name", "'" + written + "' has no letters or digits", start, end);
      return null;
    }
    r.diagnose(strict ? Severity.WARNING : Severity.INFO, "unresolved-name",
        "'" + u.display() + "' is not in the registry; kept as an unknown source", start, end);
    return new SourceMention(written, span, u.source(), Match.UNRESOLVED);
  }

  /**
   * A link to a host the registry does not know: the site is the source, with a {@code
   * link-host-mismatch} warning when the link text names a registry outlet whose sites do not
   * include the host ({@code [AP News](https://apnews.com.secure-verify.info/…)}); null when the text
   * names an outlet behind a short link ({@code reut.rs}), which then resolves by its name.
   */
  private SourceMention unknownSite(NotationRead r, Part p, LinkAddress link, Resolution site, String written,
      Span span, int start, int end) {
    Resolution named = p.url ? null : nameOf(r.s, p, start, end);
    if (named == null && !p.url && registry.confusable(written).isEmpty()) {
      named = registry.resolveExact(written).orElse(null);
    }
    if (named != null && !named.source().domains().isEmpty() && !link.isOf(named.source())) {
      if (link.shortener()) {
        return null;
      }
      r.diagnose(Severity.WARNING, "link-host-mismatch", "the link text names " + named.source().name()
          + " but the link goes to " + link.host() + ", which is not one of its sites; attributed to "
          + link.site(), start, end);
    }
    return new SourceMention(written, span, site.source(), site.match());
  }

  /** What a name the registry does not know gives, by its text, worked out once per read. */
  private Unknown unknown(NotationRead r, String written, boolean url) {
    Map<String, Unknown> unknowns = url ? r.unknownUrls : r.unknownNames;
    return unknowns.computeIfAbsent(written, w -> {
      // the unknown source keeps the name as written (less invisible characters), so that writing it
      // back in canonical form reads the same way; a name hiding characters keeps them visible
      // ({U200B}), so that written back it cannot read as another name (a registry name, or a run of them);
      // so does a name with a control character inside a word, which dropped would join two words
      // into one that may read as prose ("re\0ported by"); in an address, any control character, which
      // dropped would let the written form read as another link ("https://\0pnews.com")
      boolean hidden = Names.hasHiddenCharacters(w) || (url ? NameText.hasControl(w) : NameText.hasControlInsideAWord(w));
      String display = hidden ? (url ? NameText.showHiddenUrl(w) : NameText.showHidden(w))
          : NameText.stripFinalStops(Names.display(w));
      Optional<Confusable> fake = url ? Optional.empty() : registry.confusable(w);
      boolean noName = NameText.cleanName(w).isEmpty();
      return new Unknown(display, fake, noName, noName ? null : Source.unknown(display));
    });
  }

  /**
   * What part p resolves to, for the prose check: its link's host, its URL's host, else {@link
   * #resolve}.
   */
  Optional<Resolution> resolveForProse(NotationRead r, Part p, String written) {
    Optional<Resolution> found = Optional.empty();
    String target = p.linkTarget == null ? null : NameText.addressWithoutHidden(p.linkTarget);
    if (target != null) {
      found = registry.resolveHost(target);
    }
    if (found.isEmpty()) {
      found = p.url ? registry.resolveHost(written) : resolve(r.s, p, written);
    }
    return found;
  }

  /** A registry name or alias, else {@code resolveExact} in strict mode and {@code resolve} otherwise. */
  private Optional<Resolution> resolve(String s, Part p, String written) {
    Resolution name = nameOf(s, p, p.nameStart(), p.nameEnd()); // written is that range
    return name != null ? Optional.of(name) : resolveFully(written);
  }

  private Optional<Resolution> resolveFully(String written) {
    return strict ? registry.resolveExact(written) : registry.resolve(written);
  }

  /**
   * The registry name or alias {@code s[start, end)} is, or null; for the whole of part p the answer
   * is kept in the part, since the split and the mention both ask for it.
   */
  Resolution nameOf(String s, Part p, int start, int end) {
    boolean whole = p.words() > 0 && start == p.wordStart(0) && end == p.wordEnd(p.words() - 1);
    if (whole && p.looked()) {
      return p.lookedUp();
    }
    Resolution found = names.name(s, start, end);
    if (whole) {
      p.lookedUp(found);
    }
    return found;
  }

  /** Whether a name is written as a domain: one word with a dot and a host's shape ({@code feely.com}). */
  static boolean isDomain(String written) {
    String w = written.strip();
    if (w.indexOf('.') <= 0 || w.length() > 253) {
      return false;
    }
    for (int i = 0; i < w.length(); i++) {
      if (Character.isWhitespace(w.charAt(i))) {
        return false;
      }
    }
    return Hosts.normalizeHost(w).isPresent();
  }

  /** Whether a name imitates a registry source ({@link SourceRegistry#confusable}). */
  boolean isConfusable(String written) {
    return registry.confusable(written).isPresent();
  }

  /** The registry name or alias {@code s[start, end)} is, or null. */
  Resolution nameOf(String s, int start, int end) {
    return names.name(s, start, end);
  }
}
