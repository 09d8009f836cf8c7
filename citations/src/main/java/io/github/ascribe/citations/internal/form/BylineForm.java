package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Span;
import java.util.List;
import java.util.Set;

/**
 * A byline on a line of its own: {@code By Ana Lima and Tom Hale}, {@code By JANE ROWE Associated
 * Press}, {@code By Paul Grant, Reuters}. It names the writers, not a source of the story's claims,
 * so it is neither a claim nor an attribution: it is skipped with a {@code skipped-text} note.
 * Immutable and thread-safe.
 */
public final class BylineForm extends ShapeRecognizer {

  /** The most words a byline has after "By". */
  private static final int MAX_WORDS = 12;

  public BylineForm() {
    super(AttributionForm.LABEL, Anchor.PARAGRAPH, Set.of(LexKind.WORD));
  }

  @Override
  List<Recognized> read(FormInput in, String s, int from, int end) {
    if (end - from < 5 || !s.startsWith("By ", from) && !s.startsWith("BY ", from)) {
      return List.of();
    }
    // spec: after "By", only capitalised words, joined by blanks, "and", "&", ",", "|" or "."; no stop at the end
    int words = 0;
    int k = from + 3;
    while (k < end) {
      k = WireText.skipBlanks(s, k, end);
      if (k >= end) {
        break;
      }
      int w = k;
      while (k < end && !TextScan.isBlank(s.charAt(k)) && s.charAt(k) != ',' && s.charAt(k) != '|') {
        k++;
      }
      String word = s.substring(w, k);
      if (!word.isEmpty() && !word.equals("and") && !word.equals("&") && !WireText.isCapitalised(s, w)) {
        return List.of();
      }
      if (++words > MAX_WORDS) {
        return List.of();
      }
      if (k < end && (s.charAt(k) == ',' || s.charAt(k) == '|')) {
        k++;
      }
    }
    char last = s.charAt(end - 1);
    if (words == 0 || last == '.' && Character.isLowerCase(s.charAt(end - 2)) || last == '!' || last == '?') {
      return List.of();
    }
    Span line = Span.of(from, end);
    return List.of(Recognized.of(AttributionForm.LABEL, "byline", line, List.of(), Reach.NONE)
        .withDiagnostics(List.of(WireText.skipped(s, line, "a byline"))));
  }
}
