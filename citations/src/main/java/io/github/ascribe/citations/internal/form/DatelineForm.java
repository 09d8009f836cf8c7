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
import io.github.ascribe.core.registry.Resolution;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A wire dateline opening a paragraph: {@code BRUSSELS (Reuters) -}, {@code LAGOS, March 2 (Anadolu)
 * --}. It covers the story: every claim from here to the next heading. Immutable and thread-safe.
 */
public final class DatelineForm implements FormRecognizer {

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
    // spec: an uppercase place (lowercase only after a comma: a date), within 80 characters of "("
    int open = -1;
    for (int i = from; i < end && i - from < 80; i++) {
      char c = s.charAt(i);
      if (c == '(') {
        open = i;
        break;
      }
      if (Character.isLowerCase(c) && !precededByComma(s, from, i)) {
        return List.of();
      }
    }
    if (open < 0 || open == from || !Character.isUpperCase(s.charAt(from))) {
      return List.of();
    }
    // spec: "(" outlet ")" of at most 40 characters, then one to three dashes
    int close = TextScan.indexOf(s, ')', open, Math.min(end, open + 41));
    if (close < 0) {
      return List.of();
    }
    int k = close + 1;
    while (k < end && s.charAt(k) == ' ') {
      k++;
    }
    int dashStart = k;
    while (k < end && (s.charAt(k) == '-' || Character.getType(s.charAt(k)) == Character.DASH_PUNCTUATION)) {
      k++;
    }
    if (k == dashStart || k - dashStart > 3) {
      return List.of();
    }
    String name = s.substring(open + 1, close).strip();
    Optional<Resolution> r = in.registry().resolveExact(name);
    if (r.isEmpty() || !r.get().source().isMedia()) {
      return List.of();
    }
    int at = s.indexOf(name, open);
    SourceMention m = new SourceMention(name, Span.of(at, at + name.length()), r.get().source(), r.get().match());
    int dashEnd = k;
    while (k < end && s.charAt(k) == ' ') {
      k++;
    }
    return List.of(Recognized.of(AttributionForm.DATELINE, "dateline", Span.of(from, dashEnd), List.of(m),
        Reach.STORY).removing(Span.of(from, k)));
  }

  /** spec: in a dateline, lowercase letters may follow a comma within 11 characters ("LAGOS, March 2"). */
  private static boolean precededByComma(String s, int from, int i) {
    for (int k = i; k >= from && i - k < 12; k--) {
      if (s.charAt(k) == ',') {
        return true;
      }
    }
    return false;
  }
}
