package io.github.ascribe.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
  /** How many bytes of an input are looked at to tell an HTML page. */
  static final int SNIFF = 4096;

  /**
   * Whether any input is read as HTML, looking at the start of each file (and of standard input,
   * which must support {@link InputStream#mark}; it is reset). HTML pages are converted whole, so an
   * analysis with one is not streamed.
   *
   * @param files the inputs as given
   * @param stdin what {@code -} reads
   * @return true if some input is (or may be, by name or content) an HTML page
   */
  boolean anyHtml(List<String> files, InputStream stdin) {
    if (format != InputFormat.AUTO) {
      return format == InputFormat.HTML;
    }
    for (String name : files) {
      if (HtmlInput.looksLikeHtml(name, head(name, stdin))) {
        return true;
      }
    }
    return false;
  }

  /** The first bytes of an input as text; empty if it cannot be read (that is reported when it is read). */
  private static String head(String name, InputStream stdin) {
    byte[] bytes = new byte[SNIFF];
    int n = 0;
    try {
      if (InputFiles.STDIN.equals(name)) {
        stdin.mark(SNIFF + 1);
        try {
          n = stdin.readNBytes(bytes, 0, SNIFF);
        } finally {
          stdin.reset();
        }
      } else {
        try (InputStream in = Files.newInputStream(Path.of(name))) {
          n = in.readNBytes(bytes, 0, SNIFF);
        }
      }
    } catch (IOException | RuntimeException e) {
      return "";
    }
    return new String(bytes, 0, n, StandardCharsets.UTF_8);
  }

  String prepare(String name, String text) {
    boolean html = switch (format) {
      case HTML -> true;
      case TEXT -> false;
      case AUTO -> HtmlInput.looksLikeHtml(name, text);
    };
    return html ? HtmlInput.toText(text) : text;
  }
}
