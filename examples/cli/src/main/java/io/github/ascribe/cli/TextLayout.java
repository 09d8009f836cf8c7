package io.github.ascribe.cli;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How the text report is laid out: the width lines fit in (in terminal columns, a wide CJK character
 * or emoji counting two), how many lines a claim or a list may take before it is shortened with an
 * ellipsis, and whether ANSI colour is used.
 *
 * <p>On a terminal the width is {@code COLUMNS} or the terminal's own width, and colour is on unless
 * {@code NO_COLOR} is set (to anything) or {@code TERM=dumb}; elsewhere (a file, a pipe) lines fit
 * {@value #DEFAULT_WIDTH} columns, without colour. {@code --wide} shows every text whole, each on one
 * line, however long.
 *
 * <pre>{@code
 * TextLayout layout = new TextLayout(80, false, false);
 * layout.wrap("a long claim ...", 74, TextLayout.CLAIM_LINES);   // at most 4 lines, the last ending in …
 * TextLayout.width("東京");                                      // 4
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
final class TextLayout {

  /** The width when output is not a terminal, or a terminal's width is unknown. */
  static final int DEFAULT_WIDTH = 100;
  /** The narrowest layout: below it, the indents would leave no room. */
  static final int MIN_WIDTH = 40;
  /** A claim longer than this many lines is shortened. */
  static final int CLAIM_LINES = 6;
  /** A list of sources longer than this many lines is shortened. */
  static final int LIST_LINES = 3;
  /** What ends a shortened text. */
  static final String ELLIPSIS = "…";

  /** The layout of a report written to a file or a pipe. */
  static final TextLayout PLAIN = new TextLayout(DEFAULT_WIDTH, false, false);

  private final int width;
  private final boolean wide;
  private final boolean colour;

  /**
   * Creates a layout.
   *
   * @param width the columns lines fit in, at least {@value #MIN_WIDTH} (smaller is raised)
   * @param wide whether texts are shown whole on one line each, {@code width} aside
   * @param colour whether ANSI colour is used
   */
  TextLayout(int width, boolean wide, boolean colour) {
    this.width = Math.max(MIN_WIDTH, width);
    this.wide = wide;
    this.colour = colour;
  }

  /**
   * The layout for a report on the given terminal.
   *
   * @param t the process's terminal
   * @param wide {@code --wide}
   * @return the layout
   */
  static TextLayout of(Terminal t, boolean wide) {
    if (!t.stdoutTerminal()) {
      return new TextLayout(DEFAULT_WIDTH, wide, false);
    }
    Map<String, String> env = t.env();
    boolean colour = isEmpty(env.get("NO_COLOR")) && !"dumb".equals(env.get("TERM"));
    return new TextLayout(columns(env), wide, colour);
  }

  private static boolean isEmpty(String s) {
    return s == null || s.isEmpty();
  }

  /** {@code COLUMNS}, else the terminal's width as JLine finds it, else the default. */
  private static int columns(Map<String, String> env) {
    String c = env.get("COLUMNS");
    if (c != null && c.matches("[0-9]{1,4}")) {
      return Integer.parseInt(c);
    }
    try (org.jline.terminal.Terminal t = org.jline.terminal.TerminalBuilder.builder().system(true).dumb(true).build()) {
      int w = t.getWidth();
      return w > 0 ? w : DEFAULT_WIDTH;
    } catch (Exception | LinkageError e) {
      return DEFAULT_WIDTH; // spec: no terminal to ask is not an error
    }
  }

  /**
   * The width lines fit in.
   *
   * @return columns; {@link Integer#MAX_VALUE} with {@code --wide}
   */
  int width() {
    return wide ? Integer.MAX_VALUE : width;
  }

  /**
   * Whether colour is on.
   *
   * @return true on a terminal without {@code NO_COLOR}
   */
  boolean colour() {
    return colour;
  }

  /**
   * Wraps a text at spaces to lines of at most {@code columns} (a word longer than a line is broken),
   * keeping at most {@code maxLines}: if there is more, the last kept line ends with an ellipsis.
   * With {@code --wide}, the whole text is one line.
   *
   * @param text the text, on one line
   * @param columns the room for each line, at least 2
   * @param maxLines the most lines, at least 1
   * @return the lines
   */
  List<String> wrap(String text, int columns, int maxLines) {
    if (wide) {
      return List.of(text);
    }
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int used = 0;
    int i = 0;
    int n = text.length();
    while (i < n && lines.size() <= maxLines) {
      int end = text.indexOf(' ', i);
      end = end < 0 ? n : end;
      String word = text.substring(i, end);
      i = end + 1;
      if (word.isEmpty()) {
        continue;
      }
      int w = width(word);
      if (used > 0 && used + 1 + w <= columns) {
        line.append(' ').append(word);
        used += 1 + w;
        continue;
      }
      if (used > 0) {
        lines.add(line.toString());
        line.setLength(0);
        used = 0;
      }
      while (w > columns && lines.size() <= maxLines) {
        String head = fit(word, columns);
        lines.add(head);
        word = word.substring(head.length());
        w = width(word);
      }
      line.append(word);
      used = w;
    }
    if (used > 0 || lines.isEmpty()) {
      lines.add(line.toString());
    }
    boolean more = lines.size() > maxLines || i < n;
    if (!more) {
      return lines;
    }
    List<String> kept = new ArrayList<>(lines.subList(0, Math.min(maxLines, lines.size())));
    String last = kept.get(kept.size() - 1);
    kept.set(kept.size() - 1, width(last) + 2 <= columns ? last + " " + ELLIPSIS
        : columns >= 3 ? head(last, columns - 2) + " " + ELLIPSIS : head(last, columns - 1) + ELLIPSIS);
    return kept;
  }

  /**
   * Shortens a one-line text to {@code columns} with an ellipsis at the end, unless it fits.
   *
   * @param text the text
   * @param columns the room, at least 2
   * @return the text, or its head and {@code …}
   */
  String shorten(String text, int columns) {
    if (wide || width(text) <= columns) {
      return text;
    }
    return head(text, columns - 1) + ELLIPSIS;
  }

  /** The longest head of {@code s} that fits {@code columns}, whole code points only; may be empty. */
  private static String head(String s, int columns) {
    int used = 0;
    int i = 0;
    while (i < s.length()) {
      int cp = s.codePointAt(i);
      int w = width(cp);
      if (used + w > columns) {
        break;
      }
      used += w;
      i += Character.charCount(cp);
    }
    return s.substring(0, i);
  }

  /** The longest head of {@code s} that fits {@code columns}, but at least one code point, so that wrapping advances. */
  private static String fit(String s, int columns) {
    String head = head(s, columns);
    return head.isEmpty() && !s.isEmpty() ? s.substring(0, Character.charCount(s.codePointAt(0))) : head;
  }

  /**
   * The columns a text takes on a terminal: East Asian wide and full-width characters take two,
   * combining marks and format characters none, others one.
   *
   * @param s the text
   * @return its width
   */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      w += width(cp);
      i += Character.charCount(cp);
    }
    return w;
  }

  private static int width(int cp) {
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT) {
      return 0;
    }
    int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
    return eaw == UCharacter.EastAsianWidth.WIDE || eaw == UCharacter.EastAsianWidth.FULLWIDTH ? 2 : 1;
  }

  /** ANSI styles. */
  enum Style {
    /** Section titles. */
    BOLD("1"),
    /** Errors and unattributed claims. */
    RED("31"),
    /** Warnings and single-source claims. */
    YELLOW("33"),
    /** Sourced claims. */
    GREEN("32"),
    /** Secondary text. */
    DIM("2");

    private final String code;

    Style(String code) {
      this.code = code;
    }
  }

  /**
   * Styles a text when colour is on.
   *
   * @param style the style
   * @param text the text (already free of control characters)
   * @return the text, within ANSI codes if colour is on
   */
  String paint(Style style, String text) {
    Objects.requireNonNull(style, "style");
    return colour ? "\u001b[" + style.code + "m" + text + "\u001b[0m" : text;
  }
}
