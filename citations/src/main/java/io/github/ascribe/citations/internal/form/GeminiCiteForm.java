package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Severity;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Gemini's {@code [cite: 1, 16]} closing a sentence, before or after its stop: its numbers are
 * resolved through the list the answer ends with, like markers; a number no list has gives an
 * {@code unresolved-citation-code} diagnostic, and the code is cut from the claim either way.
 *
 * <pre>{@code
 * [cite_start]The bank held its rate at 3.25%[cite: 1].
 * Sources
 * 1. https://www.reuters.com/markets/rates      // claim "The bank held its rate at 3.25%", Reuters
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class GeminiCiteForm extends LeakedCodeRecognizer {

  public GeminiCiteForm() {
    super(AttributionForm.MARKER, Set.of(LexKind.CLOSE), LeakedCodes.Kind.GEMINI_CITE, "code-gemini-cite",
        "Gemini's citation");
  }

  @Override
  Recognized code(FormInput in, Span span, Span code) {
    List<SourceMention> mentions = new ArrayList<>();
    List<Diagnostic> notes = new ArrayList<>();
    // spec: "[cite: 1, 16]" names the numbers of a marker "[1, 16]"
    for (int number : Markers.numbers("[" + in.text().substring(code.start() + 6, code.end() - 1) + "]")) {
      List<SourceMention> ref = in.references().get(number);
      if (ref == null) {
        notes.add(new Diagnostic(Severity.WARNING, LeakedCodes.UNRESOLVED,
            "Gemini's citation " + number + " has no entry in a reference list; it is removed from the claim", code));
      } else {
        mentions.addAll(ref);
      }
    }
    Recognized r = hit(span, code, mentions);
    return mentions.isEmpty() ? r : r.withDiagnostics(notes);
  }
}
