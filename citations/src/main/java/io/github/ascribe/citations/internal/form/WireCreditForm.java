package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
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
 * A wire credit line at the end of a story, which names the story's wire and is not a claim: {@code
 * —AP}, {@code — with AFP}, {@code (with Reuters)}, {@code Associated Press writer Tim Doyle
 * contributed to this report.}, and Reuters' credit line {@code (Reporting by Ana Lima; Editing by Tom
 * Hale)}, which is Reuters' house style and so names Reuters. It covers the story above it: every
 * claim since the last heading or paragraph-wide attribution. Immutable and thread-safe.
 */
public final class WireCreditForm extends ShapeRecognizer {

  /** spec: the openings of Reuters' credit line. */
  private static final List<String> REUTERS_CREDITS = List.of("(reporting by ", "(additional reporting by ",
      "(writing by ", "(editing by ", "(compiled by ", "(reporting and writing by ");
  /** spec: "{Outlet} writer(s) ... contributed". */
  private static final List<String> CONTRIBUTORS = List.of(" writers ", " writer ", " reporters ", " reporter ",
      " correspondents ", " correspondent ", " staff ");

  public WireCreditForm() {
    super(AttributionForm.LABEL, Anchor.PARAGRAPH, Set.of(LexKind.WORD));
  }

  @Override
  List<Recognized> read(FormInput in, String s, int from, int end) {
    if (end - from > 400) {
      return List.of();
    }
    for (String opening : REUTERS_CREDITS) {
      if (WireText.startsWithIgnoreCase(s, opening, from, end) && s.charAt(end - 1) == ')') {
        Optional<Resolution> reuters = in.registry().resolveExact("Reuters");
        if (reuters.isEmpty()) {
          return List.of();
        }
        int cue = from + 1;
        int cueEnd = from + opening.length() - 1;
        SourceMention m = new SourceMention(s.substring(cue, cueEnd), Span.of(cue, cueEnd), reuters.get().source(),
            reuters.get().match());
        return credit("wire-credit-reuters", from, end, m);
      }
    }
    Optional<SourceMention> wire = dashOrWith(s, from, end, in);
    if (wire.isEmpty()) {
      wire = contributors(s, from, end, in);
    }
    return wire.map(m -> credit("wire-credit", from, end, m)).orElse(List.of());
  }

  private static List<Recognized> credit(String rule, int from, int end, SourceMention m) {
    return List.of(Recognized.of(AttributionForm.LABEL, rule, Span.of(from, end), List.of(m), Reach.STORY_ABOVE));
  }

  /** spec: "—AP", "-- Reuters", "— with AFP", "with AFP", "(with AFP)": a dash or "with", then the wire. */
  private static Optional<SourceMention> dashOrWith(String s, int from, int end, FormInput in) {
    int k = from;
    int e = end;
    if (s.charAt(k) == '(' && s.charAt(e - 1) == ')') {
      k++;
      e--;
    }
    int dashes = k;
    while (k < e && WireText.isDash(s.charAt(k))) {
      k++;
    }
    boolean dash = k > dashes;
    k = WireText.skipBlanks(s, k, e);
    boolean with = e - k > 5 && TextScan.isAt(s, k, "with") && TextScan.isBlank(s.charAt(k + 4));
    if (with) {
      k = WireText.skipBlanks(s, k + 4, e);
    }
    if (!dash && !with || k >= e) {
      return Optional.empty();
    }
    return WireText.media(s, k, e, in.registry());
  }

  /** spec: "Associated Press writer Tim Doyle contributed to this report." */
  private static Optional<SourceMention> contributors(String s, int from, int end, FormInput in) {
    int contributed = WireText.indexOfIgnoreCase(s, " contributed", from, end);
    if (contributed < 0) {
      return Optional.empty();
    }
    for (String noun : CONTRIBUTORS) {
      int at = WireText.indexOfIgnoreCase(s, noun, from, end);
      if (at > from && at < contributed) {
        return WireText.media(s, from, at, in.registry());
      }
    }
    return Optional.empty();
  }
}
