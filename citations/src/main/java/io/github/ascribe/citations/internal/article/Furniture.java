package io.github.ascribe.citations.internal.article;

import io.github.ascribe.citations.PageFurniture;
import io.github.ascribe.citations.internal.form.WireText;
import io.github.ascribe.core.Span;

/**
 * Skips paragraphs that are page text of an answer engine or a news site ({@code Sources}, {@code
 * Thought for 14s}, {@code AI responses may include mistakes. Learn more}), as the analyser's {@link
 * io.github.ascribe.citations.PageFurniture} defines it: such a paragraph holds no claim, and a
 * {@code skipped-text} note names it, so no text is lost silently. Stateless.
 */
final class Furniture {

  private Furniture() {}

  /**
   * Whether a paragraph is page text; if so, notes it.
   *
   * @param ctx the analysis
   * @param p the paragraph
   * @return true if it is skipped
   */
  static boolean skip(ReadContext ctx, Layout.Para p) {
    PageFurniture furniture = ctx.settings.furniture();
    // spec: the content after a list marker ("- Show all"), or the whole line ("* * *")
    if (!furniture.matches(ctx.text, p.contentStart(), p.end()) && !furniture.matches(ctx.text, p.start(), p.end())) {
      return false;
    }
    ctx.diagnostics.add(WireText.skipped(ctx.text, Span.of(p.start(), p.end()), "page text"));
    return true;
  }
}
