package io.github.ascribe.citations.internal;

import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.Optional;

/**
 * Finds attribution-only text at the end of a sentence: numbered markers, link citations, labels such
 * as {@code (dpa)}, and chips glued after the sentence ({@code ...in May.Fortune+1Quartz +2}).
 * Each finder looks at the end of {@code [from, to)} and returns where the trailer starts, or -1.
 */
final class Trailers {

  enum Kind { MARKER, LINK, LABEL, CHIP }

  /**
   * A trailer found at the end of a sentence.
   *
   * @param kind what it is
   * @param span where it is
   * @param parsedText the notation read to find it, or null
   * @param parsed what reading {@code parsedText} gave, or null: reading it again gives the same
   */
  record Trailer(Kind kind, Span span, String parsedText, NotationResult parsed) {
    Trailer(Kind kind, Span span) {
      this(kind, span, null, null);
    }

    /** The notation read from {@code text}: the one already read if it is the same text. */
    NotationResult read(NotationReader notation, String text) {
      return text.equals(parsedText) ? parsed : notation.read(text);
    }
  }

  /** How far back from a tail's end {@link #countReach} looks. */
  static final int MAX_CHIP_REACH = 401;

  private final NotationReader notation;
  private final SourceRegistry registry;
  private final NotationPrefilter prefilter;

  Trailers(NotationReader notation, SourceRegistry registry, NotationPrefilter prefilter) {
    this.notation = notation;
    this.registry = registry;
    this.prefilter = prefilter;
  }

  /**
   * The last trailer ending at {@code to} (after trimming), or null.
   *
   * @param s the text
   * @param from where the sentence starts
   * @param to where it ends
   * @param reads notation already read from ranges of {@code s}, or null
   * @return the trailer, or null
   */
  Trailer last(String s, int from, int to, RangeReads reads) {
    int e = trimEnd(s, from, to);
    if (e <= from) {
      return null;
    }
    char last = s.charAt(e - 1);
    if ((last == '.' || last == '!' || last == '?') && e - 1 > from) {
      // "... quarter (dpa)." / "... trials[1]." : the trailer sits before the full stop
      Trailer before = markedUp(s, from, e - 1);
      int reach = -1;
      if (before == null) {
        reach = countReach(s, from, e - 1);
        before = chipTrailer(s, from, e - 1, reach, reads);
      }
      if (before != null) {
        return new Trailer(before.kind(), Span.of(before.span().start(), e), before.parsedText(), before.parsed());
      }
      // No marker, link or label ends with a stop; and the stop is no cue, so the scan for a count
      // from e finds what the scan from e - 1 found, within its own bound.
      return chipTrailer(s, from, e, reach < e - MAX_CHIP_REACH ? -1 : reach, reads);
    }
    Trailer t = markedUp(s, from, e);
    return t != null ? t : chipTrailer(s, from, e, countReach(s, from, e), reads);
  }

  /** A marker, link or label ending at {@code e}, or null. */
  private Trailer markedUp(String s, int from, int e) {
    int m = marker(s, from, e);
    if (m >= 0) {
      return new Trailer(Kind.MARKER, Span.of(m, e));
    }
    int link = link(s, from, e);
    if (link >= 0 && !mayHoldCount(s, link, e)) {
      return new Trailer(Kind.LINK, Span.of(link, e)); // no count, so no chip: read once, when it is kept
    }
    if (link >= 0) {
      String inner = s.substring(link, e);
      String read = inner.startsWith("(") ? inner.substring(1, inner.length() - 1) : inner;
      NotationResult r = notation.read(read);
      boolean chip = Readings.counted(r);
      return new Trailer(chip ? Kind.CHIP : Kind.LINK, Span.of(link, e), read, r);
    }
    int label = label(s, from, e);
    if (label >= 0) {
      return new Trailer(Kind.LABEL, Span.of(label, e));
    }
    return null;
  }

