package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.FormRecognizer;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.citations.internal.scan.LinkDefinitions;
import io.github.ascribe.core.AttributionForm;
import java.util.List;
import java.util.Set;

/**
 * A paragraph of reference-style link definitions ({@code [3]: https://… "Title"}, {@code
 * [reuters]: https://…}): it is no claim. The reference links that use the definitions are read by
 * their own form; this one only keeps the definitions out of the claims (rule {@code
 * link-definition}, covering nothing). Immutable and thread-safe.
 */
public final class LinkDefinitionForm implements FormRecognizer {

  @Override
  public AttributionForm form() {
    return AttributionForm.LINK;
  }

  @Override
  public Anchor anchor() {
    return Anchor.PARAGRAPH;
  }

  @Override
  public Set<LexKind> triggers() {
    return Set.of(LexKind.URL, LexKind.MARKER);
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    String s = in.text();
    int a = in.range().start();
    int b = in.range().end();
    int lines = 0;
    for (int line = a; line < b; ) {
      int end = TextScan.indexOf(s, '\n', line, b);
      if (end < 0) {
        end = b;
      }
      int e = end > line && s.charAt(end - 1) == '\r' ? end - 1 : end;
      if (!s.substring(line, e).isBlank()) {
        if (LinkDefinitions.definition(s, line, e).isEmpty()) {
          return List.of(); // spec: every line of the paragraph is a definition
        }
        lines++;
      }
      line = end + 1;
    }
    if (lines == 0) {
      return List.of();
    }
    return List.of(Recognized.of(AttributionForm.LINK, "link-definition", in.range(), List.of(), Reach.NONE));
  }
}
