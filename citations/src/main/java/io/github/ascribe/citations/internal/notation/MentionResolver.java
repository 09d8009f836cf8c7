package io.github.ascribe.citations.internal.notation;

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
    if (p.linkTarget != null && !Names.hasHiddenCharacters(p.linkTarget)) {
      found = registry.resolveHost(p.linkTarget).orElse(null); // a target hiding characters is ignored
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
          found = resolveFully(written).orElse(null);
        }
      }
    }
    if (found != null && check && Names.hasHiddenCharacters(p.url ? NameText.rawHost(written) : written)) {
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

  /** What a name the registry does not know gives, by its text, worked out once per read. */
  private Unknown unknown(NotationRead r, String written, boolean url) {
    Map<String, Unknown> unknowns = url ? r.unknownUrls : r.unknownNames;
    return unknowns.computeIfAbsent(written, w -> {
      // the unknown source keeps the name as written (less invisible characters), so that writing it
      // back in canonical form reads the same way; a name hiding characters keeps them visible
      // ({U200B}), so that written back it cannot read as another name (a registry name, or a run of them);
      // so does a name with a control character inside a word, which dropped would join two words
      // into one that may read as prose ("re\0ported by")
      boolean hidden = Names.hasHiddenCharacters(w) || !url && NameText.hasControlInsideAWord(w);
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
    if (p.linkTarget != null && !Names.hasHiddenCharacters(p.linkTarget)) {
      found = registry.resolveHost(p.linkTarget);
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

  /** The registry name or alias {@code s[start, end)} is, or null. */
  Resolution nameOf(String s, int start, int end) {
    return names.name(s, start, end);
  }
}
