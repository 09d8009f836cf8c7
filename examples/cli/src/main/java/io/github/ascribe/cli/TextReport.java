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
import java.util.stream.Collectors;
import org.apache.commons.text.WordUtils;

/**
 * The readable report: each claim with its sources (unattributed ones marked), the summary, a source
 * table, and diagnostics as {@code line:col SEVERITY code message}.
 *
 * <pre>{@code
 * ReportFormat.TEXT.render(new AnalyzedFile("istanbul-talks.txt", article));
 * // == istanbul-talks.txt ==
 * //
 * // Claims
 * //   #0  paragraph 0, line 1
 * //       Russian and Ukrainian officials met for direct peace talks ...
 * //       sources: The Wall Street Journal (OUTLET), The Guardian (OUTLET), Yahoo News (AGGREGATOR)
 * }</pre>
 */
public final class TextReport implements ReportWriter {

  private static final int WIDTH = 100;
  private static final String INDENT = "      ";

  private boolean first = true;

  /** Creates the writer. */
  public TextReport() {}

  @Override
  public void write(AnalyzedFile file, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder();
    if (!first) {
      sb.append('\n');
    }
    first = false;
    Article a = file.article();
    sb.append("== ").append(oneLine(file.name())).append(" ==\n\n");
    claims(a, sb);
    summary(a.summary(), sb);
    sources(a, sb);
    diagnostics(a, sb);
    out.write(sb.toString());
  }

  private static void claims(Article a, StringBuilder sb) {
    sb.append("Claims\n");
    if (a.claims().isEmpty()) {
      sb.append("  (none)\n");
    }
    for (Claim c : a.claims()) {
      Position p = a.lineIndex().position(c.span().start());
      sb.append(String.format(Locale.ROOT, "  #%-3d paragraph %d, line %d\n", c.index(), c.paragraph(), p.line()));
      sb.append(INDENT).append(WordUtils.wrap(oneLine(c.text()), WIDTH - INDENT.length(), "\n" + INDENT, true))
          .append('\n');
      if (c.isAttributed()) {
        labelled(sb, "sources: ", Figures.mediaSources(c));
      } else {
        sb.append(INDENT).append("!! UNATTRIBUTED: no media source\n");
      }
      if (!c.otherSources().isEmpty()) {
        labelled(sb, "also: ", Figures.names(c.otherSources()));
      }
    }
    sb.append('\n');
  }

  /** {@code label text}, wrapped with a hanging indent under the text. */
  private static void labelled(StringBuilder sb, String label, String text) {
    String hang = INDENT + " ".repeat(label.length());
    sb.append(INDENT).append(label)
        .append(WordUtils.wrap(oneLine(text), WIDTH - hang.length(), "\n" + hang, false)).append('\n');
  }

  private static void summary(Summary s, StringBuilder sb) {
    sb.append("Summary\n");
    row(sb, "claims", String.valueOf(s.claims()));
    row(sb, "attributed", s.attributedClaims() + ", coverage " + Figures.coverage(s));
    row(sb, "unattributed", String.valueOf(s.unattributedClaims()));
    row(sb, "single-source claims", String.valueOf(s.singleSourceClaims()));
    row(sb, "other-attributed", s.otherAttributedClaims() + " (people, organisations, anonymous)");
    row(sb, "distinct sources", String.valueOf(s.distinctSources()));
    row(sb, "independent sources", s.independentSources() + " (not aggregators)");
    sb.append('\n');
  }

  private static void row(StringBuilder sb, String label, String value) {
    sb.append(String.format(Locale.ROOT, "  %-22s%s\n", label, value));
  }

  private static void sources(Article a, StringBuilder sb) {
    sb.append("Sources\n");
    Map<Source, List<Claim>> index = a.claimsBySource();
    if (index.isEmpty()) {
      sb.append("  (none)\n\n");
      return;
    }
    int name = "NAME".length();
    int kind = "KIND".length();
    int claims = "CLAIMS".length();
    for (Map.Entry<Source, List<Claim>> e : index.entrySet()) {
      name = Math.max(name, oneLine(e.getKey().name()).length());
      kind = Math.max(kind, e.getKey().kind().name().length());
      claims = Math.max(claims, claimList(e.getValue()).length());
    }
    String row = "  %-" + name + "s  %-" + kind + "s  %-" + claims + "s  %s\n";
    sb.append(String.format(Locale.ROOT, row, "NAME", "KIND", "CLAIMS", "ID"));
    for (Map.Entry<Source, List<Claim>> e : index.entrySet()) {
      Source s = e.getKey();
      sb.append(String.format(Locale.ROOT, row, oneLine(s.name()), s.kind(), claimList(e.getValue()), s.id()));
    }
    sb.append('\n');
  }

  private static String claimList(List<Claim> claims) {
    return claims.isEmpty() ? "-" : claims.stream().map(c -> "#" + c.index()).collect(Collectors.joining(" "));
  }

  private static void diagnostics(Article a, StringBuilder sb) {
    sb.append("Diagnostics\n");
    if (a.diagnostics().isEmpty()) {
      sb.append("  (none)\n");
    }
    for (Diagnostic d : a.diagnostics()) {
      Position p = a.lineIndex().position(d.span().start());
      sb.append("  ").append(p.line()).append(':').append(p.column()).append(' ').append(d.severity())
          .append(' ').append(d.code()).append(' ').append(oneLine(d.message())).append('\n');
    }
  }

  /** Keeps a report line one line: line breaks and other control characters become spaces. */
  private static String oneLine(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char ch = s.charAt(i);
      sb.append(Character.isISOControl(ch) || ch == '\u2028' || ch == '\u2029' ? ' ' : ch);
    }
    return sb.toString();
  }
}
