package io.github.ascribe.cli;

/**
 * The text {@link HtmlInput} writes: collapses white space as a browser does, and puts at most one
 * blank line between blocks and one line break between lines, never at the start or end.
 *
 * <pre>{@code
 * TextOut out = new TextOut();
 * out.text("  Talks\n ended. ", false);
 * out.block();
 * out.text("Reuters", false);
 * out.finish();   // "Talks ended.\n\nReuters\n"
 * }</pre>
 *
 * <p>Not thread-safe: one per conversion.
 */
final class TextOut {

  private static final int NONE = 0;
  private static final int LINE = 1;
  private static final int BLOCK = 2;

  private final StringBuilder sb = new StringBuilder();
  private int pendingBreak = NONE;
  private boolean pendingSpace;

  /** Ends the current line; the next text starts a new one. */
  void line() {
    pendingBreak = Math.max(pendingBreak, LINE);
    pendingSpace = false;
  }

  /** Ends the current block; the next text starts after a blank line. */
  void block() {
    pendingBreak = BLOCK;
    pendingSpace = false;
  }

  /**
   * Text from the page.
   *
   * @param s the text
   * @param pre whether white space is kept as is ({@code <pre>})
   */
  void text(String s, boolean pre) {
    if (pre) {
      String kept = s.replace("\r\n", "\n").replace('\r', '\n');
      if (sb.length() == 0) {
        kept = kept.stripLeading(); // spec: the text never starts with white space
      }
      if (!kept.isEmpty()) {
        flush();
        for (int i = 0; i < kept.length(); i++) {
          char c = kept.charAt(i);
          // spec: at most one blank line in a row, in <pre> too
          if (c != '\n' || sb.length() < 2 || sb.charAt(sb.length() - 1) != '\n' || sb.charAt(sb.length() - 2) != '\n') {
            sb.append(c);
          }
        }
      }
      return;
    }
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        pendingSpace = true;
      } else {
        flush();
        sb.append(c);
      }
    }
  }

  /**
   * Text written whole, with the white space before it kept (a link).
   *
   * @param s the text
   */
  void inline(String s) {
    flush();
    sb.append(s);
  }

  /**
   * Text that opens a line or block (a list mark, heading marks): no space before it.
   *
   * @param s the text
   */
  void raw(String s) {
    pendingSpace = false;
    flush();
    sb.append(s);
    pendingSpace = false;
  }

  private void flush() {
    if (sb.length() == 0) {
      pendingBreak = NONE;
      pendingSpace = false;
      return;
    }
    if (pendingBreak != NONE) {
      trimTrailingSpaces();
      sb.append(pendingBreak == BLOCK ? "\n\n" : "\n");
      pendingBreak = NONE;
      pendingSpace = false;
    } else if (pendingSpace) {
      char last = sb.charAt(sb.length() - 1);
      if (last != ' ' && last != '\n') {
        sb.append(' ');
      }
      pendingSpace = false;
    }
  }

  private void trimTrailingSpaces() {
    int end = sb.length();
    while (end > 0 && (sb.charAt(end - 1) == ' ' || sb.charAt(end - 1) == '\n')) {
      end--;
    }
    sb.setLength(end);
  }

  /**
   * The text.
   *
   * @return the text with a final line break, or the empty string
   */
  String finish() {
    trimTrailingSpaces();
    return sb.length() == 0 ? "" : sb.append('\n').toString();
  }
}
