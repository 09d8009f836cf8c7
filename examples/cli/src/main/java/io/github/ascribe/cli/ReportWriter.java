package io.github.ascribe.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * Writes a report over one or more analysed files, streaming: {@link #begin}, then {@link #write} once
 * per file, then {@link #end}. A writer keeps no state between files beyond what its format needs
 * (the CSV header, the HTML page around the sections); make a new one per report.
 *
 * <pre>{@code
 * ReportWriter w = ReportFormat.CSV.writer(2);
 * w.begin(out);
 * w.write(new AnalyzedFile("a.txt", a), out);
 * w.write(new AnalyzedFile("b.txt", b), out);
 * w.end(out);
 * }</pre>
 */
public interface ReportWriter {

  /**
   * Writes what comes before the first file (a header row, the start of a page).
   *
   * @param out the destination
   * @throws IOException if writing fails
   */
  default void begin(Writer out) throws IOException {}

  /**
   * Writes the report of one file.
   *
   * @param file the analysed file
   * @param out the destination
   * @throws IOException if writing fails
   */
  void write(AnalyzedFile file, Writer out) throws IOException;

  /**
   * Writes what comes after the last file.
   *
   * @param out the destination
   * @throws IOException if writing fails
   */
  default void end(Writer out) throws IOException {}
}
