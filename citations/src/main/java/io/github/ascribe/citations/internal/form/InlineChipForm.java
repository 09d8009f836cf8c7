package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.citations.internal.notation.ChipDates;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A chip in the middle of a sentence, as answer engines paste them where the link stood: {@code
 * ...last year Reuters+1 and expects...}, {@code ...in May The Guardian +1 after a refit...}, {@code
 * ...a Spanish maker Reuters · 2026-04-14 and will...}. The name must be a media source the registry
 * knows, followed by a count (closed by a blank, or by a comma or semicolon and a blank: {@code
 * ...on Sundays BBC +1, and on holidays...}) or by {@code ·} and a date; a bare name in running text
 * is prose, not a chip. It covers its sentence. Immutable and thread-safe.
 */
public final class InlineChipForm implements FormRecognizer {

  /** The most words a chip's name has. */
  static final int MAX_NAME_WORDS = 5;
  /** The largest count read. */
  private static final int MAX_COUNT = 9999;

  @Override
  public AttributionForm form() {
    return AttributionForm.CHIP;
  }

  @Override
  public Anchor anchor() {
    return Anchor.INLINE;
  }

  @Override
  public Set<LexKind> triggers() {
    return Set.of(LexKind.PLUS_COUNT, LexKind.SEPARATOR, LexKind.OTHER);
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    String s = in.text();
    int from = in.range().start();
    int end = in.range().end();
    List<Recognized> found = new ArrayList<>();
    for (int i = from + 1; i < end; i++) {
      char c = s.charAt(i);
      Recognized r = c == '+' ? counted(in, from, end, i) : c == '·' ? dated(in, from, end, i) : null;
      if (r != null) {
        found.add(r);
        i = r.span().end();
      }
    }
    return found;
  }

  /** spec: "Name+N" or "Name +N" followed by more of the sentence. */
  private static Recognized counted(FormInput in, int from, int end, int plus) {
    String s = in.text();
    int k = plus + 1;
    long n = 0;
    while (k < end && Character.isDigit(s.charAt(k)) && n <= MAX_COUNT) {
      n = n * 10 + (s.charAt(k) - '0');
      k++;
    }
    // spec: "BBC +1, and on holidays": a comma or semicolon then a blank may close the count
    int after = k < end && (s.charAt(k) == ',' || s.charAt(k) == ';') ? k + 1 : k;
    if (k == plus + 1 || n == 0 || n > MAX_COUNT || after >= end || !TextScan.isBlank(s.charAt(after))) {
      return null; // spec: "+1.8%" is a market move, not a count; a count at the sentence end is read as a trailing chip
    }
    Optional<SourceMention> name = nameBefore(in, from, TextScan.trimEnd(s, from, plus));
    if (name.isEmpty()) {
      return null;
    }
    SourceMention m = name.get();
    return Recognized.of(AttributionForm.CHIP, "chip-inline", Span.of(m.span().start(), datedEnd(s, k, end)),
        List.of(m), Reach.SENTENCE).withCounts((int) n, OptionalInt.empty());
  }

  /** spec: "Name · DATE" followed by more of the sentence. */
  private static Recognized dated(FormInput in, int from, int end, int dot) {
    String s = in.text();
    int dateEnd = datedEnd(s, dot - 1, end);
    if (dateEnd <= dot || dateEnd >= end) {
      return null;
    }
    Optional<SourceMention> name = nameBefore(in, from, TextScan.trimEnd(s, from, dot));
    return name.map(m -> Recognized.of(AttributionForm.CHIP, "chip-inline", Span.of(m.span().start(), dateEnd),
        List.of(m), Reach.SENTENCE)).orElse(null);
  }

  /** The end of " · DATE" at {@code k} (one to four words), or {@code k} if there is none. */
  private static int datedEnd(String s, int k, int end) {
    int i = WireText.skipBlanks(s, k, end);
    if (i >= end || s.charAt(i) != '·') {
      return k;
    }
    int start = WireText.skipBlanks(s, i + 1, end);
    int best = k;
    int j = start;
    for (int words = 0; words < 4 && j < end; words++) {
      while (j < end && !TextScan.isBlank(s.charAt(j))) {
        j++;
      }
      int e = TextScan.trimEnd(s, start, j);
      if (e > start && ChipDates.isDate(s.substring(start, e).replace(",", ""))) {
        best = e;
      }
      j = WireText.skipBlanks(s, j, end);
    }
    return best;
  }

  /** The last place inside the word at {@code k} where a capital is glued after two lower-case letters, or -1. */
  private static int gluedInside(String s, int k, int limit) {
    int found = -1;
    for (int i = k + 2; i < limit && !TextScan.isBlank(s.charAt(i)); i++) {
      if (TextScan.glueAt(s, k, i) >= 0) {
        found = i;
      }
    }
    return found;
  }

  /** The longest run of one to five words ending at {@code nameEnd} that names a known media source. */
  private static Optional<SourceMention> nameBefore(FormInput in, int from, int nameEnd) {
    String s = in.text();
    int start = nameEnd;
    Optional<SourceMention> best = Optional.empty();
    for (int words = 0; words < MAX_NAME_WORDS && start > from; words++) {
      int k = start;
      while (k > from && TextScan.isBlank(s.charAt(k - 1))) {
        k--;
      }
      while (k > from && !TextScan.isBlank(s.charAt(k - 1))) {
        k--;
      }
      if (k == start || !WireText.isCapitalised(s, k) && !Character.isLetter(s.charAt(k))) {
        break;
      }
      start = k;
      Optional<SourceMention> m = WireText.media(s, start, nameEnd, in.registry());
      if (m.isPresent()) {
        best = m;
      }
      int glued = gluedInside(s, start, nameEnd);
      if (glued > start) {
        // spec: a chip glued to the word before it ("talksReuters+1 and") starts at its capital
        Optional<SourceMention> g = WireText.media(s, glued, nameEnd, in.registry());
        return g.isPresent() ? g : best;
      }
    }
    return best;
  }
}
