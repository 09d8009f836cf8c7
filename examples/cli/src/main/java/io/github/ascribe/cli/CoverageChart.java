package io.github.ascribe.cli;

import io.github.ascribe.core.Claim;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The HTML report's coverage chart: one inline SVG bar split by {@link CardLabel} (multi-source,
 * single-source, other-attributed, unattributed), each part with its count as a {@code data-count}
 * attribute and a {@code <title>}, and a text legend with the same numbers beside it, so the chart
 * is readable without colour and without the picture.
 *
 * <pre>{@code
 * StringBuilder sb = new StringBuilder();
 * CoverageChart.render(article.claims(), sb);
 * }</pre>
 */
final class CoverageChart {

  private static final int WIDTH = 480;
  private static final int HEIGHT = 22;

  private CoverageChart() {}

  /**
   * Counts the claims by label.
   *
   * @param claims the claims
   * @return every label with its count, in declaration order (zero counts included)
   */
  static Map<CardLabel, Integer> counts(List<Claim> claims) {
    Map<CardLabel, Integer> counts = new EnumMap<>(CardLabel.class);
    for (CardLabel l : CardLabel.values()) {
      counts.put(l, 0);
    }
    for (Claim c : claims) {
      counts.merge(CardLabel.of(c), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * Appends the chart and its legend.
   *
   * @param claims the article's claims
   * @param sb where to append
   */
  static void render(List<Claim> claims, StringBuilder sb) {
    Map<CardLabel, Integer> counts = counts(claims);
    int total = claims.size();
    StringBuilder words = new StringBuilder("Claims by sourcing: ");
    counts.forEach((l, n) -> words.append(l.label()).append(' ').append(n).append(", "));
    words.setLength(words.length() - 2);
    sb.append("<figure class=\"chart\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" preserveAspectRatio=\"none\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(HEIGHT).append("\" width=\"").append(WIDTH).append("\" height=\"")
        .append(HEIGHT).append("\" data-total=\"").append(total).append("\"><title>").append(words)
        .append(" (of ").append(total).append(")</title>\n");
    sb.append("<rect class=\"track\" x=\"0\" y=\"0\" width=\"").append(WIDTH).append("\" height=\"").append(HEIGHT)
        .append("\"></rect>\n");
    double x = 0;
    for (Map.Entry<CardLabel, Integer> e : counts.entrySet()) {
      int n = e.getValue();
      if (n == 0) {
        continue;
      }
      double w = (double) WIDTH * n / total;
      sb.append("<rect class=\"seg ").append(e.getKey().label()).append("\" x=\"").append(num(x))
          .append("\" y=\"0\" width=\"").append(num(w)).append("\" height=\"").append(HEIGHT)
          .append("\" data-count=\"").append(n).append("\"><title>").append(e.getKey().label()).append(": ")
          .append(n).append(n == 1 ? " claim" : " claims").append("</title></rect>\n");
      x += w;
    }
    sb.append("</svg>\n<figcaption><ul class=\"chart-legend\">");
    counts.forEach((l, n) -> sb.append("<li><i class=\"swatch ").append(l.label()).append("\"></i><b>").append(n)
        .append("</b> ").append(l.label()).append(" <small>").append(l.meaning()).append("</small></li>"));
    sb.append("</ul></figcaption>\n</figure>\n");
  }

  private static String num(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
