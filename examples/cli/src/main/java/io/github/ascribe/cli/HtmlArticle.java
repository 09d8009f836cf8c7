package io.github.ascribe.cli;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

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
 * Renders an article's text as HTML paragraphs: each claim a {@code <span class="claim STATUS">} with
 * its sources in the {@code title}, each attribution a {@code <span class="attr">} (underlined) with
 * what it names and covers. Every piece of text is escaped with {@code escapeHtml4}; attribute values
 * are always double-quoted. No input ever becomes a link.
 *
 * <pre>{@code
 * StringBuilder sb = new StringBuilder();
 * HtmlArticle.render(article, sb);
 * }</pre>
 */
final class HtmlArticle {

  private final Article article;
  private final StringBuilder sb;
  private final List<Attribution> byStart;
  private final List<Attribution> active = new ArrayList<>();
  private int nextAttribution;

  private HtmlArticle(Article article, StringBuilder sb) {
    this.article = article;
    this.sb = sb;
    this.byStart = article.attributions().stream().sorted(Comparator.comparing(Attribution::span)).toList();
  }

  /**
   * Appends the article's paragraphs.
   *
   * @param a the article
   * @param sb where to append
   */
  static void render(Article a, StringBuilder sb) {
    new HtmlArticle(a, sb).paragraphs();
  }

  private void paragraphs() {
    List<Claim> claims = article.claims();
    int next = 0;
    for (Paragraph p : article.paragraphs()) {
      Span ps = p.span();
      if (ps.isEmpty()) {
        continue;
      }
      sb.append("<p>");
      int pos = ps.start();
      while (next < claims.size() && claims.get(next).span().start() < ps.end()) {
        Claim c = claims.get(next++);
        int from = Math.max(pos, c.span().start());
        int to = Math.min(ps.end(), c.span().end());
        if (to <= from) {
          continue;
        }
        region(pos, from);
        claim(c, from, to, c.span().start() >= ps.start(), c.span().end() <= ps.end());
        pos = to;
      }
      region(pos, ps.end());
      sb.append("</p>\n");
      if (next > 0 && claims.get(next - 1).span().end() > ps.end()) {
        next--; // a claim crossing into the next paragraph goes on there
      }
    }
  }

  private void claim(Claim c, int from, int to, boolean first, boolean last) {
    ClaimStatus status = ClaimStatus.of(c);
    StringBuilder title = new StringBuilder("Claim #").append(c.index()).append(": ");
    title.append(c.isAttributed() ? Figures.mediaSources(c) : "unattributed, no media source");
    if (!c.otherSources().isEmpty()) {
      title.append("\nalso: ").append(Figures.names(c.otherSources()));
    }
    String escapedTitle = escapeHtml4(title.toString());
    sb.append("<span class=\"claim ").append(status.label()).append('"');
    if (first) {
      sb.append(" id=\"claim-").append(c.index()).append('"');
    }
    sb.append(" title=\"").append(escapedTitle).append("\">");
    region(from, to);
    sb.append("</span>");
    if (last) {
      sb.append("<sup class=\"badge ").append(status.label()).append("\" title=\"").append(escapedTitle)
          .append("\">#").append(c.index()).append(' ').append(badge(c)).append("</sup>");
    }
  }

  private static String badge(Claim c) {
    int named = c.mediaSources().size();
    int unnamed = c.unnamedSources();
    if (named + unnamed == 0) {
      return "no source";
    }
    String count = unnamed == 0 ? String.valueOf(named) : named + "+" + unnamed;
    return count + (named + unnamed == 1 ? " source" : " sources");
  }

  /**
   * Text between {@code from} and {@code to}, with the attributions in it underlined. Regions come in
   * increasing order, so one forward sweep over the attributions (sorted by start) finds those that
   * overlap: linear in the article, not quadratic.
   */
  private void region(int from, int to) {
    if (to <= from) {
      return;
    }
    active.removeIf(at -> at.span().end() <= from);
    while (nextAttribution < byStart.size() && byStart.get(nextAttribution).span().start() < to) {
      Attribution at = byStart.get(nextAttribution++);
      if (at.span().end() > from) {
        active.add(at);
      }
    }
    TreeSet<Integer> cuts = new TreeSet<>(List.of(from, to));
    for (Attribution at : active) {
      cuts.add(Math.max(from, Math.min(to, at.span().start())));
      cuts.add(Math.max(from, Math.min(to, at.span().end())));
    }
    int start = from;
    for (Integer end = cuts.higher(start); end != null; start = end, end = cuts.higher(end)) {
      String text = escapeHtml4(article.text().substring(start, end));
      List<Attribution> covering = new ArrayList<>();
      for (Attribution at : active) {
        if (at.span().start() <= start && end <= at.span().end()) {
          covering.add(at);
        }
      }
      if (covering.isEmpty()) {
        sb.append(text);
      } else {
        sb.append("<span class=\"attr\" title=\"").append(escapeHtml4(describe(covering))).append("\">")
            .append(text).append("</span>");
      }
    }
  }

  private static String describe(List<Attribution> attributions) {
    StringBuilder sb = new StringBuilder();
    for (Attribution at : attributions) {
      if (sb.length() > 0) {
        sb.append('\n');
      }
      sb.append("Attribution #").append(at.index()).append(' ').append(at.form()).append(" (").append(at.rule())
          .append("): ").append(Figures.names(at.sources()).isEmpty() ? "no named source" : Figures.names(at.sources()));
      if (at.unnamedSources() > 0) {
        sb.append(" + ").append(at.unnamedSources()).append(" unnamed");
      }
      at.declaredTotal().ifPresent(t -> sb.append(", declares =").append(t));
      sb.append(at.claims().isEmpty() ? "; covers no claim" : "; covers claims " + claimList(at.claims()));
    }
    return sb.toString();
  }

  private static String claimList(List<Integer> claims) {
    StringBuilder sb = new StringBuilder();
    for (int c : claims) {
      sb.append(sb.length() == 0 ? "#" : ", #").append(c);
    }
    return sb.toString();
  }
}
