package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A wire dateline opening a paragraph, in the variants the agencies write: {@code BRUSSELS (Reuters)
 * -}, {@code LONDON, March 3 (Reuters) -}, {@code Washington (AFP) –}, {@code Wiesbaden/Berlin (dpa)
 * -}, {@code Madrid, 3 mar (EFE).-}, {@code Canadian Press - VANCOUVER (CP) -} (the agency before the
 * place) and {@code (ANSA) - ROMA, 3 MAR -} (the agency first). It covers the story: every claim from
 * here to the next dateline or heading. Immutable and thread-safe.
 */
public final class DatelineForm implements FormRecognizer {

  /** The longest place-and-date part. */
  private static final int MAX_PLACE = 80;
  /** The longest date after the place's last comma ({@code , March 23}). */
  private static final int MAX_DATE = 16;
  /** The longest agency name in brackets or before the place. */
  private static final int MAX_AGENCY = 40;

  @Override
  public AttributionForm form() {
    return AttributionForm.DATELINE;
  }

  @Override
  public Anchor anchor() {
    return Anchor.PARAGRAPH_START;
  }

  @Override
  public Set<LexKind> triggers() {
    return Set.of(LexKind.OPEN);
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    String s = in.text();
    int from = in.range().start();
    int end = in.range().end();
    if (s.charAt(from) == '(') {
      return agencyFirst(s, from, end, in.registry());
    }
    // spec: an optional agency before the place ("Canadian Press - VANCOUVER (CP) -")
    Optional<SourceMention> before = Optional.empty();
    int place = from;
    int dash = agencyDash(s, from, end);
    int afterDash = dash > 0 ? WireText.dashRun(s, dash, end) : -1;
    if (afterDash > 0) {
      before = WireText.media(s, from, dash, in.registry());
      if (before.isPresent()) {
        place = WireText.skipBlanks(s, afterDash, end);
      }
    }
    int open = placeEnd(s, place, end);
    if (open < 0 || s.charAt(open) != '(') {
      return List.of();
    }
    int close = TextScan.indexOf(s, ')', open, Math.min(end, open + MAX_AGENCY + 1));
    if (close < 0) {
      return List.of();
    }
    int dashEnd = dashAfter(s, close + 1, end);
    if (dashEnd < 0) {
      return List.of();
    }
    Optional<SourceMention> named = WireText.media(s, open + 1, close, in.registry());
    // spec: with an agency before the place, the brackets may hold its short code ("(CP)")
    Optional<SourceMention> agency = before.isPresent() ? before : named;
    if (agency.isEmpty()) {
      return List.of();
    }
    return List.of(found(s, from, dashEnd, end, agency.get()));
  }

  /** spec: "(ANSA) - ROMA, 3 MAR -": the agency in brackets, a dash, the place and date, a dash. */
  private static List<Recognized> agencyFirst(String s, int from, int end, SourceRegistry registry) {
    int close = TextScan.indexOf(s, ')', from, Math.min(end, from + MAX_AGENCY + 1));
    if (close < 0) {
      return List.of();
    }
    Optional<SourceMention> agency = WireText.media(s, from + 1, close, registry);
    int k = dashAfter(s, close + 1, end);
    if (agency.isEmpty() || k < 0) {
      return List.of();
    }
    int place = WireText.skipBlanks(s, k, end);
    int stop = placeEnd(s, place, end);
    if (stop < 0 || stop == place || !WireText.isDash(s.charAt(stop))) {
      return List.of();
    }
    int dashEnd = WireText.dashRun(s, stop, end);
    return dashEnd < 0 ? List.of() : List.of(found(s, from, dashEnd, end, agency.get()));
  }

  private static Recognized found(String s, int from, int dashEnd, int end, SourceMention agency) {
    int k = WireText.skipBlanks(s, dashEnd, end);
    return Recognized.of(AttributionForm.DATELINE, "dateline", Span.of(from, dashEnd), List.of(agency), Reach.STORY)
        .removing(Span.of(from, k));
  }

  /**
   * spec: a place and date end at "(" or at a dash after a blank; the place is words that start with a
   * capital (PARIS, Rio de Janeiro is not: only capitalised words, joined by blanks, "/", "-", "."
   * or "'"), and after a comma a date may follow in any case ("March 3", "3 mar", "3 MAR").
   *
   * @return where the place ends (the "(" or the dash), or -1 if it is no dateline place
   */
  private static int placeEnd(String s, int place, int end) {
    if (place >= end || !WireText.isCapitalised(s, place)) {
      return -1;
    }
    int comma = -1;
    boolean wordStart = true;
    for (int i = place; i < end && i - place <= MAX_PLACE; i++) {
      boolean date = comma >= 0;
      if (date && i - comma > MAX_DATE) {
        return -1;
      }
      char c = s.charAt(i);
      if (c == '(') {
        return i > place ? i : -1;
      }
      if (WireText.isDash(c) && i > place && TextScan.isBlank(s.charAt(i - 1))) {
        return i;
      }
      if (c == ',') {
        comma = i;
      }
      if (Character.isLetter(c)) {
        if (wordStart && !date && !WireText.isCapitalised(s, i)) {
          return -1;
        }
        wordStart = false;
      } else if (Character.isDigit(c)) {
        if (!date) {
          return -1; // spec: numbers only in the date, after a comma
        }
        wordStart = false;
      } else if (TextScan.isBlank(c) || c == '/' || c == '-' || c == '.' || c == '\'' || c == ',') {
        wordStart = true;
      } else {
        return -1;
      }
    }
    return -1;
  }

  /** spec: after the agency, an optional "." and blanks, then one to three dashes ("-", "--", "—", ".-"). */
  private static int dashAfter(String s, int k, int end) {
    if (k < end && s.charAt(k) == '.') {
      k++;
    }
    k = WireText.skipBlanks(s, k, end);
    return k < end ? WireText.dashRun(s, k, end) : -1;
  }

  /** spec: "Agency - PLACE": a dash with blanks around it within the agency length, or -1. */
  private static int agencyDash(String s, int from, int end) {
    for (int i = from + 1; i < end - 1 && i - from <= MAX_AGENCY; i++) {
      char c = s.charAt(i);
      if (c == '(') {
        return -1;
      }
      if (WireText.isDash(c) && TextScan.isBlank(s.charAt(i - 1)) && TextScan.isBlank(s.charAt(i + 1))) {
        return i;
      }
    }
    return -1;
  }
}
