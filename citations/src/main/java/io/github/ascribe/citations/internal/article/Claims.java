package io.github.ascribe.citations.internal.article;

import io.github.ascribe.citations.form.Anchor;
import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.citations.internal.form.TextScan;
import io.github.ascribe.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads one paragraph into claims and attributions: a paragraph that is an attribution on its own
 * ({@link Anchor#PARAGRAPH}), else what opens and closes it ({@link Anchor#PARAGRAPH_START}, {@link
 * Anchor#PARAGRAPH_END}), then each sentence: an attribution sentence ({@link Anchor#SENTENCE}), or a
 * claim once the attributions at its end are cut off ({@link Anchor#SENTENCE_END}), with those inside
 * it ({@link Anchor#INLINE}). Every hit goes into the context with its place; scoping turns places
 * into claims later. Stateless.
 */
final class Claims {

  /** The most sentence-end attributions cut off one sentence. */
  static final int MAX_TRAILERS = 64;

  private Claims() {}

  /**
   * Reads a paragraph that is neither a heading nor part of a reference list.
   *
   * @param ctx the analysis
   * @param driver the recognisers
   * @param p the paragraph
   */
  static void read(ReadContext ctx, FormDriver driver, Layout.Para p) {
    Span content = Span.of(p.contentStart(), p.end());
    ctx.startParagraph(content);
    Recognized whole = driver.first(Anchor.PARAGRAPH, ctx.input(content, content), ctx);
    if (whole != null) {
      take(ctx, whole, p, -1);
      return;
    }
    int from = content.start();
    for (FormDriver.Form f : driver.at(Anchor.PARAGRAPH_START)) {
      List<Recognized> found = driver.run(f, ctx.input(Span.of(from, content.end()), content), ctx);
      if (!found.isEmpty()) {
        take(ctx, found.get(0), p, -1);
        from = found.get(0).removed().end();
      }
    }
    int to = content.end();
    for (FormDriver.Form f : driver.at(Anchor.PARAGRAPH_END)) {
      List<Recognized> found = driver.run(f, ctx.input(Span.of(from, to), content), ctx);
      if (!found.isEmpty()) {
        take(ctx, found.get(0), p, -1);
        to = found.get(0).removed().start();
      }
    }
    int firstClaim = ctx.claims.size();
    for (Span sentence : Sentences.split(ctx, from, to)) {
      int a = sentence.start();
      int b = sentence.end();
      Recognized lead = driver.first(Anchor.SENTENCE_START, ctx.input(Span.of(a, b), content), ctx);
      // spec: what belongs to the claim before needs one in this paragraph ([1] after the stop)
      if (lead != null && (lead.reach() != Reach.PREVIOUS_CLAIM || ctx.claims.size() > firstClaim)) {
        take(ctx, lead, p, -1);
        a = lead.removed().end();
        while (a < b && TextScan.isBlank(ctx.text.charAt(a))) {
          a++;
        }
        if (a >= b) {
          continue;
        }
      }
      Recognized said = driver.first(Anchor.SENTENCE, ctx.input(Span.of(a, b), content), ctx);
      if (said != null) {
        take(ctx, said, p, -1);
        continue;
      }
      claim(ctx, driver, p, content, a, b);
    }
  }

  /** A sentence's claim: the sentence less the attributions at its end, with those inside it. */
  private static void claim(ReadContext ctx, FormDriver driver, Layout.Para p, Span content, int a, int b) {
    Set<LexKind> kinds = ctx.kinds(Span.of(a, b)); // what is cut off only takes kinds away
    List<Recognized> trailers = new ArrayList<>();
    int end = b;
    for (int guard = 0; guard < MAX_TRAILERS; guard++) {
      Recognized t = driver.first(Anchor.SENTENCE_END, ctx.input(Span.of(a, end), content, kinds), ctx);
      if (t == null || t.removed().start() <= a) {
        break; // spec: a whole sentence is never a trailer
      }
      ctx.accept(t);
      trailers.add(t);
      end = TextScan.trimEnd(ctx.text, a, t.removed().start());
    }
    int claim = end > a ? ctx.claims.size() : -1;
    int before = ctx.claims.size();
    if (claim >= 0) {
      ctx.claims.add(new ReadContext.ClaimSpan(p.index(), a, end));
    }
    for (Recognized t : trailers) {
      ctx.hits.add(new ReadContext.Hit(t, p.index(), before, claim));
    }
    if (claim < 0) {
      return;
    }
    FormInput text = ctx.input(Span.of(a, end), content, kinds);
    for (FormDriver.Form f : driver.at(Anchor.INLINE)) {
      for (Recognized r : driver.run(f, text, ctx)) {
        take(ctx, r, p, claim);
      }
    }
  }

  /** Records a hit; one inside a claim counts the claims before that claim. */
  private static void take(ReadContext ctx, Recognized r, Layout.Para p, int claim) {
    ctx.accept(r);
    ctx.hits.add(new ReadContext.Hit(r, p.index(), claim >= 0 ? claim : ctx.claims.size(), claim));
  }
}
