package io.github.ascribe.cli;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The CSV report: a header row, then one row per claim and source (a claim with no source gets one
 * row with empty source columns). Cells that a spreadsheet would read as a formula are neutralised
 * with a leading {@code '} (see {@link #neutralize(String)}).
 *
 * <pre>{@code
 * ReportFormat.CSV.render(new AnalyzedFile("a.txt", article));
 * // file,claim,paragraph,line,status,source_count,unnamed_sources,claim_text,source_id,source_name,source_kind,source_media
 * // a.txt,0,0,1,multi-source,3,0,Russian and Ukrainian officials ...,wall-street-journal,The Wall Street Journal,OUTLET,true
 * }</pre>
 */
public final class CsvReport implements StreamingReport {

  /** The header row: the column names, a contract like the JSON field names. */
  public static final List<String> HEADER = List.of("file", "claim", "paragraph", "line", "status",
      "source_count", "unnamed_sources", "claim_text", "source_id", "source_name", "source_kind", "source_media");

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

  private String file = "";

  /** Creates the writer. */
  public CsvReport() {}

  @Override
  public void begin(Writer out) throws IOException {
    printer(out).printRecord(HEADER);
  }

  @Override
  public void beginFile(String name, long length, Writer out) {
    this.file = name;
  }

  @Override
  public void part(JsonModel.Part part, Writer out) throws IOException {
    CSVPrinter csv = printer(out);
    for (JsonModel.ClaimEntry c : part.claims()) {
      List<String> claim = List.of(file, String.valueOf(c.index()), String.valueOf(c.paragraph()),
          String.valueOf(c.line()), c.status(), String.valueOf(c.sourceCount()),
          String.valueOf(c.unnamedSources()), c.text());
      if (c.sources().isEmpty() && c.otherSources().isEmpty()) {
        row(csv, claim, "", "", "", "");
      }
      for (JsonModel.SourceRef s : c.sources()) {
        row(csv, claim, s.id(), s.name(), s.kind(), "true");
      }
      for (JsonModel.SourceRef s : c.otherSources()) {
        row(csv, claim, s.id(), s.name(), s.kind(), "false");
      }
    }
    csv.flush();
  }

  @Override
  public void endFile(FileTotals.End end, Writer out) {
    // spec: CSV has a row per claim and source and nothing per file
  }

  private static CSVPrinter printer(Writer out) throws IOException {
    return new CSVPrinter(out, FORMAT);
  }

  private static void row(CSVPrinter csv, List<String> claim, String... source) throws IOException {
    List<String> cells = new ArrayList<>(claim);
    cells.addAll(List.of(source));
    csv.printRecord(cells.stream().map(CsvReport::neutralize).toList());
  }

  /**
   * Neutralises a cell against formula injection: a cell starting with {@code = + - @}, their
   * full-width forms, a tab or a carriage return gets a leading {@code '}, so spreadsheets show it as
   * text instead of evaluating it.
   *
   * @param cell the cell text
   * @return the cell, prefixed with {@code '} if it could be read as a formula
   */
  public static String neutralize(String cell) {
    if (cell.isEmpty()) {
      return cell;
    }
    return switch (cell.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> "'" + cell;
      default -> cell;
    };
  }
}
