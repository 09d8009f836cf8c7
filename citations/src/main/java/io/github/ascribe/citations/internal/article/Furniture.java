package io.github.ascribe.citations.internal.article;

import io.github.ascribe.citations.PageFurniture;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Severity;
import io.github.ascribe.core.Span;

/**
 * Skips paragraphs that are page text of an answer engine or a news site ({@code Sources}, {@code
 * Thought for 14s}, {@code AI responses may include mistakes. Learn more}), as the analyser's {@link
 * io.github.ascribe.citations.PageFurniture} defines it: such a paragraph holds no claim, and a
 * {@code skipped-text} note names it, so no text is lost silently. Stateless.
 */
final class Furniture {

  /** Quoted text in a note is cut to this many characters. */
  private static final int QUOTE = 60;

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
    ctx.diagnostics.add(note(ctx.text, Span.of(p.start(), p.end()), "page text"));
    return true;
  }

  /**
   * The note for skipped text.
   *
   * @param text the article
   * @param span what is skipped
   * @param what what kind of text it is ("page text", "a byline", ...)
   * @return the diagnostic
   */
  static Diagnostic note(String text, Span span, String what) {
    String quoted = span.text(text);
    if (quoted.length() > QUOTE) {
      quoted = quoted.substring(0, QUOTE) + "…";
    }
    return new Diagnostic(Severity.INFO, "skipped-text", "\"" + quoted + "\" is " + what + ", not a claim", span);
  }
}
