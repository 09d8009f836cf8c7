package io.github.ascribe.citations.internal.notation;

import io.github.ascribe.citations.internal.scan.Chars;
import io.github.ascribe.core.internal.AsciiChars;
import io.github.ascribe.core.text.Names;
import java.util.Locale;

/** How names read from notation are shown and counted: display forms, hidden characters, words. Stateless. */
final class NameText {

  private static final String STOPS = ".…。";

  private NameText() {}

  /** The display form of an unknown name: visible text without edge punctuation. */
  static String cleanName(String written) {
    String d = Names.display(written);
    int a = 0;
    int b = d.length();
    while (a < b && !Character.isLetterOrDigit(d.codePointAt(a))) {
      a += Character.charCount(d.codePointAt(a));
    }
    while (b > a && !Character.isLetterOrDigit(d.codePointBefore(b))) {
      b -= Character.charCount(d.codePointBefore(b));
    }
    return d.substring(a, b);
  }

  /** Without trailing full stops, which a name loses anyway when it ends the notation (END). */
  static String stripFinalStops(String name) {
    int e = name.length();
    while (e > 0 && (STOPS.indexOf(name.charAt(e - 1)) >= 0 || name.charAt(e - 1) == ' ')) {
      e--;
    }
    return name.substring(0, e);
  }

  /**
   * A look-alike's name with its invisible characters made visible ({@code Reu{U200B}ters}), so the
   * unknown source it becomes can never display as, or be written back as, the real name.
   */
  static String showHidden(String written) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < written.length(); ) {
      int cp = written.codePointAt(i);
      i += Character.charCount(cp);
      if (isHidden(cp)) {
        sb.append(String.format(Locale.ROOT, "{U%04X}", cp));
      } else {
        sb.appendCodePoint(cp);
      }
    }
    return stripFinalStops(Names.display(sb.toString()));
  }

  /**
   * A URL without its invisible characters, when none stands in its host: those inside its {@code
   * http://}, {@code https://} or {@code www.} (which the lexer skips) and those in its path, query or
   * fragment do not change the site, so the URL reads as the same link without them; null when the
   * host hides one ({@link Names#hasHiddenCharacters}, or a control character), which makes a
   * look-alike of the site, as the same characters do in a name.
   */
  static String addressWithoutHidden(String url) {
    String plain = withoutHiddenInScheme(url);
    String host = rawHost(plain);
    if (Names.hasHiddenCharacters(host) || hasControl(host)) {
      return null;
    }
    StringBuilder visible = new StringBuilder(plain.length());
    plain.codePoints().filter(cp -> !isHidden(cp)).forEach(visible::appendCodePoint);
    return visible.toString();
  }

  /**
   * {@link #showHidden} for a URL: invisible characters inside its {@code http://}, {@code https://}
   * or {@code www.} are dropped, as the lexer skips them there, so that the name written back still
   * reads as a URL; those after it are made visible.
   */
  static String showHiddenUrl(String url) {
    return showHidden(withoutHiddenInScheme(url));
  }

  /**
   * A URL without the invisible characters inside its {@code http://}, {@code https://} or {@code
   * www.}, where the lexer skips them; the rest as written.
   */
  static String withoutHiddenInScheme(String url) {
    StringBuilder head = new StringBuilder();
    for (int i = 0; i < url.length() && head.length() <= 8; ) {
      int cp = url.codePointAt(i);
      i += Character.charCount(cp);
      if (!isHidden(cp)) {
        head.appendCodePoint(cp);
      }
      String h = head.toString().toLowerCase(Locale.ROOT);
      if (h.equals("http://") || h.equals("https://") || h.equals("www.")) {
        return head + url.substring(i);
      }
    }
    return url;
  }

  /** Whether a name holds a control character other than white space (a NUL, say). */
  static boolean hasControl(String written) {
    return written.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL && !Character.isWhitespace(c));
  }

  /**
   * Whether a control character (a NUL, say; never part of any spelling) stands inside a word: a
   * letter or digit before it and after it, runs of them counted as one. Dropped from the name, it
   * would join two words into one that may read as something else ({@code re\0ported by}).
   */
  static boolean hasControlInsideAWord(String written) {
    int n = written.length();
    for (int i = 1; i < n; i++) {
      char c = written.charAt(i);
      if (Character.getType(c) == Character.CONTROL && !Character.isWhitespace(c)
          && Character.isLetterOrDigit(written.charAt(i - 1))) {
        int j = i;
        while (j < n && Character.getType(written.charAt(j)) == Character.CONTROL && !Character.isWhitespace(written.charAt(j))) {
          j++;
        }
        if (j < n && Character.isLetterOrDigit(written.charAt(j))) {
          return true;
        }
        i = j;
      }
    }
    return false;
  }

  private static boolean isHidden(int cp) {
    int type = Character.getType(cp);
    return type == Character.FORMAT || type == Character.CONTROL && !Character.isWhitespace(cp);
  }

  /**
   * The host part of a URL as written, invisible characters included: only hidden characters in the
   * host make a look-alike ({@code apn\u200Bews.com}); one in the scheme does not change the site.
   */
  static String rawHost(String url) {
    int slashes = url.indexOf("//");
    int from = slashes < 0 ? 0 : slashes + 2;
    int to = from;
    while (to < url.length() && "/?#".indexOf(url.charAt(to)) < 0) {
      to++;
    }
    return url.substring(from, to);
  }

  /**
   * {@code splitCount(Names.normalize(s.substring(from, to)))} for ASCII text, without making the
   * key; -1 for text that is not ASCII. On ASCII the key runs from the first to the last letter or
   * digit, drops control characters and makes each run of white space one space.
   */
  static int asciiKeyWords(String s, int from, int to) {
    int first = -1;
    int last = -1;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return -1;
      }
      if (Chars.isAsciiLetterOrDigit(c)) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    int words = 1;
    boolean inGap = false;
    for (int i = first + 1; first >= 0 && i < last; i++) {
      char c = s.charAt(i);
      boolean space = AsciiChars.isAsciiSpace(c);
      boolean control = AsciiChars.isAsciiControl(c);
      if (space && !inGap) {
        words++;
        inGap = true;
      } else if (!space && !control) {
        inGap = false;
      }
    }
    return words;
  }

  /**
   * {@code text.split(" ").length} without making the pieces: the pieces between single spaces, less
   * the empty ones at the end; a text without a space is one piece, even when empty.
   */
  static int splitCount(String text) {
    int spaces = 0;
    for (int i = text.indexOf(' '); i >= 0; i = text.indexOf(' ', i + 1)) {
      spaces++;
    }
    if (spaces == 0) {
      return 1;
    }
    int end = text.length();
    while (end > 0 && text.charAt(end - 1) == ' ') {
      end--;
    }
    return end == 0 ? 0 : spaces + 1 - (text.length() - end);
  }
}
