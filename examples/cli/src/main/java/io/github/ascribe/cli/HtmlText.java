package io.github.ascribe.cli;

import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.EntityArrays;
import org.apache.commons.text.translate.LookupTranslator;

/**
 * Text from the input as HTML text or a double-quoted attribute value: {@code & < > "} escaped with
 * Commons Text's basic entities, after characters that HTML cannot carry (C0 and C1 controls other
 * than tab, line feed and carriage return; unpaired surrogates) are replaced with U+FFFD, as a
 * browser would. Every other character is written as itself (the page is UTF-8): HTML 4's named
 * entities are not used, since HTML5 reads some of them as other characters ({@code &lang;} is
 * U+2329 in HTML 4 and U+27E8 in HTML5).
 *
 * <pre>{@code
 * HtmlText.escape("a < b & c");   // "a &lt; b &amp; c"
 * }</pre>
 */
final class HtmlText {

  /** The four characters that markup needs escaped: {@code & < > "}. */
  private static final CharSequenceTranslator BASIC = new LookupTranslator(EntityArrays.BASIC_ESCAPE);

  private HtmlText() {}

  /**
   * Escapes text for HTML.
   *
   * @param s any string
   * @return the escaped text
   */
  static String escape(String s) {
    return BASIC.translate(displayable(s));
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
