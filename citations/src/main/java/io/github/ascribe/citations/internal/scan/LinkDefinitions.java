package io.github.ascribe.citations.internal.scan;

import io.github.ascribe.citations.form.LinkDefinition;
import io.github.ascribe.core.Span;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the reference-style link definitions of a text, one per line: up to three spaces, {@code
 * [label]:}, blanks, an address ({@code https://…}, {@code www.…} or {@code <…>}), and an optional
 * title in double or single quotes or parentheses. One linear pass over the lines. Stateless.
 */
public final class LinkDefinitions {

  /** The longest label read. */
  static final int MAX_LABEL = 100;

  private LinkDefinitions() {}

  /**
   * The definitions of a text by normalised label ({@link #key}); the first of a label wins.
   *
   * @param s the text
   * @return label key to definition
   */
  public static Map<String, LinkDefinition> read(String s) {
    Map<String, LinkDefinition> out = new HashMap<>();
    int line = 0;
    while (line < s.length()) {
      int end = s.indexOf('\n', line);
      if (end < 0) {
        end = s.length();
      }
      int e = end > line && s.charAt(end - 1) == '\r' ? end - 1 : end;
      definition(s, line, e).ifPresent(d -> out.putIfAbsent(key(d.label()), d));
      line = end + 1;
    }
    return out;
  }

  /**
   * A label as CommonMark compares them: case folded, runs of blanks made one space, trimmed.
   *
   * @param label a label
   * @return its key
   */
  public static String key(String label) {
    return label.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /**
   * The definition on the line {@code s[a, e)}, if it is one.
   *
   * @param s the text
   * @param a where the line starts
   * @param e where it ends, before its line break
   * @return the definition, or empty
   */
  public static Optional<LinkDefinition> definition(String s, int a, int e) {
    int i = a;
    while (i < e && i - a < 3 && s.charAt(i) == ' ') {
      i++;
    }
    if (i >= e || s.charAt(i) != '[') {
      return Optional.empty();
    }
    int close = i + 1;
    while (close < e && close - i <= MAX_LABEL && s.charAt(close) != ']' && s.charAt(close) != '[') {
      close++;
    }
    if (close + 1 >= e || s.charAt(close) != ']' || s.charAt(close + 1) != ':' || close == i + 1) {
      return Optional.empty();
    }
    String label = s.substring(i + 1, close);
    int u = close + 2;
    while (u < e && Character.isWhitespace(s.charAt(u))) {
      u++;
    }
    int ue = u;
    boolean angled = u < e && s.charAt(u) == '<';
    if (angled) {
      ue = s.indexOf('>', u);
      if (ue < 0 || ue > e) {
        return Optional.empty();
      }
    } else {
      while (ue < e && !Character.isWhitespace(s.charAt(ue))) {
        ue++;
      }
    }
    String url = angled ? s.substring(u + 1, ue) : s.substring(u, ue);
    if (!(url.startsWith("http://") || url.startsWith("https://") || url.startsWith("www."))) {
      return Optional.empty();
    }
    int t = angled ? ue + 1 : ue;
    while (t < e && Character.isWhitespace(s.charAt(t))) {
      t++;
    }
    String title = "";
    if (t < e) {
      char open = s.charAt(t);
      char closer = open == '(' ? ')' : open;
      int last = e;
      while (last > t && Character.isWhitespace(s.charAt(last - 1))) {
        last--;
      }
      if (!(open == '"' || open == '\'' || open == '(') || last - t < 2 || s.charAt(last - 1) != closer) {
        return Optional.empty(); // text after the address that is no title: not a definition
      }
      title = s.substring(t + 1, last - 1);
    }
    if (label.isBlank()) {
      return Optional.empty();
    }
    int end = e;
    while (end > a && Character.isWhitespace(s.charAt(end - 1))) {
      end--;
    }
    return Optional.of(new LinkDefinition(label, url, title, Span.of(a, end)));
  }
}
