package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.internal.notation.Readings;
import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.citations.internal.source.SourceFinders;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Chips after a sentence's own end: the text after a stop reads as notation with a count ({@code
 * ... in May. Reuters +2}, glued {@code ...in May.Fortune+1Quartz +2}, with restatements {@code =FT}
 * and totals {@code =5}). A chip glued to a domain ({@code quarter.greekreporter.com+3}) or to an
 * abbreviation inside a name ({@code Wall St. Journal+3}) starts where the name does. Immutable and
 * thread-safe.
 */
public final class ChipForm implements FormRecognizer {

  /** How far back from a tail's end a chip may start. */
  static final int MAX_LENGTH = 400;

  /** The most words a chip's name glued to the word before it has. */
  static final int MAX_NAME_WORDS = 5;

  /** How far back {@link #stopBefore} looks for the stop before an abbreviation's. */
  static final int NAME_STOP_LOOKBACK = 40;

  @Override
  public AttributionForm form() {
    return AttributionForm.CHIP;
  }

  @Override
  public Anchor anchor() {
    return Anchor.SENTENCE_END;
  }

  @Override
  public Set<LexKind> triggers() {
    // a count is "+N", a count word ("others", "more"), or a character that folds to one
    return Set.of(LexKind.PLUS_COUNT, LexKind.WORD, LexKind.OTHER);
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    String s = in.text();
    int from = in.range().start();
    int e = TextScan.trimEnd(s, from, in.range().end());
    if (e <= from) {
      return List.of();
    }
    int start;
    if (TextScan.endsWithStop(s, from, e)) {
      // spec: the chip stands before the sentence's stop, or takes it in
      int reach = CountCues.reach(s, from, e - 1);
      start = start(in, from, e - 1, reach);
      if (start < 0) {
        start = start(in, from, e, reach < e - CountCues.MAX_CHIP_REACH ? -1 : reach);
      }
    } else {
      start = start(in, from, e, CountCues.reach(s, from, e));
    }
    if (start < 0) {
      start = gluedToWord(in, from, TextScan.endsWithStop(s, from, e) ? e - 1 : e);
    }
    return start < 0 ? List.of() : List.of(NotationHits.chip(in, Span.of(start, e)));
  }

  /**
   * spec: a chip glued to the last word of its sentence ({@code …out of the pay talksReuters +1}):
   * it starts at the capital after two lower-case letters inside that word, and reads as a chip
   * whose first name, from there, is a media source the registry knows; -1 if there is none.
   */
  static int gluedToWord(FormInput in, int from, int e) {
    String s = in.text();
    int plus = e - 1;
    while (plus > from && Character.isDigit(s.charAt(plus))) {
      plus--;
    }
    if (plus <= from || plus == e - 1 || s.charAt(plus) != '+' && s.charAt(plus) != '＋') {
      return -1;
    }
    int word = TextScan.trimEnd(s, from, plus);
    int k = word;
    for (int words = 0; k > from && words < MAX_NAME_WORDS && word - k < MAX_LENGTH; k--) {
      char c = s.charAt(k - 1);
      if (TextScan.isBlank(c)) {
        words++;
        continue;
      }
      int g = TextScan.glueAt(s, from, k);
      if (g < 0) {
        continue;
      }
      Optional<NotationResult> r = in.notationUnlessProse(g, e);
      if (r.isPresent() && isChip(r.get()) && Readings.first(r.get()).span().start() == 0
          && Readings.first(r.get()).match().isResolved() && Readings.first(r.get()).source().isMedia()) {
        return g;
      }
    }
    return -1;
  }

  /** Where the chip ending at {@code e} whose tail reaches back to {@code reach} starts, or -1. */
  private static int start(FormInput in, int from, int e, int reach) {
    String s = in.text();
    for (int i = Math.min(e - 1, reach); i > from && e - i < MAX_LENGTH; i--) {
      char c = s.charAt(i - 1);
      if (!isStop(c) || isBlank(s, i, e)) {
        continue;
      }
      Optional<NotationResult> r = in.notationUnlessProse(i, e);
      if (r.isPresent() && isChip(r.get())) {
        if (c == '.' && i >= 2 && Character.isLetterOrDigit(s.charAt(i - 2))) {
          int host = hostChip(in, from, i, e, r.get());
          if (host >= 0) {
            return host;
          }
        }
        return i;
      }
    }
    return -1;
  }

