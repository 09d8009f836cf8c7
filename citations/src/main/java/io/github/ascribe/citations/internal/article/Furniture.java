package io.github.ascribe.citations.internal.article;

import io.github.ascribe.citations.PageFurniture;
import io.github.ascribe.citations.internal.form.WireText;
import io.github.ascribe.core.Span;
import java.util.List;

/**
 * Skips paragraphs that are page text of an answer engine or a news site ({@code Sources}, {@code
 * Thought for 14s}, {@code AI responses may include mistakes. Learn more}), as the analyser's {@link
 * io.github.ascribe.citations.PageFurniture} defines it: such a paragraph holds no claim, and a
 * {@code skipped-text} note names it, so no text is lost silently. Under a page-text heading that
 * opens the follow-up questions an engine suggests ({@code Related}, {@code People also ask}), each
 * one-line question that follows is page text too, up to the first line that is not a question.
 * Stateless: the one flag lives in the per-call {@link ReadContext}.
 */
final class Furniture {

  /** Page-text headings over follow-up questions, lower case: "Related", "Related questions". */
  private static final List<String> QUESTION_HEADINGS = List.of("related", "people also ask");
  /** The longest line read as a follow-up question. */
  private static final int MAX_QUESTION = 200;

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
    if (furniture.matches(ctx.text, p.contentStart(), p.end()) || furniture.matches(ctx.text, p.start(), p.end())) {
      ctx.questionList = startsWithQuestionHeading(ctx.text, p.contentStart(), p.end());
      ctx.diagnostics.add(WireText.skipped(ctx.text, Span.of(p.start(), p.end()), "page text"));
      return true;
    }
    // spec: "Related" then "What happens to the jobs?": the engine's suggested questions, not claims
    if (ctx.questionList && isQuestionLine(ctx.text, p.contentStart(), p.end())) {
      ctx.diagnostics.add(WireText.skipped(ctx.text, Span.of(p.start(), p.end()), "a suggested follow-up question"));
      return true;
    }
    ctx.questionList = false;
    return false;
  }

  private static boolean startsWithQuestionHeading(String s, int from, int to) {
    int a = skipBlanks(s, from, to);
    for (String h : QUESTION_HEADINGS) {
      if (to - a >= h.length() && s.regionMatches(true, a, h, 0, h.length())) {
        return true;
      }
    }
    return false;
  }

  /** One line of at most {@link #MAX_QUESTION} characters that ends with a question mark. */
  private static boolean isQuestionLine(String s, int from, int to) {
    int a = skipBlanks(s, from, to);
    int b = to;
    while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
      b--;
    }
    if (b - a < 2 || b - a > MAX_QUESTION || (s.charAt(b - 1) != '?' && s.charAt(b - 1) != '？')) {
      return false;
    }
    for (int i = a; i < b; i++) {
      if (s.charAt(i) == '\n' || s.charAt(i) == '\r') {
        return false;
      }
    }
    return true;
  }

  private static int skipBlanks(String s, int a, int b) {
    while (a < b && Character.isWhitespace(s.charAt(a))) {
      a++;
    }
    return a;
  }
}
