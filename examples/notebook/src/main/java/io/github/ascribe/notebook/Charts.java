package io.github.ascribe.notebook;

import io.github.ascribe.core.Article;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Source;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.style.Styler;

/** Coverage charts (XChart, drawn as PNG in the notebook): per article, as a histogram, per source. */
public final class Charts {
  private static final int WIDTH = 720;
  private static final int HEIGHT = 360;
  /** room for labels at 45 degrees */
  private static final int ROTATED_HEIGHT = 460;

  private Charts() {}

  /**
   * One bar per article: the share of its claims that are attributed.
   *
   * @param articles articles by name, in the order to draw them
   * @return the chart
   */
  public static Chart coverageByArticle(Map<String, Article> articles) {
    List<String> names = new ArrayList<>(articles.keySet());
    List<Double> coverage = articles.values().stream().map(a -> a.summary().coverage() * 100).toList();
    CategoryChart chart = base("Coverage by article", "article", "attributed claims (%)", ROTATED_HEIGHT);
    chart.getStyler().setXAxisLabelRotation(45);
    chart.getStyler().setYAxisMax(100.0);
    chart.addSeries("coverage", names, coverage);
    double mean = coverage.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    return new Chart(String.format(Locale.ROOT, "coverage by article: %d articles, mean %.1f%%", names.size(), mean),
        chart);
  }

  /**
   * Articles counted by coverage, in ten buckets of 10 % (100 % is the last bucket's).
   *
   * @param articles the articles
   * @return the chart
   */
  public static Chart coverageHistogram(Collection<Article> articles) {
    int[] buckets = new int[10];
    for (Article a : articles) {
      buckets[Math.min(9, (int) Math.floor(a.summary().coverage() * 10))]++;
    }
    List<String> labels = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      labels.add((i * 10) + "-" + (i == 9 ? 100 : i * 10 + 9) + "%");
      counts.add(buckets[i]);
    }
    CategoryChart chart = base("Articles by coverage", "attributed claims", "articles", HEIGHT);
    chart.addSeries("articles", labels, counts);
    return new Chart("articles by coverage: " + articles.size() + " articles, " + labels.get(9) + ": " + buckets[9]
        + ", " + labels.get(0) + ": " + buckets[0], chart);
  }

  /**
   * The sources that back the most claims, one bar each.
   *
   * @param articles the articles
   * @param top how many sources to draw
   * @return the chart
   */
  public static Chart claimsBySource(Collection<Article> articles, int top) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Article a : articles) {
      for (Claim c : a.claims()) {
        c.mediaSources().stream().map(Source::name).distinct().forEach(n -> counts.merge(n, 1, Integer::sum));
      }
    }
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
    sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<Map.Entry<String, Integer>> shown = sorted.subList(0, Math.min(top, sorted.size()));
    CategoryChart chart = base("Claims backed, by source", "source", "claims", ROTATED_HEIGHT);
    chart.getStyler().setXAxisLabelRotation(45);
    if (!shown.isEmpty()) {
      chart.addSeries("claims", shown.stream().map(Map.Entry::getKey).toList(),
          shown.stream().map(Map.Entry::getValue).toList());
    }
    return new Chart("claims backed by source: top " + shown.size() + " of " + counts.size() + " sources"
        + (shown.isEmpty() ? "" : ", first " + shown.get(0).getKey() + " (" + shown.get(0).getValue() + ")"), chart);
  }

  private static CategoryChart base(String title, String x, String y, int height) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(height).title(title)
        .xAxisTitle(x).yAxisTitle(y).build();
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setChartTitleVisible(true);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.InsideNE);
    chart.getStyler().setAntiAlias(true);
    return chart;
  }
}