  private static boolean isBlank(String s, int from, int to) {
    for (int k = from; k < to; k++) {
      if (!Character.isWhitespace(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isChip(NotationResult r) {
    return r.isNotation() && Readings.counted(r) && Readings.any(r);
  }

  /**
   * A chip glued after a sentence may be a domain: in {@code quarter.greekreporter.com+3} the last
   * full stop is the domain's own. Looking further back in the run of host characters, the first
   * stop whose tail reads as a chip starting with a known source across the dot is where the chip
   * begins. A run glued to the count of the chip before it ({@code FAZ+3lapresse.ca+2}) is a domain
   * from its first letter; a known name may hold an abbreviation's stop ({@code Wall St.
   * Journal+3}). -1 if there is none.
   */
  private static int hostChip(FormInput in, int from, int i, int e, NotationResult after) {
    String s = in.text();
    SourceMention first = Readings.first(after);
    boolean unresolvedStart = first.span().start() == 0 && !first.match().isResolved();
    int j = i - 2;
    for (; j > from && e - j < MAX_LENGTH && isHostCharacter(s.charAt(j - 1)); j--) {
      if (!unresolvedStart || s.charAt(j - 1) != '.') {
        continue;
      }
      if (across(in, j, e, i - 1, true)) {
        return withWww(in, from, j, e);
      }
    }
    if (!first.match().isResolved()) {
      int initialism = initialismStart(s, from, i);
      if (initialism >= 0 && e - initialism < MAX_LENGTH && across(in, initialism, e, i - 1, true)) {
        return initialism; // spec: "this year.L.A. Times +3": the name holds an initialism's points
      }
      int before = stopBefore(s, from, i - 1);
      if (before >= 0 && e - before < MAX_LENGTH && across(in, before, e, i - 1, true)) {
        return before;
      }
    }
    int k = afterCount(s, from, j, i - 1);
    return k >= 0 && e - k < MAX_LENGTH && across(in, k, e, i - 1, false) ? k : -1;
  }

  /** {@code start}, or the start of a {@code www.} right before it after a stop ({@code region.www.bbc.co.uk+2}). */
  private static int withWww(FormInput in, int from, int start, int e) {
    String s = in.text();
    int w = start - 4;
    if (w - 1 <= from || !isStop(s.charAt(w - 1)) || !TextScan.isAt(s, w, "www.")) {
      return start;
    }
    return across(in, w, e, start - 1, true) ? w : start;
  }

  /**
   * Whether {@code s[start, e)} reads as a chip whose first name runs across the full stop at
   * {@code dot} (and, with {@code known}, is a registry source).
   */
  private static boolean across(FormInput in, int start, int e, int dot, boolean known) {
    Optional<NotationResult> r = in.notationUnlessProse(start, e);
    if (r.isEmpty() || !isChip(r.get())) {
      return false;
    }
    SourceMention first = Readings.first(r.get());
    boolean spans = first.span().start() == 0 && first.span().end() > dot - start;
    return spans && (!known || first.match().isResolved());
  }

  /** A character that may end the sentence a chip follows. */
  private static boolean isStop(char c) {
    return c == '.' || c == '!' || c == '?' || c == '”' || c == '"' || c == '…';
  }

  /**
   * Where an initialism of two or more capitals with points that ends at {@code i} ({@code L.A.})
   * starts, when a stop comes right before it ({@code year.L.A.}); else -1.
   */
  static int initialismStart(String s, int from, int i) {
    int k = i;
    while (k - 2 >= from && s.charAt(k - 1) == '.' && Character.isUpperCase(s.charAt(k - 2))) {
      k -= 2;
    }
    return i - k >= 4 && k - 1 > from && isStop(s.charAt(k - 1)) ? k : -1;
  }

  /** The index after the nearest stop before {@code dot}, at most {@link #NAME_STOP_LOOKBACK} back, or -1. */
  static int stopBefore(String s, int from, int dot) {
    for (int k = dot; k > from && dot - k <= NAME_STOP_LOOKBACK; k--) {
      if (isStop(s.charAt(k - 1))) {
        return k;
      }
    }
    return -1;
  }

  /**
   * Where a domain glued to a chip count starts: if the run of host characters from {@code j} is a
   * count's digits right after {@code +} ({@code +3lapresse}), the letter after them, else -1.
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

  /** A letter, digit, hyphen or full stop: what a domain name is written with. */
  static boolean isHostCharacter(char c) {
    return c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '.');
  }
}
