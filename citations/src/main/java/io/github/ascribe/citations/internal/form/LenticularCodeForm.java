package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.core.AttributionForm;
import java.util.Set;

/**
 * Lenticular citation codes of assistants with file search ({@code 【24†source】}, {@code 【4:2†report.pdf】}),
 * before or after the stop: cut from the claim with an {@code unresolved-citation-code} diagnostic.
 *
 * <pre>{@code
 * The audit found 38% need repairs【24†source】.   // claim "The audit found 38% need repairs"
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class LenticularCodeForm extends LeakedCodeRecognizer {

  public LenticularCodeForm() {
    super(AttributionForm.MARKER, Set.of(LexKind.OTHER, LexKind.CLOSE, LexKind.QUOTE), LeakedCodes.Kind.LENTICULAR,
        "code-lenticular", "a lenticular citation code");
  }
}
