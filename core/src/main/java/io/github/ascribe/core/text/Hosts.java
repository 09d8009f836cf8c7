package io.github.ascribe.core.text;

import com.ibm.icu.text.IDNA;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Extracts and normalises web hosts from URLs and bare domains, without throwing on malformed input.
 *
 * <p>Zero-width, bidi and other invisible characters are removed first. A host is lowercased, converted to ASCII with UTS #46 IDNA ({@code bücher.de} becomes {@code
 * xn--bcher-kva.de}), stripped of a port, user info, trailing dot and a leading {@code www.}.
 *
 * <pre>{@code
 * Hosts.hostOf("https://www.apnews.com/article/x");  // Optional[apnews.com]
 * Hosts.hostOf("apnews.com");                        // Optional[apnews.com]
 * Hosts.hostOf("AP News");                           // Optional.empty
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Hosts {

  private static final IDNA IDNA_UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII);
  private static final int MAX_HOST = 253;

  private Hosts() {}

  /**
   * The host of a URL ({@code https://host/...}, {@code //host/...}) or of a bare domain with an
   * optional path ({@code apnews.com/article}).
   *
   * @param text a URL or domain
   * @return the normalised host, or empty if there is none
   */
  public static Optional<String> hostOf(String text) {
    Objects.requireNonNull(text, "text");
    String s = Names.display(text); // invisible characters never change which host a URL names
    int scheme = s.indexOf("://");
    int from;
    if (scheme > 0 && isScheme(s, scheme)) {
      from = scheme + 3;
    } else if (s.startsWith("//")) {
      from = 2;
    } else {
      from = 0;
    }
    int to = from;
    while (to < s.length() && "/?#".indexOf(s.charAt(to)) < 0 && !Character.isWhitespace(s.charAt(to))) {
      to++;
    }
    String authority = s.substring(from, to);
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      authority = authority.substring(at + 1);
    }
    int colon = authority.lastIndexOf(':');
    if (colon >= 0) {
      authority = authority.substring(0, colon);
    }
    return normalizeHost(authority);
  }

  /**
   * Normalises a host name: IDNA to ASCII, lowercase, no trailing dot, no leading {@code www.}.
   * Requires at least two labels and a top-level label of letters.
   *
   * @param host a host name
   * @return the normalised host, or empty if it is not a valid domain
   */
  public static Optional<String> normalizeHost(String host) {
    Objects.requireNonNull(host, "host");
    String h = host.strip();
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (h.isEmpty() || h.length() > MAX_HOST) {
      return Optional.empty();
    }
    String ascii;
    if (isPlainAsciiHost(h)) {
      ascii = h.toLowerCase(Locale.ROOT); // what IDNA makes of it, without its objects
    } else {
      StringBuilder out = new StringBuilder();
      IDNA.Info info = new IDNA.Info();
      IDNA_UTS46.nameToASCII(h, out, info);
      if (info.hasErrors()) {
        return Optional.empty();
      }
      ascii = out.toString().toLowerCase(Locale.ROOT);
    }
    if (!isDomain(ascii)) {
      return Optional.empty();
    }
    if (ascii.startsWith("www.") && ascii.indexOf('.', 4) > 0) {
      ascii = ascii.substring(4);
    }
    return Optional.of(ascii);
  }

  /**
   * Whether IDNA to ASCII would only lower-case {@code h}: ASCII letters, digits, hyphens and dots,
   * with no two hyphens in a row (which IDNA checks in third and fourth place, and which start the
   * {@code xn--} labels it decodes). Every other check IDNA makes of such a host (empty, long or
   * hyphen-ended labels) {@link #isDomain} makes after it.
   */
  static boolean isPlainAsciiHost(String h) {
    for (int i = 0; i < h.length(); i++) {
      char c = h.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
          || (c == '-' && (i == 0 || h.charAt(i - 1) != '-'));
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether an ASCII string is a syntactically valid domain with at least two labels and an
   * alphabetic top-level label of two or more letters ({@code apnews.com}, {@code xn--80a.xn--p1ai}).
   *
   * @param s a candidate
   * @return true if it has the shape of a domain
   */
  public static boolean isDomain(String s) {
    if (s.isEmpty() || s.length() > MAX_HOST) {
      return false;
    }
    int labels = 0;
    int labelStart = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || s.charAt(i) == '.') {
        int len = i - labelStart;
        if (len < 1 || len > 63 || s.charAt(labelStart) == '-' || s.charAt(i - 1) == '-') {
          return false;
        }
        labels++;
        labelStart = i + 1;
      } else {
        char c = s.charAt(i);
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
          return false;
        }
      }
    }
    if (labels < 2) {
      return false;
    }
    String tld = s.substring(s.lastIndexOf('.') + 1);
    if (tld.startsWith("xn--")) {
      return true;
    }
    if (tld.length() < 2) {
      return false;
    }
    for (int i = 0; i < tld.length(); i++) {
      if (tld.charAt(i) < 'a' || tld.charAt(i) > 'z') {
        return false;
      }
    }
    return true;
  }

  private static boolean isScheme(String s, int end) {
    if (end > 32 || !Character.isLetter(s.charAt(0))) {
      return false;
    }
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '+' || c == '-' || c == '.')) {
        return false;
      }
    }
    return true;
  }
}
