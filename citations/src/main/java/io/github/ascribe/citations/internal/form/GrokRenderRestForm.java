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
 * The lines of a Grok {@code <grok:render …>} block after its opening tag, at the start of a
 * paragraph: {@code <argument name="citation_id">37</argument>} and {@code </grok:render>}. They are
 * cut, so that no claim holds them; the opening tag (read by the form of Grok's cards) gives the block's
 * diagnostic, so this gives none and is no attribution.
 *
 * <pre>{@code
 * <argument name="citation_id">37</argument>
 * </grok:render> The club will pay two thirds.   // claim "The club will pay two thirds."
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GrokRenderRestForm implements FormRecognizer {

  /** The most pieces cut from one paragraph's start. */
  static final int MAX_PIECES = 16;

  @Override
  public AttributionForm form() {
    return AttributionForm.MARKER;
  }

  @Override
  public Anchor anchor() {
    return Anchor.PARAGRAPH_START;
  }

  @Override
  public Set<LexKind> triggers() {
    return Set.of(LexKind.QUOTE, LexKind.OTHER);
  }

  @Override
  public List<Recognized> recognize(FormInput in) {
    String s = in.text();
    int a = in.range().start();
    int b = in.range().end();
    int k = a;
    for (int piece = 0; piece < MAX_PIECES; piece++) {
      int next = k;
      while (next < b && TextScan.isBlank(s.charAt(next))) {
        next++;
      }
      if (s.startsWith("</grok:render>", next) && next + 14 <= b) {
        k = next + 14;
      } else if (s.startsWith("<argument", next)) {
        int end = LeakedCodes.find(s, "</argument>", next, b);
        if (end < 0) {
          break;
        }
        k = end + 11;
      } else {
        break;
      }
    }
    if (k == a) {
      return List.of();
    }
    return List.of(Recognized.of(AttributionForm.MARKER, "code-grok-render", Span.of(a, k), List.of(), Reach.NONE));
  }
}
