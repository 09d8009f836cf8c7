package io.github.ascribe.cli;

import io.github.ascribe.cli.JsonModel.ClaimEntry;
import io.github.ascribe.cli.JsonModel.DiagnosticEntry;
import io.github.ascribe.cli.JsonModel.SourceEntry;
import io.github.ascribe.cli.JsonModel.SourceRef;
import io.github.ascribe.cli.JsonModel.SummaryEntry;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.text.WordUtils;

/**
 * The readable report: each claim with its sources (unattributed ones marked), the summary, a source
 * table, and diagnostics as {@code line:col SEVERITY code message}. Claims are written as they come.
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
 *
 * <p>Not thread-safe; one instance per report.
 */
public final class TextReport implements StreamingReport {

  private static final int WIDTH = 100;
  private static final String INDENT = "      ";

  private boolean first = true;
  private int claims;

  /** Creates the writer. */
  public TextReport() {}

  @Override
  public void beginFile(String name, long length, Writer out) throws IOException {
    out.write((first ? "" : "\n") + "== " + oneLine(name) + " ==\n\nClaims\n");
    first = false;
    claims = 0;
  }

  @Override
  public void part(JsonModel.Part part, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (ClaimEntry c : part.claims()) {
      claim(c, sb);
      claims++;
    }
    out.write(sb.toString());
  }

  @Override
  public void endFile(FileTotals.End end, Writer out) throws IOException {
    StringBuilder sb = new StringBuilder();
    if (claims == 0) {
      sb.append("  (none)\n");
    }
    sb.append('\n');
    summary(end.summary(), sb);
    sources(end.sources(), sb);
    diagnostics(end.diagnostics(), sb);
    out.write(sb.toString());
  }

  private static void claim(ClaimEntry c, StringBuilder sb) {
    sb.append(String.format(Locale.ROOT, "  #%-3d paragraph %d, line %d\n", c.index(), c.paragraph(), c.line()));
    sb.append(INDENT).append(WordUtils.wrap(oneLine(c.text()), WIDTH - INDENT.length(), "\n" + INDENT, true))
        .append('\n');
    if (c.sourceCount() > 0) {
      labelled(sb, "sources: ", mediaSources(c));
    } else {
      sb.append(INDENT).append("!! UNATTRIBUTED: no media source\n");
    }
    if (!c.otherSources().isEmpty()) {
      labelled(sb, "also: ", names(c.otherSources()));
    }
  }

  /** A claim's media sources with the unnamed count: {@code Reuters (AGENCY), AP (AGENCY) + 2 unnamed}. */
  private static String mediaSources(ClaimEntry c) {
    String named = names(c.sources());
    if (c.unnamedSources() == 0) {
      return named.isEmpty() ? "no media source" : named;
    }
    String more = c.unnamedSources() + " unnamed";
    return named.isEmpty() ? more : named + " + " + more;
  }

  private static String names(List<SourceRef> sources) {
    return sources.stream().map(s -> s.name() + " (" + s.kind() + ")").collect(Collectors.joining(", "));
  }

  /** {@code label text}, wrapped with a hanging indent under the text. */
  private static void labelled(StringBuilder sb, String label, String text) {
    String hang = INDENT + " ".repeat(label.length());
    sb.append(INDENT).append(label)
        .append(WordUtils.wrap(oneLine(text), WIDTH - hang.length(), "\n" + hang, false)).append('\n');
  }

  private static void summary(SummaryEntry s, StringBuilder sb) {
    sb.append("Summary\n");
    String coverage = Figures.percent(s.coverage()) + " (" + s.attributedClaims() + "/" + s.claims() + ")";
    row(sb, "claims", String.valueOf(s.claims()));
    row(sb, "attributed", s.attributedClaims() + ", coverage " + coverage);
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

  private static void sources(List<SourceEntry> index, StringBuilder sb) {
    sb.append("Sources\n");
    if (index.isEmpty()) {
      sb.append("  (none)\n\n");
      return;
    }
    int name = "NAME".length();
    int kind = "KIND".length();
    int claims = "CLAIMS".length();
    for (SourceEntry e : index) {
      name = Math.max(name, oneLine(e.name()).length());
      kind = Math.max(kind, e.kind().length());
      claims = Math.max(claims, claimList(e.claims()).length());
    }
    String row = "  %-" + name + "s  %-" + kind + "s  %-" + claims + "s  %s\n";
    sb.append(String.format(Locale.ROOT, row, "NAME", "KIND", "CLAIMS", "ID"));
    for (SourceEntry e : index) {
      sb.append(String.format(Locale.ROOT, row, oneLine(e.name()), e.kind(), claimList(e.claims()), e.id()));
    }
    sb.append('\n');
  }

  private static String claimList(List<Integer> claims) {
    return claims.isEmpty() ? "-" : claims.stream().map(c -> "#" + c).collect(Collectors.joining(" "));
  }

  private static void diagnostics(List<DiagnosticEntry> diagnostics, StringBuilder sb) {
    sb.append("Diagnostics\n");
    if (diagnostics.isEmpty()) {
      sb.append("  (none)\n");
    }
    for (DiagnosticEntry d : diagnostics) {
      sb.append("  ").append(d.line()).append(':').append(d.column()).append(' ').append(d.severity())
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
