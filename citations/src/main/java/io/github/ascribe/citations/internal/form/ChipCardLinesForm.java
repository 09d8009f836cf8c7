package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.citations.internal.notation.ChipDates;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A source card pasted as lines: an answer engine's pop-up card of a chip, its "Show all" source
 * panel or its "Top stories" strip, copied with the answer. Each card is three lines: the site
 * (an outlet the registry knows, alone on its line), the story's title, and a line that starts with
 * a date or a relative time ({@code 30 Apr 2026}, {@code 3 hours ago}, {@code 18 Mar 2026 — The
 * airline said…}):
 *
 * <pre>{@code
 * Unions have called a strike for 3 April. The Guardian
 * Reuters
 * Norvik Air to cut 300 maintenance jobs
 * 18 Mar 2026 — The airline said the move would save…
 * }</pre>
 *
 * <p>Each of the three lines is skipped with a {@code skipped-text} note: the card is neither a claim
 * nor a source line of the paragraph above. Immutable and thread-safe.
 */
public final class ChipCardLinesForm implements FormRecognizer {

  /** The longest line read as a card's site. */
  static final int MAX_SITE = 60;
  /** The longest line read as a card's title. */
  static final int MAX_TITLE = 200;
  /** How many words at the start of the last line may make its date. */
  static final int DATE_WORDS = 4;

  @Override
  public AttributionForm form() {
    return AttributionForm.CHIP;
  }

  @Override
  public Anchor anchor() {
    return Anchor.PARAGRAPH;
  }

  @Override
  public Set<LexKind> triggers() {
    return Set.of(LexKind.WORD, LexKind.URL);
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    String s = in.text();
    Span line = in.range();
    if (line.length() > MAX_TITLE) {
      return List.of();
    }
    SourceRegistry registry = in.registry();
    Span prev = previousLine(s, line.start());
    Span next = nextLine(s, line.end());
    boolean card = isSite(s, line, registry) && isTitle(s, next, registry) && isDated(s, nextLine(s, end(next)))
        || isSite(s, prev, registry) && isTitle(s, line, registry) && isDated(s, next)
        || isTitle(s, prev, registry) && isDated(s, line) && isSite(s, previousLine(s, start(prev)), registry);
    if (!card) {
      return List.of();
    }
    return List.of(Recognized.of(AttributionForm.CHIP, "chip-card-line", line, List.of(), Reach.NONE)
        .withDiagnostics(List.of(WireText.skipped(s, line, "a line of a source card"))));
  }

  /** spec: the site line is one outlet or agency the registry knows, by name or domain, and nothing else. */
  static boolean isSite(String s, Span line, SourceRegistry registry) {
    if (line == null || line.length() > MAX_SITE) {
      return false;
    }
    Optional<Resolution> r = registry.resolveExact(line.text(s));
    return r.isPresent() && r.get().source().isMedia();
  }

  /** spec: the title line starts with a capital or a digit, is no heading, has no final full stop, and is no site. */
  static boolean isTitle(String s, Span line, SourceRegistry registry) {
    if (line == null || line.length() > MAX_TITLE || line.length() < 3) {
      return false;
    }
    char first = s.charAt(line.start());
    char last = s.charAt(line.end() - 1);
    return (Character.isUpperCase(first) || Character.isDigit(first)) && last != '.' && last != ':'
        && !isDated(s, line) && !isSite(s, line, registry);
  }

  /** spec: the last line starts with a date or a relative time, alone or before a dash and a snippet. */
  static boolean isDated(String s, Span line) {
    if (line == null) {
      return false;
    }
    int k = line.start();
    for (int words = 0; words < DATE_WORDS && k < line.end(); words++) {
      while (k < line.end() && !TextScan.isBlank(s.charAt(k))) {
        k++;
      }
      int e = TextScan.trimEnd(s, line.start(), k);
      if (ChipDates.isDate(s.substring(line.start(), e).replace(",", "")) && (k == line.end() || isDashAfter(s, k,
          line.end()))) {
        return true;
      }
      while (k < line.end() && TextScan.isBlank(s.charAt(k))) {
        k++;
      }
    }
    return false;
  }

  private static boolean isDashAfter(String s, int k, int end) {
    int i = WireText.skipBlanks(s, k, end);
    return i < end && (s.charAt(i) == '—' || s.charAt(i) == '–' || s.charAt(i) == '-' || s.charAt(i) == '·');
  }

  private static int start(Span line) {
    return line == null ? -1 : line.start();
  }

  private static int end(Span line) {
    return line == null ? -1 : line.end();
  }

  /** The line before the one starting at {@code at} (blank lines skipped, blanks trimmed), or null. */
  static Span previousLine(String s, int at) {
    int e = at;
    while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
      e--;
    }
    if (e == 0 || !hasBreak(s, e, at)) {
      return null;
    }
    int b = e;
    while (b > 0 && !isBreak(s.charAt(b - 1))) {
      b--;
    }
    while (b < e && TextScan.isBlank(s.charAt(b))) {
      b++;
    }
    return b < e ? Span.of(b, e) : null;
  }

  /** The line after the one ending at {@code at} (blank lines skipped, blanks trimmed), or null. */
  static Span nextLine(String s, int at) {
    if (at < 0 || at >= s.length()) {
      return null;
    }
    int b = at;
    while (b < s.length() && Character.isWhitespace(s.charAt(b))) {
      b++;
    }
    if (b >= s.length() || !hasBreak(s, at, b)) {
      return null;
    }
    int e = b;
    while (e < s.length() && !isBreak(s.charAt(e))) {
      e++;
    }
    e = TextScan.trimEnd(s, b, e);
    return e > b ? Span.of(b, e) : null;
  }

  private static boolean hasBreak(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isBreak(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }
}
