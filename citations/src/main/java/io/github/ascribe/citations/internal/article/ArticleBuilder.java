package io.github.ascribe.citations.internal.article;

import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Paragraph;
import io.github.ascribe.core.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Builds the immutable {@link Article} of an analysis: attributions in text order (by span, then in
 * the order found), each with the claims it covers; claims with their attributions; paragraphs; and
 * the capped diagnostics. Stateless.
 */
final class ArticleBuilder {

  private ArticleBuilder() {}

  /**
   * The article.
   *
   * @param ctx the analysis, read to the end
   * @param covered the claims of each hit, by hit
   * @return the article
   */
  static Article build(ReadContext ctx, List<TreeSet<Integer>> covered) {
    List<Integer> order = new ArrayList<>(ctx.hits.size());
    for (int h = 0; h < ctx.hits.size(); h++) {
      if (ctx.hits.get(h).found().reach() != Reach.NONE) {
        order.add(h);
      }
    }
    order.sort(Comparator.comparing(h -> ctx.hits.get(h).found().span())); // stable: found order breaks ties
    Attribution[] attributions = new Attribution[order.size()];
    List<List<Attribution>> byClaim = new ArrayList<>(ctx.claims.size());
    for (int c = 0; c < ctx.claims.size(); c++) {
      byClaim.add(new ArrayList<>(1));
    }
    for (int i = 0; i < attributions.length; i++) {
      int h = order.get(i);
      Recognized r = ctx.hits.get(h).found();
      List<Integer> claims = List.copyOf(covered.get(h));
      attributions[i] = new Attribution(i, r.form(), r.rule(), r.span(), r.mentions(), r.unnamed(), r.total(), claims,
          r.prose());
      for (int c : claims) {
        byClaim.get(c).add(attributions[i]);
      }
    }
    Claim[] claims = new Claim[ctx.claims.size()];
    for (int c = 0; c < claims.length; c++) {
      ReadContext.ClaimSpan at = ctx.claims.get(c);
      claims[c] = Claim.of(c, at.paragraph(), ctx.text, at.start(), at.end(), List.copyOf(byClaim.get(c)));
    }
    Paragraph[] paragraphs = new Paragraph[ctx.paragraphs.size()];
    for (int i = 0; i < paragraphs.length; i++) {
      Layout.Para p = ctx.paragraphs.get(i);
      paragraphs[i] = new Paragraph(p.index(), Span.of(p.start(), p.end()));
    }
    return new Article(ctx.text, List.of(paragraphs), List.of(claims), List.of(attributions), ctx.diagnostics.toList());
  }
}
