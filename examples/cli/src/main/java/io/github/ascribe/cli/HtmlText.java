package io.github.ascribe.cli;

import org.apache.commons.text.StringEscapeUtils;

/**
 * Text from the input as HTML text or a double-quoted attribute value: escaped with Commons Text's
 * {@code escapeHtml4}, after characters that HTML cannot carry (C0 and C1 controls other than tab,
 * line feed and carriage return; unpaired surrogates) are replaced with U+FFFD, as a browser would.
 *
 * <pre>{@code
 * HtmlText.escape("a < b & c");   // "a &lt; b &amp; c"
 * }</pre>
 */
final class HtmlText {

  private HtmlText() {}

  /**
   * Escapes text for HTML.
   *
   * @param s any string
   * @return the escaped text
   */
  static String escape(String s) {
    return StringEscapeUtils.escapeHtml4(displayable(s));
  }

  /**
   * The text as an HTML page can show it.
   *
   * @param s any string
   * @return {@code s} with controls (except tab, line feed, carriage return) and unpaired surrogates
   *     replaced by U+FFFD
   */
  static String displayable(String s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean bad;
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        if (sb != null) {
          sb.append(c).append(s.charAt(i + 1));
        }
        i++;
        continue;
      }
      bad = Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
      if (bad && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      }
      if (sb != null) {
        sb.append(bad ? '\uFFFD' : c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
