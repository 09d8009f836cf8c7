package io.github.ascribe.citations.internal.article;

import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Severity;
import io.github.ascribe.core.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * The pass after reading: turns each attribution's {@link Reach} into the claims it covers, from
 * where it was found and what the article holds around it, and warns about attributions that reach
 * for claims and find none. Stateless.
 */
final class Scoping {

  private Scoping() {}

  /**
   * The claims each hit of the context covers, by hit.
   *
   * @param ctx the analysis, read to the end
   * @return for each hit, its claims in order
   */
  static List<TreeSet<Integer>> cover(ReadContext ctx) {
    int paragraphs = ctx.paragraphs.size();
    // claims of paragraph q are [firstClaim[q], firstClaim[q + 1]): claims come in paragraph order
    int[] firstClaim = new int[paragraphs + 1];
    for (ReadContext.ClaimSpan c : ctx.claims) {
      firstClaim[c.paragraph() + 1]++;
    }
    for (int q = 0; q < paragraphs; q++) {
      firstClaim[q + 1] += firstClaim[q];
    }
    List<TreeSet<Integer>> covered = new ArrayList<>(ctx.hits.size());
    int[] lastParagraphWide = new int[paragraphs];
    Arrays.fill(lastParagraphWide, -1);
    int sectionStart = 0;
    int scannedTo = 0; // paragraphs before this were checked for headings
    int tailParagraph = -1;
    int tailFrom = 0;
    for (int h = 0; h < ctx.hits.size(); h++) {
      ReadContext.Hit hit = ctx.hits.get(h);
      Recognized r = hit.found();
      int p = hit.paragraph();
      for (; scannedTo < p; scannedTo++) {
        if (isSectionHeading(ctx, scannedTo)) {
          sectionStart = scannedTo + 1;
        }
      }
      TreeSet<Integer> claims = new TreeSet<>();
      switch (r.reach()) {
        case NONE -> { }
        case SENTENCE, SENTENCE_AND_QUOTE -> addIf(claims, hit.claim());
        case PREVIOUS_CLAIM -> {
          if (hit.claimsBefore() > firstClaim[p]) {
            claims.add(hit.claimsBefore() - 1);
          }
        }
        case SENTENCE_TAIL -> {
          if (tailParagraph != p) {
            tailParagraph = p;
            tailFrom = firstClaim[p];
          }
          addRange(claims, tailFrom, hit.claimsBefore());
          tailFrom = Math.max(tailFrom, hit.claimsBefore());
        }
        case PARAGRAPH_BEFORE -> {
          addRange(claims, firstClaim[p], hit.claimsBefore());
          if (claims.isEmpty()) {
            above(claims, ctx, firstClaim, p);
          }
        }
        case PARAGRAPH -> lastParagraphWide[p] = h; // covers once the paragraph's last one is known
        case PARAGRAPH_ABOVE -> above(claims, ctx, firstClaim, p);
        case SECTION_ABOVE, STORY_ABOVE -> addRange(claims, firstClaim[Math.min(sectionStart, p)], firstClaim[p]);
        case STORY -> addRange(claims, hit.claimsBefore(), storyEnd(ctx, firstClaim, h));
        default -> throw new IllegalStateException(r.reach().name());
      }
      if (r.reach() == Reach.PARAGRAPH_ABOVE || r.reach() == Reach.SECTION_ABOVE || r.reach() == Reach.STORY_ABOVE) {
        sectionStart = p + 1; // spec: a source line closes its section
      }
      covered.add(claims);
      warnIfNone(ctx, r, claims);
    }
    for (int p = 0; p < paragraphs; p++) {
      if (lastParagraphWide[p] >= 0) {
        addRange(covered.get(lastParagraphWide[p]), firstClaim[p], firstClaim[p + 1]);
      }
    }
    Quotes.extend(ctx, covered);
    return covered;
  }

  /** The claims of the nearest paragraph above {@code p} that has claims. */
  private static void above(TreeSet<Integer> claims, ReadContext ctx, int[] firstClaim, int p) {
    if (firstClaim[p] > 0) {
      int q = ctx.claims.get(firstClaim[p] - 1).paragraph();
      addRange(claims, firstClaim[q], firstClaim[q + 1]);
    }
  }

  /** Where the story of the STORY hit {@code h} ends: at the next story hit or the next heading. */
  private static int storyEnd(ReadContext ctx, int[] firstClaim, int h) {
    int p = ctx.hits.get(h).paragraph();
    int nextStory = Integer.MAX_VALUE;
    int nextStoryParagraph = Integer.MAX_VALUE;
    for (int k = h + 1; k < ctx.hits.size(); k++) {
      Reach next = ctx.hits.get(k).found().reach();
      if (next == Reach.STORY || next == Reach.STORY_ABOVE) { // spec: a credit line closes the story
        nextStory = ctx.hits.get(k).claimsBefore();
        nextStoryParagraph = ctx.hits.get(k).paragraph();
        break;
      }
    }
    for (int q = p + 1; q < ctx.paragraphs.size() && q <= nextStoryParagraph; q++) {
      if (isSectionHeading(ctx, q)) {
        return Math.min(nextStory, firstClaim[q]);
      }
    }
    return Math.min(nextStory, ctx.claims.size());
  }

  /** spec: a heading opens a section and ends a story; a reference-list heading is no part of the story. */
  private static boolean isSectionHeading(ReadContext ctx, int q) {
    return ctx.paragraphs.get(q).heading() && !ctx.referenceParagraphs.get(q);
  }

  private static void warnIfNone(ReadContext ctx, Recognized r, TreeSet<Integer> claims) {
    if (!claims.isEmpty()) {
      return;
    }
    Span at = r.span();
    switch (r.reach()) {
      case PARAGRAPH_ABOVE, SECTION_ABOVE, STORY_ABOVE -> ctx.diagnostics.add(new Diagnostic(Severity.WARNING,
          "source-line-without-claims", "this source line has no claims above it to cover", at));
      case SENTENCE_TAIL -> ctx.diagnostics.add(new Diagnostic(Severity.WARNING, "tail-without-claims",
          "this source tail has no claims before it to cover", at));
      case PARAGRAPH_BEFORE -> ctx.diagnostics.add(new Diagnostic(Severity.WARNING,
          "corroboration-without-claims", "this corroboration statement has no claims before it", at));
      default -> { }
    }
  }

  private static void addIf(TreeSet<Integer> claims, int claim) {
    if (claim >= 0) {
      claims.add(claim);
    }
  }

  private static void addRange(TreeSet<Integer> claims, int from, int to) {
    for (int c = from; c < to; c++) {
      claims.add(c);
    }
  }
}
