package io.github.ascribe.citations.internal.article;

import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.citations.internal.form.ChipCards;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * Keeps a chip's pasted pop-up card ({@link ChipCards}) in the sentence the chip ends: the
 * segmenter may start a sentence at a spaced chip ({@code …June. Reuters +1 reuters.com Terminal…})
 * or inside the card's snippet; the chip and its card then join the sentence before them, and a
 * sentence starts after the card. Stateless.
 */
final class ChipCardBounds {

  private ChipCardBounds() {}

  /**
   * Moves the boundaries of a paragraph's sentences around chip cards.
   *
   * @param ctx the analysis
   * @param bounds the sentence boundaries of a paragraph, ascending; changed in place
   */
  static void merge(ReadContext ctx, List<Integer> bounds) {
    String s = ctx.text;
    int from = bounds.get(0);
    int to = bounds.get(bounds.size() - 1);
    BiFunction<Integer, Integer, Optional<NotationResult>> read = ctx::notationUnlessProse;
    for (int i = from + 1; i < to; i++) {
      if (!ChipCards.isStop(s.charAt(i - 1))) {
        continue; // spec: a chip and its card start after a stop
      }
      Optional<ChipCards.Card> found = ChipCards.after(s, i, to, read);
      if (found.isEmpty()) {
        continue;
      }
      ChipCards.Card card = found.get();
      // spec: no sentence starts at the chip or inside its card; one starts after the card
      bounds.removeIf(b -> b > from && b >= card.chipStart() && b < card.end());
      if (card.end() < to && !bounds.contains(card.end())) {
        int q = 0;
        while (bounds.get(q) < card.end()) {
          q++;
        }
        bounds.add(q, card.end());
      }
      i = card.end();
    }
  }
}
