package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A chip with its pop-up card pasted after it, at a sentence's end ({@code …from 1
 * June.Reuters+1reuters.comTerminal to shut for six weeksMay 2, 2026 — The terminal will…}): the
 * chip covers the sentence; the card is cut from the claim with a {@code skipped-text} note. See
 * {@link ChipCards} for what a card is. Immutable and thread-safe.
 */
public final class ChipCardForm extends ShapeRecognizer {

  /** The form. */
  public ChipCardForm() {
    super(AttributionForm.CHIP, Anchor.SENTENCE_END, Set.of(LexKind.PLUS_COUNT));
  }

  @Override
  List<Recognized> read(FormInput in, String s, int from, int end) {
    int e = TextScan.trimEnd(s, from, end);
    for (int i = from + 1; i < e; i++) {
      Optional<ChipCards.Card> found = ChipCards.after(s, i, e, in::notationUnlessProse);
      if (found.isEmpty()) {
        continue;
      }
      ChipCards.Card card = found.get();
      if (card.end() != e) {
        return List.of(); // text after the card: not a card at the sentence's end
      }
      Recognized chip = NotationHits.of(AttributionForm.CHIP, "chip-card", in.notation(card.chipStart(),
          card.chipEnd()), card.chipStart(), Span.of(card.chipStart(), e), Reach.SENTENCE);
      List<Diagnostic> notes = new ArrayList<>(chip.diagnostics());
      int site = WireText.skipBlanks(s, card.chipEnd(), e);
      notes.add(WireText.skipped(s, Span.of(site, e), "a chip's pop-up card"));
      return List.of(chip.withDiagnostics(notes));
    }
    return List.of();
  }
}
