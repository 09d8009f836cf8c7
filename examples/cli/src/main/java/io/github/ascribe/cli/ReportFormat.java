package io.github.ascribe.cli;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The report formats of {@code ascribe analyze --format}.
 *
 * <pre>{@code
 * // in JShell or a notebook
 * var file = new AnalyzedFile("article.txt", Ascribe.analyze(text));
 * System.out.println(ReportFormat.TEXT.render(file));
 * Files.writeString(Path.of("report.html"), ReportFormat.HTML.render(file));
 * }</pre>
 */
public enum ReportFormat {
  /** A readable report: claims with their sources, summary, source table, diagnostics. */
  TEXT,
  /** One JSON object per file, documented in {@code docs/json.md}; JSON Lines for several files. */
  JSON,
  /** One row per claim and source, with a header row, for spreadsheets. */
  CSV,
  /** One self-contained HTML page: the article coloured by claim status, sources, summary. */
  HTML;

  /**
   * A new writer for a report over {@code files} files.
   *
   * @param files how many files the report will hold (JSON is pretty-printed for one, JSON Lines for more)
   * @return the writer
   */
  public ReportWriter writer(int files) {
    return switch (this) {
      case TEXT -> new TextReport();
      case JSON -> new JsonReport(files > 1);
      case CSV -> new CsvReport();
      case HTML -> new HtmlReport(files == 1 ? "" : files + " files");
    };
  }

  /**
   * Renders a report of one file to a string.
   *
   * @param file the analysed file
   * @return the whole report
   */
  public String render(AnalyzedFile file) {
    StringWriter out = new StringWriter();
    ReportWriter w = this == HTML ? new HtmlReport(file.name()) : writer(1);
    try {
      w.begin(out);
      w.write(file, out);
      w.end(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
