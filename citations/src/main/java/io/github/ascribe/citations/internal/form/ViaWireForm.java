package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A line naming the wire a story came through, above it: {@code Via AP news wire}, {@code Via
 * Reuters}, {@code From AFP}. Like a dateline it covers the story below, to the next dateline or
 * heading, and is not a claim. Immutable and thread-safe.
 */
public final class ViaWireForm extends ShapeRecognizer {

  private static final List<String> LEADS = List.of("via ", "from ");
  private static final List<String> TAILS = List.of(" news wire", " newswire", " wire");

  public ViaWireForm() {
    super(AttributionForm.DATELINE, Anchor.PARAGRAPH, Set.of(LexKind.WORD));
  }

  @Override
  List<Recognized> read(FormInput in, String s, int from, int end) {
    if (end - from > 60) {
      return List.of();
    }
    for (String lead : LEADS) {
      if (!WireText.startsWithIgnoreCase(s, lead, from, end)) {
        continue;
      }
      int nameEnd = end;
      for (String tail : TAILS) {
        if (WireText.endsWithIgnoreCase(s, tail, from, end)) {
          nameEnd = end - tail.length();
          break;
        }
      }
      // spec: "From AFP" needs nothing after the name; "Via" lines may end in "news wire"
      Optional<SourceMention> wire = WireText.media(s, from + lead.length(), nameEnd, in.registry());
      if (wire.isPresent()) {
        return List.of(Recognized.of(AttributionForm.DATELINE, "dateline-via", Span.of(from, end),
            List.of(wire.get()), Reach.STORY));
      }
    }
    return List.of();
  }
}
