package io.github.ascribe.cli;

import static org.apache.commons.text.StringEscapeUtils.escapeHtml4;

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
 * Security Policy that forbids both) with, per file, the summary, the article with claims coloured by
 * status and attributions underlined (hover for sources), the source table and the diagnostics.
 *
 * <p>Everything from the input or the registry is escaped with {@code StringEscapeUtils.escapeHtml4}
 * and placed in element text or double-quoted attributes; nothing becomes a link.
 *
 * <pre>{@code
 * Files.writeString(Path.of("report.html"), ReportFormat.HTML.render(new AnalyzedFile("a.txt", article)));
 * }</pre>
 */
public final class HtmlReport implements ReportWriter {

  private static final String CSS = """
      :root { --multi: #d8f0d2; --multi-edge: #3c8d2f; --single: #fdf0c2; --single-edge: #b58900;
        --none: #fbd9d6; --none-edge: #c0392b; --ink: #1d232a; --muted: #5b6670; --line: #d9dee3; }
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
      .legend span.claim, .legend span.attr { padding: 0 .35rem; color: var(--ink); }
      .figures { display: grid; grid-template-columns: repeat(auto-fit, minmax(5.5rem, 1fr)); gap: .5rem;
        margin: 0 0 1.25rem; }
      .figure.wide { grid-column: span 2; }
      .figure { border: 1px solid var(--line); border-radius: 6px; padding: .4rem .6rem; }
      .figure b { display: block; font-size: 1.3rem; line-height: 1.3; }
      .figure small { color: var(--muted); font-size: .8rem; }
      .bar { height: .4rem; background: var(--none); border-radius: 3px; overflow: hidden; margin-top: .25rem; }
      .bar i { display: block; height: 100%; background: var(--multi-edge); }
      .text p { margin: 0 0 .9rem; white-space: pre-wrap; overflow-wrap: anywhere; }
      .claim { border-radius: 3px; padding: .1rem 0; box-decoration-break: clone; -webkit-box-decoration-break: clone; }
      .claim.multi-source { background: var(--multi); }
      .claim.single-source { background: var(--single); }
      .claim.unattributed { background: var(--none); }
      .claim:hover { outline: 2px solid var(--ink); }
      .attr { text-decoration: underline 2px #1f5fa8; text-underline-offset: 3px; cursor: help; }
      .badge { font-size: .7rem; font-weight: 600; padding: 0 .3rem; margin-left: .2rem; border-radius: 3px;
        border: 1px solid; white-space: nowrap; cursor: help; }
      .badge.multi-source { color: var(--multi-edge); border-color: var(--multi-edge); }
      .badge.single-source { color: var(--single-edge); border-color: var(--single-edge); }
      .badge.unattributed { color: #fff; background: var(--none-edge); border-color: var(--none-edge); }
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
        .append("<title>").append(escapeHtml4(title.isEmpty() ? "Ascribe report" : "Ascribe report: " + title))
        .append("</title>\n<style>\n").append(CSS).append("</style>\n</head>\n<body>\n<main>\n")
        .append("<header>\n<h1>Ascribe report</h1>\n<p>Who says so, claim by claim. Hover over a claim or an")
        .append(" underlined attribution to see its sources.</p>\n")
        .append("<ul class=\"legend\">")
        .append("<li><span class=\"claim multi-source\">multi-source</span> two or more media sources</li>")
        .append("<li><span class=\"claim single-source\">single-source</span> one media source</li>")
        .append("<li><span class=\"claim unattributed\">unattributed</span> no media source</li>")
        .append("<li><span class=\"attr\">attribution</span> text naming sources</li>")
        .append("</ul>\n</header>\n");
    out.write(sb.toString());
  }

  @Override
  public void write(AnalyzedFile file, Writer out) throws IOException {
    Article a = file.article();
    StringBuilder sb = new StringBuilder();
    sb.append("<section class=\"file\">\n<h2>").append(escapeHtml4(file.name())).append("</h2>\n");
    summary(a.summary(), sb);
    sb.append("<div class=\"text\">\n");
    HtmlArticle.render(a, sb);
    sb.append("</div>\n");
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
      sb.append("<tr><td class=\"name\">").append(escapeHtml4(s.name())).append("</td><td class=\"kind\">")
          .append(s.kind()).append("</td><td class=\"num\">").append(claims).append("</td><td class=\"id\">")
          .append(escapeHtml4(s.id())).append("</td><td class=\"domains\" title=\"")
          .append(escapeHtml4(String.join(", ", domains))).append("\">").append(escapeHtml4(shown))
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
          .append(d.severity()).append("</td><td>").append(escapeHtml4(d.code())).append("</td><td>")
          .append(escapeHtml4(d.message())).append("</td></tr>\n");
    }
    sb.append("</tbody>\n</table>\n");
  }
}
