package io.github.ascribe.cli;

import io.github.ascribe.cli.JsonModel.ClaimEntry;
import io.github.ascribe.cli.JsonModel.DiagnosticEntry;
import io.github.ascribe.cli.JsonModel.SourceEntry;
import io.github.ascribe.cli.JsonModel.SourceRef;
import io.github.ascribe.cli.JsonModel.SummaryEntry;
import io.github.ascribe.cli.TextLayout.Style;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

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

  private static final String INDENT = "      ";
  /** The widest name and id columns of the source table, unless {@code --wide}. */
  private static final int NAME_COLUMN = 32;
  /** The narrowest claims column of the source table. */
  private static final int CLAIMS_COLUMN = 8;
  /** The id columns kept before the claims list is shortened. */
  private static final int ID_KEPT = 24;
  /** The narrowest name or id column. */
  private static final int MIN_COLUMN = 6;

  private final TextLayout layout;
  private boolean first = true;
  private int claims;

  /** Creates the writer for a file or a pipe: lines fit 100 columns, no colour. */
  public TextReport() {
    this(TextLayout.PLAIN);
  }

  /**
   * Creates the writer with a layout.
   *
   * @param layout the width, shortening and colour
   */
  TextReport(TextLayout layout) {
    this.layout = java.util.Objects.requireNonNull(layout, "layout");
  }

  @Override
  public void beginFile(String name, long length, Writer out) throws IOException {
    out.write((first ? "" : "\n") + layout.paint(Style.BOLD, "== " + layout.shorten(oneLine(name), layout.width() - 6)
        + " ==") + "\n\n" + layout.paint(Style.BOLD, "Claims") + "\n");
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

  private void claim(ClaimEntry c, StringBuilder sb) {
    sb.append(String.format(Locale.ROOT, "  #%-3d paragraph %d, line %d\n", c.index(), c.paragraph(), c.line()));
    for (String line : layout.wrap(oneLine(c.text()), room(INDENT), TextLayout.CLAIM_LINES)) {
      sb.append(INDENT).append(line).append('\n');
    }
    if (c.sourceCount() > 0) {
      labelled(sb, "sources: ", mediaSources(c), c.sourceCount() == 1 ? Style.YELLOW : Style.GREEN);
    } else {
      sb.append(INDENT).append(layout.paint(Style.RED, "!! UNATTRIBUTED: no media source")).append('\n');
    }
    if (!c.otherSources().isEmpty()) {
      labelled(sb, "also: ", names(c.otherSources()), Style.DIM);
    }
  }

  /** The columns left after an indent; at least 2. */
  private int room(String indent) {
    return layout.width() == Integer.MAX_VALUE ? Integer.MAX_VALUE : Math.max(2, layout.width() - indent.length());
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
  private void labelled(StringBuilder sb, String label, String text, Style style) {
    String hang = INDENT + " ".repeat(label.length());
    List<String> lines = layout.wrap(oneLine(text), room(hang), TextLayout.LIST_LINES);
    for (int i = 0; i < lines.size(); i++) {
      sb.append(i == 0 ? INDENT + layout.paint(style, label) : hang).append(lines.get(i)).append('\n');
    }
  }

  private void summary(SummaryEntry s, StringBuilder sb) {
    sb.append(layout.paint(Style.BOLD, "Summary")).append('\n');
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

  private void sources(List<SourceEntry> index, StringBuilder sb) {
    sb.append(layout.paint(Style.BOLD, "Sources")).append('\n');
    if (index.isEmpty()) {
      sb.append("  (none)\n\n");
      return;
    }
    boolean wide = layout.width() == Integer.MAX_VALUE;
    int name = "NAME".length();
    int kind = "KIND".length();
    int claimsWidth = "CLAIMS".length();
    int id = "ID".length();
    for (SourceEntry e : index) {
      name = Math.max(name, TextLayout.width(oneLine(e.name())));
      kind = Math.max(kind, e.kind().length());
      claimsWidth = Math.max(claimsWidth, claimList(e.claims(), Integer.MAX_VALUE).length());
      id = Math.max(id, TextLayout.width(oneLine(e.id())));
    }
    if (!wide) {
      // spec: the line fits the width; the claims list shrinks first (to what fits, then "… +N"),
      // as long as the id keeps ID_KEPT columns; then the id, then the name
      int fixed = 8 + kind;
      name = Math.min(name, NAME_COLUMN);
      claimsWidth = Math.min(claimsWidth, Math.max(CLAIMS_COLUMN, layout.width() - fixed - name - Math.min(id, ID_KEPT)));
      if (layout.width() - fixed - name - claimsWidth < MIN_COLUMN) {
        name = Math.max(MIN_COLUMN, layout.width() - fixed - claimsWidth - MIN_COLUMN);
      }
      id = Math.max(MIN_COLUMN, Math.min(id, layout.width() - fixed - name - claimsWidth));
    }
    row(sb, name, "NAME", kind, "KIND", claimsWidth, "CLAIMS", "ID");
    for (SourceEntry e : index) {
      row(sb, name, layout.shorten(oneLine(e.name()), name), kind, e.kind(), claimsWidth,
          claimList(e.claims(), wide ? Integer.MAX_VALUE : claimsWidth), layout.shorten(oneLine(e.id()), id));
    }
    sb.append('\n');
  }

  private static void row(StringBuilder sb, int nameWidth, String name, int kindWidth, String kind, int claimsWidth,
      String claimList, String id) {
    sb.append("  ").append(pad(name, nameWidth)).append("  ").append(pad(kind, kindWidth)).append("  ")
        .append(pad(claimList, claimsWidth)).append("  ").append(id).append('\n');
  }

  private static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - TextLayout.width(s)));
  }

  /** {@code #0 #3 #7}, or as many as fit {@code room} and {@code … +N}; {@code -} for none. */
  private static String claimList(List<Integer> claims, int room) {
    if (claims.isEmpty()) {
      return "-";
    }
    StringBuilder sb = new StringBuilder();
    int fits = -1; // how many claims fit with "… +rest" after them
    for (int i = 0; i < claims.size(); i++) {
      sb.append(i == 0 ? "#" : " #").append(claims.get(i));
      if (sb.length() > room && fits >= 0) {
        break;
      }
      String more = " " + TextLayout.ELLIPSIS + " +" + (claims.size() - i - 1);
      if (sb.length() + more.length() <= room) {
        fits = i + 1;
      }
    }
    if (sb.length() <= room) {
      return sb.toString();
    }
    StringBuilder shortList = new StringBuilder();
    for (int i = 0; i < Math.max(fits, 0); i++) {
      shortList.append(i == 0 ? "#" : " #").append(claims.get(i));
    }
    int rest = claims.size() - Math.max(fits, 0);
    return shortList + (fits > 0 ? " " : "") + TextLayout.ELLIPSIS + " +" + rest;
  }

  private void diagnostics(List<DiagnosticEntry> diagnostics, StringBuilder sb) {
    sb.append(layout.paint(Style.BOLD, "Diagnostics")).append('\n');
    if (diagnostics.isEmpty()) {
      sb.append("  (none)\n");
    }
    for (DiagnosticEntry d : diagnostics) {
      String where = d.line() + ":" + d.column() + " ";
      String rest = " " + d.code() + " " + oneLine(d.message());
      int room = layout.width() == Integer.MAX_VALUE ? Integer.MAX_VALUE
          : Math.max(2, layout.width() - 2 - where.length() - d.severity().length());
      Style style = d.severity().equals("ERROR") ? Style.RED : d.severity().equals("WARNING") ? Style.YELLOW : Style.DIM;
      sb.append("  ").append(where).append(layout.paint(style, d.severity())).append(layout.shorten(rest, room))
          .append('\n');
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
