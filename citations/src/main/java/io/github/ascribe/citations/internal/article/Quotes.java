package io.github.ascribe.citations.internal.article;

import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.core.Span;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Quote extension: a reporting verb right after a closing quote ({@code ”, the paper wrote}) or
 * right before an opening one ({@code X said: “}) covers every claim the quote spans. Quotes are
 * {@code “…”} pairs and straight {@code "…"} pairs inside one paragraph. Stateless.
 */
final class Quotes {

  /** spec: at most this many characters stand between a quote and its verb phrase. */
  static final int GAP = 4;

  private Quotes() {}

  /**
   * Adds to each {@link Reach#SENTENCE_AND_QUOTE} hit the claims of the quote next to it.
   *
   * @param ctx the analysis
   * @param covered the claims of each hit so far, by hit
   */
  static void extend(ReadContext ctx, List<TreeSet<Integer>> covered) {
    List<Span> quotes = quotes(ctx);
    if (quotes.isEmpty()) {
      return;
    }
    List<Span> byEnd = new ArrayList<>(quotes);
    byEnd.sort(Comparator.comparingInt(Span::end).thenComparingInt(Span::start));
    List<Span> byStart = new ArrayList<>(quotes);
    byStart.sort(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));
    String s = ctx.text;
    for (int h = 0; h < ctx.hits.size(); h++) {
      if (ctx.hits.get(h).found().reach() != Reach.SENTENCE_AND_QUOTE) {
        continue;
      }
      Span phrase = ctx.hits.get(h).found().span();
      int after = firstWith(byEnd, phrase.start() + 1, true) - 1; // the quote ending last at or before it
      if (after >= 0 && between(s, byEnd.get(after).end(), phrase.start(), ",.;:!? \u00A0")) {
        claimsIn(ctx, covered.get(h), byEnd.get(after));
      }
      int before = firstWith(byStart, phrase.end(), false); // the quote starting first at or after it
      if (before < byStart.size() && between(s, phrase.end(), byStart.get(before).start(), ",: \u00A0")) {
        claimsIn(ctx, covered.get(h), byStart.get(before));
      }
    }
  }

  /** The index of the first quote whose end (or start) is at least {@code key}, or the size. */
  private static int firstWith(List<Span> sorted, int key, boolean byEnd) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      int v = byEnd ? sorted.get(mid).end() : sorted.get(mid).start();
      if (v < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Adds the claims overlapping {@code quote}; claims are in text order. */
  private static void claimsIn(ReadContext ctx, TreeSet<Integer> claims, Span quote) {
    List<ReadContext.ClaimSpan> all = ctx.claims;
    int lo = 0;
    int hi = all.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).end() <= quote.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int c = lo; c < all.size() && all.get(c).start() < quote.end(); c++) {
      claims.add(c);
    }
  }

  /** Whether {@code [from, to)} is at most {@link #GAP} characters, each one of {@code allowed}. */
  private static boolean between(String s, int from, int to, String allowed) {
    if (from > to || to - from > GAP) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (allowed.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The quotes of the paragraphs that can extend a verb phrase: those with a closing mark just before
   * such a phrase or an opening mark just after it. Quotes never cross a paragraph, so the quote
   * found for a phrase is the same as among every quote of the article.
   */
  private static List<Span> quotes(ReadContext ctx) {
    String s = ctx.text;
    BitSet wanted = new BitSet();
    for (ReadContext.Hit hit : ctx.hits) {
      if (hit.found().reach() != Reach.SENTENCE_AND_QUOTE) {
        continue;
      }
      Span x = hit.found().span();
      for (int i = Math.max(0, x.start() - GAP - 1); i < x.start(); i++) {
        if (isClosing(s.charAt(i))) {
          want(ctx, wanted, i);
        }
      }
      for (int i = x.end(); i < Math.min(s.length(), x.end() + GAP + 1); i++) {
        if (isOpening(s.charAt(i))) {
          want(ctx, wanted, i);
        }
      }
    }
    List<Span> out = new ArrayList<>();
    for (int q = wanted.nextSetBit(0); q >= 0; q = wanted.nextSetBit(q + 1)) {
      Layout.Para p = ctx.paragraphs.get(q);
      int open = -1;
      int straight = -1;
      for (int i = p.start(); i < p.end(); i++) {
        char c = s.charAt(i);
        if (c == '"') { // the straight mark opens and closes
          if (straight < 0) {
            straight = i;
          } else {
            out.add(Span.of(straight, i + 1));
            straight = -1;
          }
        } else if (isOpening(c)) {
          open = i;
        } else if (isClosing(c) && open >= 0) {
          out.add(Span.of(open, i + 1));
          open = -1;
        }
      }
    }
    return out;
  }

  /** Marks the paragraph holding offset {@code i}, if any; paragraphs are in order and apart. */
  private static void want(ReadContext ctx, BitSet wanted, int i) {
    List<Layout.Para> paras = ctx.paragraphs;
    int lo = 0;
    int hi = paras.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (paras.get(mid).end() <= i) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo < paras.size() && paras.get(lo).start() <= i) {
      wanted.set(lo);
    }
  }

  private static boolean isOpening(char c) {
    return c == '“' || c == '«' || c == '„' || c == '"';
  }

  private static boolean isClosing(char c) {
    return c == '”' || c == '»' || c == '"';
  }
}
