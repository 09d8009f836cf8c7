package io.github.ascribe.cli;


import io.github.ascribe.core.Article;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.Summary;
import io.github.ascribe.core.text.Position;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The HTML report: one self-contained page (inline CSS, no script, no external resource, a Content
 * Security Policy that forbids both) with, per file, the summary figures, a coverage chart ({@link
 * CoverageChart}), one card per claim with its sources written beside it ({@link HtmlCards}), the
 * source table and the diagnostics.
 *
 * <p>Everything from the input or the registry is escaped with {@link HtmlText#escape} (Commons Text)
 * and placed in element text or double-quoted attributes; nothing becomes a link.
 *
 * <pre>{@code
 * Files.writeString(Path.of("report.html"), ReportFormat.HTML.render(new AnalyzedFile("a.txt", article)));
 * }</pre>
 */
public final class HtmlReport implements ReportWriter {

  private static final String CSS = """
      :root { --multi: #d8f0d2; --multi-edge: #3c8d2f; --single: #fdf0c2; --single-edge: #b58900;
        --none: #fbd9d6; --none-edge: #c0392b; --other-edge: #6c4ba3; --warn: #a94400; --ink: #1d232a; --muted: #5b6670; --line: #d9dee3; }
      * { box-sizing: border-box; }
      body { margin: 0; font: 16px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
        color: var(--ink); background: #f6f7f9; }
      main { max-width: 60rem; margin: 0 auto; padding: 1.5rem 1.5rem 3rem; }
      header h1 { margin: 0 0 .25rem; font-size: 1.6rem; }
      header p { margin: 0 0 1rem; color: var(--muted); }
      section.file { background: #fff; border: 1px solid var(--line); border-radius: 8px; padding: 1.25rem 1.5rem;
        margin: 0 0 1.5rem; }
      h2 { margin: 0 0 .75rem; font-size: 1.25rem; overflow-wrap: anywhere; }
      h3 { margin: 1.5rem 0 .5rem; font-size: 1.05rem; }
      .legend { display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; font-size: .875rem; color: var(--muted);
        margin: 0 0 1rem; padding: 0; list-style: none; }
      .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(5.5rem, 1fr)); gap: .5rem;
        margin: 0 0 1.25rem; }
      .figure.wide { grid-column: span 2; }
      .figure { border: 1px solid var(--line); border-radius: 6px; padding: .4rem .6rem; }
      .figure b { display: block; font-size: 1.3rem; line-height: 1.3; }
      .figure small { color: var(--muted); font-size: .8rem; }
      .bar { height: .4rem; background: var(--none); border-radius: 3px; overflow: hidden; margin-top: .25rem; }
      .bar i { display: block; height: 100%; background: var(--multi-edge); }
      .cards { display: grid; gap: .6rem; }
      .card { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: .4rem 1rem;
        border: 1px solid var(--line); border-left: .45rem solid var(--line); border-radius: 6px; padding: .5rem .75rem; }
      @media (max-width: 40rem) { .card { grid-template-columns: 1fr; } }
      .card.multi-source { border-left-color: var(--multi-edge); }
      .card.single-source { border-left-color: var(--single-edge); background: #fffbea; }
      .card.other-attributed { border-left-color: var(--other-edge); background: #f3effa; }
      .card.unattributed { border-left-color: var(--none-edge); background: #fff4f3; }
      .card p { margin: 0; }
      .head { font-size: .8rem; color: var(--muted); }
      .claim-text { white-space: pre-wrap; overflow-wrap: anywhere; }
      .label { font-weight: 700; padding: 0 .35rem; border-radius: 3px; border: 1px solid; text-transform: uppercase;
        letter-spacing: .03em; font-size: .72rem; }
      .label.multi-source { color: var(--multi-edge); }
      .label.single-source { color: #7a5c00; background: var(--single); }
      .label.other-attributed { color: #fff; background: var(--other-edge); border-color: var(--other-edge); }
      .label.unattributed { color: #fff; background: var(--none-edge); border-color: var(--none-edge); }
      .check { color: var(--warn); font-weight: 700; }
      ul.sources { list-style: none; margin: 0; padding: 0; font-size: .9rem; }
      li.source { padding: .1rem .3rem; border-radius: 3px; cursor: help; overflow-wrap: anywhere; }
      li.source .name { font-weight: 600; }
      li.source.other .name { font-style: italic; }
      li.source .kind { font-size: .7rem; }
      li.source .via { display: block; font-size: .75rem; color: var(--muted); line-height: 1.3; }
      li.source.warn { background: #fff0d9; border: 1px dashed var(--warn); }
      li.source .why { display: block; color: var(--warn); font-weight: 600; font-size: .8rem; }
      li.source.lookalike .name { text-decoration: line-through; }
      li.source .uncounted { display: block; font-size: .8rem; }
      li.source.nothing { color: var(--none-edge); font-weight: 600; cursor: default; }
      .chart { margin: 0 0 1.25rem; }
      .chart svg { display: block; width: 100%; height: 1.5rem; border-radius: 4px; }
      .chart .track { fill: var(--line); }
      .seg.multi-source, .swatch.multi-source { fill: var(--multi-edge); background: var(--multi-edge); }
      .seg.single-source, .swatch.single-source { fill: var(--single-edge); background: var(--single-edge); }
      .seg.other-attributed, .swatch.other-attributed { fill: var(--other-edge); background: var(--other-edge); }
      .seg.unattributed, .swatch.unattributed { fill: var(--none-edge); background: var(--none-edge); }
      .chart-legend { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; margin: .3rem 0 0; padding: 0;
        font-size: .85rem; }
      .chart-legend small { color: var(--muted); }
      .swatch { display: inline-block; width: .8rem; height: .8rem; border-radius: 2px; margin-right: .3rem;
        vertical-align: -.1rem; }
      table { border-collapse: collapse; width: 100%; font-size: .9rem; }
      th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top;
        overflow-wrap: break-word; }
      th { color: var(--muted); font-weight: 600; }
      td.num, td.kind { white-space: nowrap; }
      td.name { min-width: 9rem; }
      td.id, td.domains { font-size: .8rem; color: var(--muted); }
      .kind { font-size: .75rem; letter-spacing: .03em; color: var(--muted); }
      .sev-ERROR { color: var(--none-edge); font-weight: 600; }
      .sev-WARNING { color: var(--single-edge); font-weight: 600; }
      .none { color: var(--muted); }
      footer { color: var(--muted); font-size: .8rem; }
      """;

  private static final int MAX_DOMAINS = 3;

  private final String title;

  /**
   * Creates the writer.
   *
   * @param title what the report is about, for the page title (a file name); may be empty
   */
  public HtmlReport(String title) {
    this.title = Objects.requireNonNull(title, "title");
  }

  @Override
  public void begin(Writer out) throws IOException {
    StringBuilder sb = new StringBuilder();
    sb.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"ascribe\">\n")
        .append("<title>").append(HtmlText.escape(title.isEmpty() ? "Ascribe report" : "Ascribe report: " + title))
        .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n")
        .append("<header>\n<h1>Ascribe report</h1>\n<p>Who says so, claim by claim: each claim with the")
        .append(" sources that back it, the form and rule that named them. Hover over a source for how it was")
        .append(" written and matched.</p>\n<ul class=\"legend\">");
    for (CardLabel l : CardLabel.values()) {
      sb.append("<li><span class=\"label ").append(l.label()).append("\">").append(l.label()).append("</span> ")
          .append(l.meaning()).append("</li>");
    }
    sb.append("<li><span class=\"check\">\u26a0</span> a look-alike name or a link to another host</li>")
        .append("</ul>\n</header>\n");
    out.write(sb.toString());
  }

  @Override
  public void write(AnalyzedFile file, Writer out) throws IOException {
    Article a = file.article();
    StringBuilder sb = new StringBuilder();
    sb.append("<section class=\"file\">\n<h2>").append(HtmlText.escape(file.name())).append("</h2>\n");
    summary(a.summary(), sb);
    CoverageChart.render(a.claims(), sb);
    sb.append("<h3>Claims</h3>\n");
    HtmlCards.render(a, sb);
    sources(a, sb);
    diagnostics(a, sb);
    sb.append("</section>\n");
    out.write(sb.toString());
  }

  @Override
  public void end(Writer out) throws IOException {
    out.write("<footer>Made by ascribe. Claims, attributions and sources are found automatically; check"
        + " what matters.</footer>\n</main>\n</body>\n</html>\n");
  }

  private static void summary(Summary s, StringBuilder sb) {
    sb.append("<div class=\"figures\">\n");
    sb.append("<div class=\"figure wide\" title=\"claims with at least one media source\"><b>")
        .append(Figures.percent(s.coverage())).append("</b><small>coverage: ")
        .append(s.attributedClaims()).append(" of ").append(s.claims()).append(" claims attributed</small>")
        .append("<div class=\"bar\"><i style=\"width:")
        .append(String.format(Locale.ROOT, "%.1f", s.coverage() * 100)).append("%\"></i></div></div>\n");
    figure(sb, s.claims(), "claims", "sentences that state something");
    figure(sb, s.unattributedClaims(), "unattributed", "claims with no media source");
    figure(sb, s.singleSourceClaims(), "single-source", "claims with exactly one media source");
    figure(sb, s.distinctSources(), "media sources", "distinct named outlets, agencies and aggregators");
    figure(sb, s.independentSources(), "independent", "distinct named media sources that are not aggregators");
    figure(sb, s.otherAttributedClaims(), "cite people", "claims citing people, organisations or anonymous sources");
    sb.append("</div>\n");
  }

  private static void figure(StringBuilder sb, int value, String label, String explanation) {
    sb.append("<div class=\"figure\" title=\"").append(explanation).append("\"><b>").append(value)
        .append("</b><small>").append(label).append("</small></div>\n");
  }

  private static void sources(Article a, StringBuilder sb) {
    sb.append("<h3>Sources</h3>\n");
    Map<Source, List<Claim>> index = a.claimsBySource();
    if (index.isEmpty()) {
      sb.append("<p class=\"none\">No source is named.</p>\n");
      return;
    }
    sb.append("<table class=\"sources\">\n<thead><tr><th>Source</th><th>Kind</th><th>Claims</th><th>Id</th>")
        .append("<th>Domains</th></tr></thead>\n<tbody>\n");
    for (Map.Entry<Source, List<Claim>> e : index.entrySet()) {
      Source s = e.getKey();
      String claims = e.getValue().isEmpty() ? "none"
          : e.getValue().stream().map(c -> "#" + c.index()).collect(Collectors.joining(" "));
      List<String> domains = s.domains();
      String shown = domains.size() <= MAX_DOMAINS ? String.join(", ", domains)
          : String.join(", ", domains.subList(0, MAX_DOMAINS)) + " +" + (domains.size() - MAX_DOMAINS) + " more";
      sb.append("<tr><td class=\"name\">").append(HtmlText.escape(s.name())).append("</td><td class=\"kind\">")
          .append(s.kind()).append("</td><td class=\"num\">").append(claims).append("</td><td class=\"id\">")
          .append(HtmlText.escape(s.id())).append("</td><td class=\"domains\" title=\"")
          .append(HtmlText.escape(String.join(", ", domains))).append("\">").append(HtmlText.escape(shown))
          .append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
  }

  private static void diagnostics(Article a, StringBuilder sb) {
    sb.append("<h3>Diagnostics</h3>\n");
    if (a.diagnostics().isEmpty()) {
      sb.append("<p class=\"none\">None.</p>\n");
      return;
    }
    sb.append("<table class=\"diagnostics\">\n<thead><tr><th>Line:col</th><th>Severity</th><th>Code</th>")
        .append("<th>Message</th></tr></thead>\n<tbody>\n");
    for (Diagnostic d : a.diagnostics()) {
      Position p = a.lineIndex().position(d.span().start());
      sb.append("<tr><td class=\"num\">").append(p).append("</td><td class=\"sev-").append(d.severity()).append("\">")
          .append(d.severity()).append("</td><td>").append(HtmlText.escape(d.code())).append("</td><td>")
          .append(HtmlText.escape(d.message())).append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
  }
}