  /** The last {@code c} at or before {@code at} and not before {@code limit}, or -1: a bounded search. */
  static int lastIndexOf(String s, char c, int at, int limit) {
    for (int i = Math.min(at, s.length() - 1); i >= limit && i >= 0; i--) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /** The first {@code c} at or after {@code at} and before {@code limit}, or -1: a bounded search. */
  static int indexOf(String s, char c, int at, int limit) {
    for (int i = Math.max(at, 0); i < limit && i < s.length(); i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  static int trimEnd(String s, int from, int to) {
    int e = to;
    while (e > from && Character.isWhitespace(s.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** {@code [1]}, {@code [2][3]}, {@code [1, 3]}, {@code [1-3]}, {@code [^1]}, superscript digits. */
  static int marker(String s, int from, int e) {
    int start = -1;
    int k = e;
    while (k > from) {
      char c = s.charAt(k - 1);
      if (isSuperscriptDigit(c)) {
        int j = k;
        while (j > from && isSuperscriptDigit(s.charAt(j - 1))) {
          j--;
        }
        start = j;
        k = j;
        continue;
      }
      if (c != ']') {
        break;
      }
      int open = lastIndexOf(s, '[', k - 1, Math.max(from, k - 25));
      if (open < from || !isMarkerBody(s, open + 1, k - 1)) {
        break;
      }
      start = open;
      k = open;
    }
    return start;
  }

  static boolean isMarkerBody(String s, int a, int b) {
    if (a < b && s.charAt(a) == '^') {
      a++;
    }
    boolean digit = false;
    for (int i = a; i < b; i++) {
      char c = s.charAt(i);
      if (Character.isDigit(c)) {
        digit = true;
      } else if (c != ',' && c != ' ' && c != '-' && c != '–') {
        return false;
      }
    }
    return digit;
  }

  static boolean isSuperscriptDigit(char c) {
    return c == '¹' || c == '²' || c == '³' || (c >= '⁰' && c <= '⁹' && c != 'ⁱ' && c != '⁲' && c != '⁳');
  }

  /** {@code [text](url)}, {@code ([text](url))}, {@code (https://...)}. */
  int link(String s, int from, int e) {
    int end = e;
    boolean wrapped = false;
    if (s.charAt(end - 1) == ')' && end - 2 > from && s.charAt(end - 2) == ')') {
      wrapped = true; // "([politico.eu](https://...))"
      end--;
    }
    if (s.charAt(end - 1) != ')') {
      return -1;
    }
    int depth = 0;
    int open = -1;
    for (int i = end - 1; i >= from && end - i < 2048; i--) {
      char c = s.charAt(i);
      if (c == ')') {
        depth++;
      } else if (c == '(') {
        depth--;
        if (depth == 0) {
          open = i;
          break;
        }
      }
    }
    if (open < 0) {
      return -1;
    }
    String target = s.substring(open + 1, end - 1);
    if (!(target.startsWith("http://") || target.startsWith("https://") || target.startsWith("www."))) {
      return -1;
    }
    int start = open;
    if (open > from && s.charAt(open - 1) == ']') {
      int bracket = lastIndexOf(s, '[', open - 1, Math.max(from, open - 200));
      if (bracket < from) {
        return -1;
      }
      start = bracket;
    }
    if (wrapped) {
      if (start - 1 < from || s.charAt(start - 1) != '(') {
        return -1;
      }
      start--;
    }
    return start;
  }

  /**
   * Typographic punctuation that neither the lexer nor name normalisation turns into a letter, a digit
   * or a plus: curly quotes, dashes, the ellipsis, guillemets and the no-break space.
   */
  private static boolean isPlainPunctuation(char c) {
    return c == '“' || c == '”' || c == '‘' || c == '’' || c == '—' || c == '–' || c == '…' || c == '«'
        || c == '»' || c == '\u00A0';
  }

  /** {@code (dpa)}, {@code (Reuters)} at the end: a short parenthesis that is exactly a registry name. */
  int label(String s, int from, int e) {
    if (s.charAt(e - 1) != ')') {
      return -1;
    }
    int open = lastIndexOf(s, '(', e - 1, Math.max(from, e - 60));
    if (open < from) {
      return -1;
    }
    Optional<Resolution> r = registry.resolveExact(s.substring(open + 1, e - 1));
    return r.isPresent() && r.get().source().isMedia() ? open : -1;
  }

  /**
   * Chips after the sentence's own end: the text after the last terminator before {@code e} reads as
   * notation with chip syntax ({@code .Fortune+1Quartz +2}), or a link chip starts after a letter
   * ({@code a record[espn+3](...)}).
   */
  int chip(String s, int from, int e) {
    Trailer t = chipTrailer(s, from, e, countReach(s, from, e), null);
    return t == null ? -1 : t.span().start();
  }

  /**
   * Where a tail ending at {@code e} must reach back to for a chip: the last cue for a count or
   * other character no further than {@link #MAX_CHIP_REACH} back, or -1 if there is none.
   */
  static int countReach(String s, int from, int e) {
    // A chip needs a count: "+N" (PLUS_COUNT) or a count phrase ("and 3 others", "+3 more"). In a
    // tail of ASCII (without controls) and common typographic punctuation, that means '+' and a
    // digit, or "other" or "more" in some case. Only a tail that reaches back to the last such cue,
    // or to the last other character, can hold a chip: one backward scan finds where that is.
    for (int k = e - 1; k >= Math.max(from, e - MAX_CHIP_REACH); k--) {
      if (isCountCue(s, k, e)) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Whether notation read from {@code s[from, to)} may hold a count (have an entry with a count
   * above zero): whether a cue for one ({@link #countReach}) is anywhere in it.
   */
  static boolean mayHoldCount(String s, int from, int to) {
    for (int k = to - 1; k >= from; k--) {
      if (isCountCue(s, k, to)) {
        return true;
      }
    }
    return false;
  }

  /** Whether a cue for a count that ends by {@code e}, or another character, is at {@code k}. */
  private static boolean isCountCue(String s, int k, int e) {
    char c = s.charAt(k);
    boolean other = c >= 0x7F ? !isPlainPunctuation(c) : c < 0x20 && !Character.isWhitespace(c);
    return other // a control may hide inside a word; other characters may fold to a letter, digit or plus
        || (c == '+' && k + 1 < e && s.charAt(k + 1) >= '0' && s.charAt(k + 1) <= '9')
        || (c == 'o' || c == 'O') && e - k >= 5 && isAt(s, k, "other")
        || (c == 'm' || c == 'M') && e - k >= 4 && isAt(s, k, "more");
  }

  /**
   * Whether {@code word} (lowercase ASCII letters) is at {@code k} in either case: for the letters of
   * {@code other} and {@code more}, {@link String#regionMatches(boolean, int, String, int, int)} takes
   * only the letter itself in either case for each, so this is that test without its case mapping.
   */
  static boolean isAt(String s, int k, String word) {
    for (int j = 0; j < word.length(); j++) {
      if ((s.charAt(k + j) | 0x20) != word.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /** The chip ending at {@code e} whose tail reaches back to {@code reach} ({@link #countReach}), or null. */
  private Trailer chipTrailer(String s, int from, int e, int reach, RangeReads reads) {
    for (int i = Math.min(e - 1, reach); i > from && e - i < 400; i--) {
      char c = s.charAt(i - 1);
      if (isStop(c)) {
        RangeReads.Read known = reads == null ? null : reads.get(s, i, e);
        String tail;
        NotationResult r;
        if (known != null) {
          tail = known.text(); // read already, where the prefilter let it through
          r = known.result();
        } else {
          if (!prefilter.mayBeNotation(s, i, e)) {
            continue; // prose: readUnlessProse would say null
          }
          tail = s.substring(i, e);
          if (tail.isBlank()) {
            continue;
          }
          r = notation.readUnlessProse(tail); // not null: equals read(tail)
        }
        if (isChip(r)) {
          if (c == '.' && i >= 2 && Character.isLetterOrDigit(s.charAt(i - 2))) {
            Trailer host = hostChip(s, from, i, e, r);
            if (host != null) {
              return host;
            }
          }
          return new Trailer(Kind.CHIP, Span.of(i, e), tail, r);
        }
      }
    }
    return null;
  }

  private static boolean isChip(NotationResult r) {
    return r != null && r.isNotation() && Readings.counted(r) && Readings.any(r);
  }

  private static boolean startsUnresolved(NotationResult r) {
    SourceMention first = Readings.first(r);
    return first.span().start() == 0 && !first.match().isResolved();
  }

  /**
   * A chip glued after a sentence may be a domain: in {@code quarter.greekreporter.com+3} the last
   * full stop before the chip is the domain's own, and the tail after it ({@code com+3}) names
   * nothing. Looking further back in the same run of non-space characters, the first earlier stop
   * whose tail reads as a chip starting with a known source ({@code greekreporter.com+3}) is where
   * the chip begins. A run of host characters glued to the count of the chip before it
   * ({@code FAZ+3lapresse.ca+2}, {@code +2lapresse.tn +1}) is a domain from its first letter, even
   * when the part after its last dot is itself a name ({@code TN}). And a known name may hold an
   * abbreviation's stop ({@code Wall St. Journal+3}): the chip then starts at the stop before it.
   * Null if there is none.
   *
   * @param after the chip read after the last stop: only if it starts with an unknown name may an
   *     earlier stop start the chip
   */
  private Trailer hostChip(String s, int from, int i, int e, NotationResult after) {
    boolean unresolvedStart = startsUnresolved(after);
    int j = i - 2;
    for (; j > from && e - j < 400 && isHostCharacter(s.charAt(j - 1)); j--) {
      if (!unresolvedStart || s.charAt(j - 1) != '.') {
        continue;
      }
      Trailer chip = chipAcross(s, j, e, i - 1, true);
      if (chip != null) {
        return withWww(s, from, j, e, chip);
      }
    }
    if (!Readings.first(after).match().isResolved()) {
      // "Wall St. Journal+3": the stop of an abbreviation inside a known name; the chip starts at the
      // stop before it, if the name read from there runs across this one
      int before = stopBefore(s, from, i - 1);
      Trailer chip = before >= 0 && e - before < 400 ? chipAcross(s, before, e, i - 1, true) : null;
      if (chip != null) {
        return chip;
      }
    }
    // "FAZ+3lapresse.ca+2": the domain is glued to the count of the chip before it, so it is a name
    // from its first letter, known to the registry or not
    int k = afterCount(s, from, j, i - 1);
    return k >= 0 && e - k < 400 ? chipAcross(s, k, e, i - 1, false) : null;
  }

  /**
   * {@code chip}, found at {@code start}, or the chip from its {@code www.} if one is right before it
   * after a stop ({@code region.www.bbc.co.uk+2}): the {@code www.} belongs to the domain, not to the
   * sentence before it.
   */
  private Trailer withWww(String s, int from, int start, int e, Trailer chip) {
    int w = start - 4;
    if (w - 1 <= from || !isStop(s.charAt(w - 1)) || !isAt(s, w, "www.")) {
      return chip;
    }
    Trailer longer = chipAcross(s, w, e, start - 1, true);
    return longer != null ? longer : chip;
  }

  /**
   * The chip {@code s[start, e)}, if it reads as one whose first name runs across the full stop at
   * {@code dot} (and, with {@code known}, is a registry source); else null.
   */
  private Trailer chipAcross(String s, int start, int e, int dot, boolean known) {
    if (!prefilter.mayBeNotation(s, start, e)) {
      return null; // prose: readUnlessProse would say null
    }
    String tail = s.substring(start, e);
    NotationResult r = notation.readUnlessProse(tail);
    boolean across = isChip(r) && (known ? namesHostAcross(r, dot - start) : spansAcross(r, dot - start));
    return across ? new Trailer(Kind.CHIP, Span.of(start, e), tail, r) : null;
  }

  /** A character that may end the sentence a chip follows. */
  private static boolean isStop(char c) {
    return c == '.' || c == '!' || c == '?' || c == '”' || c == '"' || c == '…';
  }

  /** How far back {@link #stopBefore} looks for the stop before an abbreviation's. */
  static final int NAME_STOP_LOOKBACK = 40;

  /**
   * The index after the nearest sentence stop before {@code dot} and after {@code from}, at most
   * {@link #NAME_STOP_LOOKBACK} characters back, or -1.
   */
  static int stopBefore(String s, int from, int dot) {
    for (int k = dot; k > from && dot - k <= NAME_STOP_LOOKBACK; k--) {
      if (isStop(s.charAt(k - 1))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Where a domain glued to a chip count starts: {@code j} is where the run of host characters
   * before the dot at {@code dot} begins; if that run is a count's digits right after {@code +}
   * ({@code +3lapresse}), the index of the letter after the digits, else -1.
   */
  static int afterCount(String s, int from, int j, int dot) {
    if (j - 1 <= from || (s.charAt(j - 1) != '+' && s.charAt(j - 1) != '＋')) {
      return -1;
    }
    int k = j;
    while (k < dot && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
      k++;
    }
    return k > j && k < dot && Character.isLetter(s.charAt(k)) ? k : -1;
  }

  /** Whether the notation starts with a name, known or not, that runs across the full stop at {@code dot}. */
  static boolean spansAcross(NotationResult r, int dot) {
    SourceMention first = Readings.first(r);
    return first.span().start() == 0 && first.span().end() > dot;
  }

  /** A letter, digit, hyphen or full stop: what a domain name is written with. */
  static boolean isHostCharacter(char c) {
    return c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.');
  }

  /** Whether the notation starts with a known source whose name runs across the full stop at {@code dot}. */
  static boolean namesHostAcross(NotationResult r, int dot) {
    return spansAcross(r, dot) && Readings.first(r).match().isResolved();
  }
}
