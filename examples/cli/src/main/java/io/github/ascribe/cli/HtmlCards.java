package io.github.ascribe.cli;


import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.MatchKind;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceMention;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Renders an article's claims as cards: per claim, its label as text ({@link CardLabel}), the
 * sentence, and beside it every source as visible text with its kind and the form and rule that
 * named it (media sources first, then people, organisations and anonymous sources); hovering a source adds how it was written, how it was matched and where. Look-alike names
 * and links whose host is not the named source's are in a warning style with the reason written out
 * ({@link SourceWarnings}). Every piece of input is escaped with {@link HtmlText} and attribute
 * values are double-quoted; no input becomes a link.
 *
 * <pre>{@code
 * StringBuilder sb = new StringBuilder();
 * HtmlCards.render(article, sb);
 * }</pre>
 */
final class HtmlCards {

  private final Article article;
  private final SourceWarnings warnings;
  private final StringBuilder sb;

  private HtmlCards(Article article, StringBuilder sb) {
    this.article = article;
    this.warnings = new SourceWarnings(article);
    this.sb = sb;
  }

  /**
   * Appends one card per claim, in article order, inside a {@code <div class="cards">}.
   *
   * @param a the article
   * @param sb where to append
   * @return how many sources were shown in the warning style
   */
  static int render(Article a, StringBuilder sb) {
    HtmlCards cards = new HtmlCards(a, sb);
    if (a.claims().isEmpty()) {
      sb.append("<p class=\"none\">No claims.</p>\n");
      return 0;
    }
    int warned = 0;
    sb.append("<div class=\"cards\">\n");
    for (Claim c : a.claims()) {
      warned += cards.card(c);
    }
    sb.append("</div>\n");
    return warned;
  }

  /** What one card shows of one source: the forms that named it, how it was written, any warning. */
  private static final class Shown {
    final Set<String> via = new LinkedHashSet<>();
    final List<String> detail = new ArrayList<>();
    final Set<String> warnings = new LinkedHashSet<>();
    /** A look-alike name: shown with its warning, but no source of the claim (it is not counted). */
    boolean lookAlike;
  }

  private int card(Claim c) {
    CardLabel label = CardLabel.of(c);
    Map<Source, Shown> shown = new LinkedHashMap<>();
    for (Attribution at : c.attributions()) {
      for (SourceMention m : at.mentions()) {
        Shown s = shown.computeIfAbsent(m.source(), k -> new Shown());
        s.via.add(at.form() + " · " + at.rule());
        s.detail.add("written as \u201c" + m.text() + "\u201d (" + m.match().kind() + " match) at "
            + article.lineIndex().position(m.span().start()) + ", attribution #" + at.index() + " "
            + at.form() + " (" + at.rule() + ")");
        warnings.of(at, m).ifPresent(s.warnings::add);
        s.lookAlike |= m.match().kind() == MatchKind.CONFUSABLE;
      }
    }
    int warned = (int) shown.values().stream().filter(s -> !s.warnings.isEmpty()).count();
    sb.append("<article class=\"card ").append(label.label()).append(warned > 0 ? " has-warning" : "")
        .append("\" id=\"claim-").append(c.index()).append("\">\n<div class=\"said\">\n<p class=\"head\">")
        .append("<span class=\"num\">#").append(c.index()).append("</span> <span class=\"label ")
        .append(label.label()).append("\" title=\"").append(label.meaning()).append("\">")
        .append(label.label()).append("</span> <span class=\"count\">").append(count(c)).append("</span>");
    if (warned > 0) {
      sb.append(" <span class=\"check\">check ").append(warned).append(warned == 1 ? " source" : " sources")
          .append("</span>");
    }
    sb.append("</p>\n<p class=\"claim-text\">").append(HtmlText.escape(c.text())).append("</p>\n</div>\n")
        .append("<ul class=\"sources\">\n");
    // spec: media sources and the unnamed count first (they decide the label), then the others
    for (boolean media : new boolean[] {true, false}) {
      for (Map.Entry<Source, Shown> e : shown.entrySet()) {
        if (e.getKey().isMedia() == media) {
          source(e.getKey(), e.getValue());
        }
      }
      if (media && c.unnamedSources() > 0) {
        sb.append("<li class=\"source unnamed\" title=\"sources the notation counts without naming them\">+")
            .append(c.unnamedSources()).append(" unnamed</li>\n");
      }
    }
    if (shown.isEmpty() && c.unnamedSources() == 0) {
      sb.append("<li class=\"source nothing\">no source named</li>\n");
    }
    sb.append("</ul>\n</article>\n");
    return warned;
  }

  private void source(Source src, Shown s) {
    boolean warn = !s.warnings.isEmpty();
    sb.append("<li class=\"source ").append(src.isMedia() ? "media" : "other").append(warn ? " warn" : "")
        .append(s.lookAlike ? " lookalike" : "")
        .append("\" title=\"").append(HtmlText.escape(src.id() + "\n" + String.join("\n", s.detail)))
        .append("\"><span class=\"name\">").append(HtmlText.escape(src.name())).append("</span> <span class=\"kind\">")
        .append(src.kind()).append("</span> <span class=\"via\">").append(HtmlText.escape(String.join(", ", s.via)))
        .append("</span>");
    for (String why : s.warnings) {
      sb.append("<span class=\"why\">\u26a0 ").append(HtmlText.escape(why)).append("</span>");
    }
    if (s.lookAlike) {
      sb.append("<span class=\"uncounted\">not counted as a source</span>");
    }
    sb.append("</li>\n");
  }

  /** The media source count in words: {@code 4 + 6 unnamed media sources}, {@code no media source}. */
  private static String count(Claim c) {
    int named = c.mediaSources().size();
    int unnamed = c.unnamedSources();
    int total = named + unnamed;
    String others = c.otherSources().isEmpty() ? ""
        : "; cites " + c.otherSources().size() + (c.otherSources().size() == 1 ? " other" : " others");
    if (total == 0) {
      return "no media source" + others;
    }
    String n = unnamed == 0 ? String.valueOf(named) : named + " + " + unnamed + " unnamed";
    return n + (total == 1 ? " media source" : " media sources") + others;
  }
}
