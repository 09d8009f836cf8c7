package io.github.ascribe.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * A report written as the analysis goes: a file is begun, then each piece's claims and attributions
 * are written (or put aside, for a format that needs them later), then the file is ended with its
 * source table, diagnostics and summary. Only one piece is held at a time, so a file of any size is
 * reported in bounded memory. Text, JSON and CSV stream; HTML needs the whole article.
 *
 * <pre>{@code
 * StreamingReport r = new CsvReport();
 * r.begin(out);
 * r.beginFile("big.txt", length, out);
 * r.part(totals.add(article, chunk.start(), chunk.line()), out);   // once per piece
 * r.endFile(totals.end(), out);
 * r.end(out);
 * }</pre>
 */
interface StreamingReport extends ReportWriter {

  /**
   * Starts the report of one file.
   *
   * @param name the input's name as given
   * @param length the input's length in UTF-16 units
   * @param out the destination
   * @throws IOException if writing fails
   */
  void beginFile(String name, long length, Writer out) throws IOException;

  /**
   * Writes the next piece of the file.
   *
   * @param part its entries, in whole-file offsets and indexes
   * @param out the destination
   * @throws IOException if writing fails
   */
  void part(JsonModel.Part part, Writer out) throws IOException;

  /**
   * Ends the report of the file.
   *
   * @param end its source table, diagnostics and summary
   * @param out the destination
   * @throws IOException if writing fails
   */
  void endFile(FileTotals.End end, Writer out) throws IOException;

  /** Writes a whole article as a file of one piece. */
  @Override
  default void write(AnalyzedFile file, Writer out) throws IOException {
    FileTotals totals = new FileTotals(Integer.MAX_VALUE);
    beginFile(file.name(), file.article().text().length(), out);
    part(totals.add(file.article(), 0, 0), out);
    endFile(totals.end(), out);
  }
}
