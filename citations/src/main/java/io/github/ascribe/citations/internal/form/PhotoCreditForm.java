package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Span;
import java.util.List;
import java.util.Set;

/**
 * A photo credit after a caption: {@code REUTERS/Lena Vogt}, {@code REUTERS/Ana Lima/File Photo},
 * {@code THE CANADIAN PRESS/Darryl Moss}, {@code (AP Photo/Mark Evans)}. It credits the picture, not
 * the text, so it is neither a claim nor an attribution of the caption: it is cut off with a {@code
 * skipped-text} note. Immutable and thread-safe.
 */
public final class PhotoCreditForm implements FormRecognizer {

  /** The longest photo credit. */
  private static final int MAX_CREDIT = 120;

  @Override
  public AttributionForm form() {
    return AttributionForm.LABEL;
  }

  @Override
  public Anchor anchor() {
    return Anchor.SENTENCE;
  }

  @Override
  public Set<LexKind> triggers() {
    return Set.of(LexKind.WORD);
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    String s = in.text();
    int from = in.range().start();
    int end = TextScan.trimEnd(s, from, in.range().end());
    if (end - from < 4 || end - from > MAX_CREDIT) {
      return List.of();
    }
    int slash = TextScan.indexOf(s, '/', from, end);
    if (slash < 0 || !isCredit(s, from, end, slash, in)) {
      return List.of();
    }
    Span credit = Span.of(from, end);
    return List.of(Recognized.of(AttributionForm.LABEL, "photo-credit", credit, List.of(), Reach.NONE)
        .withDiagnostics(List.of(WireText.skipped(s, credit, "a photo credit"))));
  }

  private static boolean isCredit(String s, int from, int end, int slash, FormInput in) {
    if (s.charAt(from) == '(' && s.charAt(end - 1) == ')') {
      // spec: "(AP Photo/Name)", "(Reuters Photo/Name)": an outlet, "Photo", a slash, a name
      int photo = slash - "Photo".length();
      return photo > from + 1 && s.startsWith("Photo", photo)
          && WireText.media(s, from + 1, photo, in.registry()).isPresent()
          && names(s, slash + 1, end - 1);
    }
    // spec: "REUTERS/Name", "THE CANADIAN PRESS/Name/File Photo": the agency in capitals, a slash, a name
    for (int i = from; i < slash; i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
    }
    return WireText.media(s, from, slash, in.registry()).isPresent() && names(s, slash + 1, end);
  }

  /** spec: the photographer and any "/File Photo": capitalised words joined by blanks, "/", "-" or "'". */
  private static boolean names(String s, int from, int to) {
    if (from >= to || !WireText.isCapitalised(s, from)) {
      return false;
    }
    boolean wordStart = true;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (TextScan.isBlank(c) || c == '/' || c == '-' || c == '\'' || c == '.') {
        wordStart = true;
      } else if (!Character.isLetter(c) || wordStart && !WireText.isCapitalised(s, i)) {
        return false;
      } else {
        wordStart = false;
      }
    }
    return true;
  }
}
