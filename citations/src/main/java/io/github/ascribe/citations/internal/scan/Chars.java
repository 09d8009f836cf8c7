package io.github.ascribe.citations.internal.scan;

import io.github.ascribe.core.text.Names;

/** The character classes the {@link Lexer} decides by; all by code point, none locale-dependent. */
public final class Chars {

  private Chars() {}

  /**
   * @param cp a code point
   * @return whether it is an ASCII letter or digit
   */
  public static boolean isAsciiLetterOrDigit(int cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }

  /**
   * @param cp a code point
   * @return whether it is a bidi control (embedding, override, isolate, mark)
   */
  public static boolean isBidiControl(int cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F;
  }

  /**
   * @param cp a code point
   * @return whether it is white space, line breaks included ({@link Names#isSpace})
   */
  public static boolean isBlank(int cp) {
    return Names.isSpace(cp);
  }

  /**
   * Invisible characters (zero-width space and joiners, bidi controls, BOM, soft hyphen, other
   * controls): inside a word they belong to it ({@code Reu\u200Bters}); elsewhere they are space.
   *
   * @param cp a code point
   * @return whether it is invisible and no white space
   */
  public static boolean isSoft(int cp) {
    int t = Character.getType(cp);
    return (t == Character.FORMAT || t == Character.CONTROL) && !isBlank(cp);
  }

  static boolean isLineEnd(int cp) {
    return cp == '\n' || cp == '\r' || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
  }

  /**
   * @param cp a code point
   * @return whether it is a plus sign, ASCII or full-width
   */
  public static boolean isPlus(int cp) {
    return cp == '+' || cp == '＋' || cp == '﹢';
  }

  static boolean isEquals(int cp) {
    return cp == '=' || cp == '＝' || cp == '﹦';
  }

  static boolean isSeparator(int cp) {
    switch (cp) {
      case ',', ';', '/', '|', '·', '•', '+', '，', '；', '／', '｜', '＋', '﹢', '、', '・', '･', '∙', '⋅':
        return true;
      default:
        return false;
    }
  }

  static boolean isDash(int cp) {
    return Character.getType(cp) == Character.DASH_PUNCTUATION;
  }

  static boolean isQuoteOrAngle(int cp) {
    return cp == '"' || cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '<' || cp == '>' || cp == '«'
        || cp == '»' || cp == '\'';
  }

  private static boolean isQuote(int cp) {
    return switch (cp) {
      case '"', '\'', '“', '”', '‘', '’', '«', '»', '„', '‚', '‹', '›', '「', '」', '『', '』', '＂' -> true;
      default -> false;
    };
  }

  private static boolean isSuperscriptDigit(int cp) {
    return cp == 0xB9 || cp == 0xB2 || cp == 0xB3 || cp == 0x2070 || (cp >= 0x2074 && cp <= 0x2079);
  }

  /**
   * Whether the notation grammar reads {@code cp} as part of a word: anything but white space,
   * invisible characters, separators, {@code = + & ( ) [ ] * :} and their full-width forms.
   */
  static boolean isWordChar(int cp) {
    if (isAsciiLetterOrDigit(cp)) {
      return true;
    }
    if (isBlank(cp) || isSoft(cp) || isSeparator(cp) || isEquals(cp) || isPlus(cp)) {
      return false;
    }
    switch (cp) {
      case '&', '＆', '(', ')', '[', ']', '（', '）', '［', '］', '*', ':', '：':
        return false;
      default:
        return true;
    }
  }

  /**
   * The type of the piece of the word {@code [wordStart, end)} that the code point {@code cp} at
   * {@code at} belongs to: a letter, digit, mark or in-word character (a joining hyphen, {@code &}
   * or {@code :}, invisible characters, a full stop before a letter or digit, an apostrophe between
   * letters) is {@link TokenType#WORD}.
   */
  static TokenType pieceType(String s, int wordStart, int at, int end, int cp) {
    if (isAsciiLetterOrDigit(cp)) {
      return TokenType.WORD;
    }
    if (isSuperscriptDigit(cp)) {
      return TokenType.SUPERSCRIPT;
    }
    int next = at + Character.charCount(cp);
    boolean letterAfter = next < end && Character.isLetterOrDigit(next + 1 < end ? s.codePointAt(next) : s.charAt(next));
    if (cp == '.') {
      return letterAfter ? TokenType.WORD : TokenType.STOP;
    }
    if (cp == '!' || cp == '?' || cp == '…' || cp == '。' || cp == '！' || cp == '？') {
      return TokenType.STOP;
    }
    if (isQuote(cp)) {
      boolean letterBefore = at > wordStart && Character.isLetter(s.codePointBefore(at));
      return (cp == '\'' || cp == '’') && letterBefore && letterAfter ? TokenType.WORD : TokenType.QUOTE;
    }
    if (cp == '{' || cp == '｛') {
      return TokenType.OPEN;
    }
    if (cp == '}' || cp == '｝') {
      return TokenType.CLOSE;
    }
    int type = Character.getType(cp);
    if (Character.isLetterOrDigit(cp) || isDash(cp) || isSoft(cp) || cp == '&' || cp == ':' || cp == '_'
        || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK) {
      return TokenType.WORD;
    }
    return TokenType.OTHER;
  }

