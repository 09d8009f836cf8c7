package io.github.ascribe.cli;

import picocli.CommandLine.Option;

/**
 * The {@code --input-format auto|text|html} option of {@code analyze}: whether a file is read as it
 * is or, being an HTML page, converted to text first ({@link HtmlInput}). {@code auto} (the default)
 * takes HTML for a name ending in {@code .html} or {@code .htm}, or text that starts with
 * {@code <!DOCTYPE html} or {@code <html}.
 *
 * <pre>{@code
 * ascribe analyze --input-format html saved-page.txt
 * curl -s https://example.com/story | ascribe analyze -     # auto: sniffed as HTML
 * }</pre>
 */
final class InputFormatOption {

  /** How input files are read. */
  enum InputFormat {
    /** HTML by file name or content, else text. */
    AUTO,
    /** Always plain text. */
    TEXT,
    /** Always an HTML page. */
    HTML
  }

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "How to read input: auto (HTML for .html/.htm files or text starting with <!DOCTYPE html"
          + " or <html, else text), text or html (default: ${DEFAULT-VALUE}). HTML pages are read into text"
          + " that keeps headings, paragraphs, list items and links; spans refer to that text.")
  private InputFormat format = InputFormat.AUTO;

  /**
   * The text to analyse.
   *
   * @param name the file name as given
   * @param text the file's text
   * @return the text itself, or the page converted to text
   */
  String prepare(String name, String text) {
    boolean html = switch (format) {
      case HTML -> true;
      case TEXT -> false;
      case AUTO -> HtmlInput.looksLikeHtml(name, text);
    };
    return html ? HtmlInput.toText(text) : text;
  }
}
