package io.github.ascribe.citations.internal.notation;

import io.github.ascribe.citations.NotationEntry;
import io.github.ascribe.citations.Verdict;
import io.github.ascribe.citations.internal.source.Lexicon;
import io.github.ascribe.core.MatchKind;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.text.Names;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The verdict stage: whether a read text is notation at all. The rules, in precedence order:
 * <ol>
 *   <li>no names: notation only if there are counts and some attribution syntax ({@code counts-only}),
 *       else {@code no-names};
 *   <li>any unresolved name that reads as prose (more than six words, or a lowercase word that is no
 *       particle): not notation ({@code prose});
 *   <li>unresolved places or people's names, when no name is known, or without syntax when they are
 *       at least as many as the known ones: not notation ({@code places}, {@code people});
 *   <li>attribution syntax, by precedence link chip, chip, declared total or restatement, lead-in:
 *       notation ({@code link-chip}, {@code chip-syntax}, {@code declared-total}, {@code lead-in});
 *   <li>every name known ({@code all-names-known}), or at least half of them ({@code mostly-known}):
 *       notation; else {@code unknown-names}.
 * </ol>
 * Holds only configuration: thread-safe.
 */
final class VerdictRules {

  /** Words that do not make a name look like prose even when lowercase. */
  private static final Set<String> PARTICLES = Set.of("of", "the", "de", "la", "le", "les", "du", "des", "del",
      "da", "di", "do", "dos", "von", "van", "der", "den", "die", "das", "al", "el", "y", "i", "e", "et", "and",
      "am", "im", "on", "for", "en", "in", "og", "och", "a", "an", "&");

  private final Lexicon lexicon;
  private final MentionResolver resolver;
  private final NameSegmenter segmenter;

  VerdictRules(Lexicon lexicon, MentionResolver resolver, NameSegmenter segmenter) {
    this.lexicon = lexicon;
    this.resolver = resolver;
    this.segmenter = segmenter;
  }

  /** The verdict on the items of a read, given the attribution syntax it showed. */
  Verdict verdict(List<NotationEntry> entries, boolean leadIn, boolean totalSyntax, boolean chipSyntax,
      boolean linkChip) {
    int names = 0;
    int known = 0;
    int places = 0;
    int people = 0;
    int prose = 0;
    for (NotationEntry entry : entries) {
      for (SourceMention m : entry.mentions()) {
        names++;
        if (m.match().isResolved() || m.match().kind() == MatchKind.CONFUSABLE) {
          known++; // spec: a look-alike of a registry name is written as a source name (and warned about)
          continue;
        }
        String key = Names.normalize(m.text());
        String[] words = key.split(" ");
        if (lexicon.isPlace(key)) {
          places++;
        } else if (looksLikeProse(m.text(), words.length)) {
          prose++;
        } else if (words.length >= 2 && words.length <= 3 && lexicon.isFirstName(words[0])
            && Character.isUpperCase(Names.display(m.text()).codePointAt(0))) {
          people++;
        }
      }
    }
    boolean syntax = chipSyntax || totalSyntax || leadIn || linkChip;
    if (names == 0) {
      boolean counts = !entries.isEmpty();
      return new Verdict(counts && syntax, counts ? "counts-only" : "no-names",
          counts ? "only unnamed-source counts" : "no source names found");
    }
    if (prose > 0) {
      return new Verdict(false, "prose", prose + " of " + names + " items read as prose, not names");
    }
    if (places + people > 0 && (known == 0 || (!syntax && places + people >= known))) {
      return places >= people
          ? new Verdict(false, "places", places + " of " + names + " items are places, not outlets")
          : new Verdict(false, "people", people + " of " + names + " items are people's names, not outlets");
    }
    if (syntax) {
      String reason = linkChip ? "link-chip" : chipSyntax ? "chip-syntax" : totalSyntax ? "declared-total" : "lead-in";
      return new Verdict(true, reason, "attribution syntax (" + reason + ") with " + known + " of " + names
          + " names known");
    }
    if (known == names) {
      return new Verdict(true, "all-names-known", "all " + names + " names are known sources");
    }
    if (known > 0 && known * 2 >= names) {
      return new Verdict(true, "mostly-known", known + " of " + names + " names are known sources");
    }
    return new Verdict(false, "unknown-names", "only " + known + " of " + names + " names are known sources");
  }

  /**
   * Whether some NAME part would become an unresolved mention that {@link #verdict} counts as
   * prose; runs before the names are split, so a part counts only if it does not split into
   * registry names. Decides as the mention and the verdict do, and stops at the first prose item.
   */
  boolean anyNameReadsAsProse(NotationRead r) {
    for (Part p : r.parts) {
      if (readsAsProse(r, p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether part p is a NAME that would become an unresolved mention that {@link #verdict} counts
   * as prose, as {@link #anyNameReadsAsProse} decides it for each part.
   */
  boolean readsAsProse(NotationRead r, Part p) {
    if (p.kind != Part.Kind.NAME) {
      return false;
    }
    int start = p.nameStart();
    int end = p.nameEnd();
    int words = NameText.asciiKeyWords(r.s, start, end); // the key is made only if it is needed
    if (words >= 0 && words < 2) {
      return false; // a name of one word never reads as prose
    }
    String written = p.written(r.s, start, end);
    if (ChipDates.isDate(written)) {
      return false; // spec: "Reuters +1 · 3 days ago": a chip's date is no prose (and no source)
    }
    String key = words < 0 ? Names.normalize(written) : null;
    if (!looksLikeProse(written, words < 0 ? NameText.splitCount(key) : words)
        || lexicon.isPlace(key != null ? key : Names.normalize(written))) {
      return false;
    }
    Optional<Resolution> found = resolver.resolveForProse(r, p, written);
    // a look-alike (hidden characters, or a confusable skeleton) counts as a known name in the verdict
    boolean unresolvedMention = found.isEmpty() && !NameText.cleanName(written).isEmpty()
        && !resolver.isConfusable(written);
    return unresolvedMention && segmenter.split(r, p) == null;
  }

  /**
   * spec: a name of {@code normalizedWords} words reads as prose when it has more than six words,
   * or a word of its display form starts lowercase and is no particle.
   */
  private static boolean looksLikeProse(String written, int normalizedWords) {
    if (normalizedWords > 6) {
      return true;
    }
    if (normalizedWords < 2) {
      return false;
    }
    String d = Names.display(written);
    int n = d.length();
    for (int a = 0; a < n; ) {
      int b = d.indexOf(' ', a);
      if (b < 0) {
        b = n;
      }
      if (b > a && Character.isLowerCase(d.codePointAt(a))
          && !PARTICLES.contains(d.substring(a, b).toLowerCase(Locale.ROOT))) {
        return true;
      }
      a = b + 1;
    }
    return false;
  }
}