  /**
   * Whether {@code s[from, to)} is a bare domain: ASCII labels of letters, digits and hyphens joined
   * by single dots, the last one a lowercase top-level domain of two to 24 letters.
   */
  static boolean isDomain(String s, int from, int to) {
    int lastDot = -1;
    int labelStart = from;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (i == labelStart) {
          return false;
        }
        lastDot = i;
        labelStart = i + 1;
      } else if (!(isAsciiLetterOrDigit(c) || c == '-')) {
        return false;
      }
    }
    int tld = to - lastDot - 1;
    if (lastDot < 0 || tld < 2 || tld > 24) {
      return false;
    }
    for (int i = lastDot + 1; i < to; i++) {
      if (s.charAt(i) < 'a' || s.charAt(i) > 'z') {
        return false;
      }
    }
    return true;
  }

  /**
   * End of {@code prefix} (ASCII, any case) at {@code at} in {@code s[.., n)}, skipping invisible
   * characters between its letters; -1 if absent.
   *
   * @param s the text
   * @param at where the prefix should start
   * @param n where the text ends
   * @param prefix the prefix, lower case
   * @return the index past it, or -1
   */
  static int prefixEnd(String s, int at, int n, String prefix) {
    int i = at;
    for (int k = 0; k < prefix.length(); k++) {
      while (k > 0 && i < n && isSoft(s.codePointAt(i))) {
        i += Character.charCount(s.codePointAt(i));
      }
      if (i >= n || Character.toLowerCase(s.charAt(i)) != prefix.charAt(k)) {
        return -1;
      }
      i++;
    }
    return i;
  }

  /**
   * The end of the visible escapes of invisible characters at {@code at} ({@code {U200B}}, as the
   * canonical notation writes them), or {@code at} if there are none.
   *
   * @param s the text
   * @param at where escapes may start
   * @param n where the text ends
   * @return the index past them
   */
  static int escapeEnd(String s, int at, int n) {
    int i = at;
    while (i + 3 < n && s.charAt(i) == '{' && s.charAt(i + 1) == 'U') {
      int k = i + 2;
      while (k < n && k - i < 9 && Character.digit(s.charAt(k), 16) >= 0) {
        k++;
      }
      if (k == i + 2 || k >= n || s.charAt(k) != '}') {
        break;
      }
      i = k + 1;
    }
    return i;
  }

  /** The longest label of a host name (RFC 1035): how far two hyphens look for the label's end. */
  private static final int MAX_LABEL = 63;

  /**
   * Whether {@code --} at {@code pos} lies inside a label of a host: a letter or digit on each side,
   * and after it the label runs on in letters, digits and hyphens to a dot and a letter within a
   * label's 63 characters ({@code cyprus--mail.com}), or they follow {@code xn} at the start of a
   * label ({@code xn--anp-kga.nl}, {@code anp.xn--nl-zea}). Elsewhere two hyphens
   * separate names ({@code Reuters--AP}).
   *
   * @param s the text
   * @param start where the word holding them starts
   * @param pos where the first hyphen stands
   * @param n where the text ends
   * @return true when the hyphens are part of the word
   */
  static boolean hostDashes(String s, int start, int pos, int n) {
    if (pos + 2 >= n || s.charAt(pos + 1) != '-' || pos == start || !isAsciiLetterOrDigit(s.charAt(pos - 1))
        || !isAsciiLetterOrDigit(s.charAt(pos + 2))) {
      return false;
    }
    if (pos - start >= 2 && (s.charAt(pos - 2) | 0x20) == 'x' && (s.charAt(pos - 1) | 0x20) == 'n'
        && (pos - 2 == start || s.charAt(pos - 3) == '.')) {
      return true; // an IDNA label, also the last one: "xn--anp-kga.nl", "anp.xn--nl-zea"
    }
    for (int i = pos + 2; i < n && i - pos <= MAX_LABEL; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        return i + 1 < n && isAsciiLetterOrDigit(s.charAt(i + 1)) && Character.isLetter(s.charAt(i + 1));
      }
      if (!isAsciiLetterOrDigit(c) && c != '-') {
        return false;
      }
    }
    return false;
  }
}
