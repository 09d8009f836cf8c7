package io.github.ascribe.citations.internal;

import io.github.ascribe.core.text.Names;

/**
 * Splits notation into {@link Lexemes} in one left-to-right pass over code points, with bounded
 * look-ahead only; linear in the input. Never throws on any string.
 */
final class NotationLexer {

  /** The longest link target read, in UTF-16 units. */
  static final int MAX_LINK_TARGET = 2048;

  /** Counts above this are out of range (reported, not counted). */
  static final long MAX_COUNT = 9_999;

  /** The string being lexed, its length and where its lexemes go; set by {@link #relex} for one pass. */
  private String s;
  private int n;
  private Lexemes out;
  private int pos;
  /** The link targets of {@link #s}, made at the first {@code ]}. */
  private LinkTargets links;

  /** A lexer to be used by {@link #relex}, one string after another; not thread-safe. */
  NotationLexer() {}

  static Lexemes lex(String s) {
    return lex(s, lexemesFor(s));
  }

  /** New lexemes with room for about one lexeme per three characters of {@code s} (up to a limit). */
  static Lexemes lexemesFor(String s) {
    return new Lexemes(Math.min(s.length(), 1 << 12) / 3 + 4);
  }

  /**
   * {@link #lex(String)} into {@code out}, which is cleared first: its array is reused.
   *
   * @param s any string
   * @param out where the lexemes go
   * @return out
   */
  static Lexemes lex(String s, Lexemes out) {
    return new NotationLexer().relex(s, out);
  }

  /**
   * {@link #lex(String, Lexemes)} by this lexer, which keeps no state from one string to the next:
   * a reader keeps one per thread rather than make one per string.
   *
   * @param s any string
   * @param out where the lexemes go, cleared first
   * @return out
   */
  Lexemes relex(String s, Lexemes out) {
    out.clear();
    this.s = s;
    this.n = s.length();
    this.out = out;
    this.pos = 0; // links is null: the last pass cleared it
    try {
      run();
      return out;
    } finally {
      this.s = null; // nothing of this string is kept
      this.out = null;
      this.links = null;
    }
  }

  private void run() {
    while (pos < n) {
      char c = s.charAt(pos);
      if (isAsciiLetterOrDigit(c) && (c | 0x20) != 'h' && (c | 0x20) != 'w') {
        word(); // the common case: no test below but the URL test (h, w) and the word applies to it
        continue;
      }
      int cp = s.codePointAt(pos);
      int start = pos;
      if (isBidiControl(cp) && pos + 1 < n && isWordChar(s.codePointAt(pos + 1))) {
        word(); // a bidi control right before a name belongs to it: it changes how the name displays
      } else if (isBlank(cp) || isSoft(cp)) {
        while (pos < n && (s.charAt(pos) == ' ' || isBlank(s.codePointAt(pos)) || isSoft(s.codePointAt(pos)))) {
          pos += Character.charCount(s.codePointAt(pos));
        }
        emit(Lexemes.Kind.SPACE, start, 0);
      } else if (isPlus(cp) && digitAt(pos + 1)) {
        pos++;
        emit(Lexemes.Kind.PLUS_COUNT, start, number());
      } else if (isEquals(cp)) {
        pos++;
        int afterEq = pos;
        while (pos < n && isBlank(s.codePointAt(pos))) {
          pos += Character.charCount(s.codePointAt(pos));
        }
        if (digitAt(pos)) {
          emit(Lexemes.Kind.EQ_NUMBER, start, number());
        } else {
          pos = afterEq;
          emit(Lexemes.Kind.EQ, start, 0);
        }
      } else if (cp == '&' || cp == '＆') {
        pos++;
        emit(Lexemes.Kind.SEP, start, 0);
      } else if (isSeparator(cp)) {
        pos += Character.charCount(cp);
        emit(Lexemes.Kind.SEP, start, 0);
      } else if (isDash(cp)) {
        // a dash that does not join two word characters ("Agence France-Presse") separates
        pos += Character.charCount(cp);
        emit(Lexemes.Kind.SEP, start, 0);
      } else if (cp == '(' || cp == '[' || cp == '（' || cp == '［') {
        pos++;
        emit(Lexemes.Kind.OPEN, start, 0);
      } else if (cp == ']' || cp == '］') {
        pos++;
        emit(Lexemes.Kind.CLOSE, start, 0);
        if (links == null) {
          links = new LinkTargets(s, n);
        }
        int target = links.end(pos);
        if (target > 0) {
          int t = pos;
          pos = target;
          emit(Lexemes.Kind.LINK_TARGET, t, 0);
        }
      } else if (cp == ')' || cp == '）') {
        pos++;
        emit(Lexemes.Kind.CLOSE, start, 0);
      } else if (cp == '*') {
        while (pos < n && s.charAt(pos) == '*') {
          pos++;
        }
        emit(Lexemes.Kind.EMPH, start, 0);
      } else if (cp == ':' || cp == '：') {
        pos++;
        emit(Lexemes.Kind.COLON, start, 0);
      } else if (isQuoteOrAngle(cp) && (urlAt(softRunEnd(pos + 1)) || (!out.isEmpty() && out.is(out.size() - 1, Lexemes.Kind.URL)
          && out.end(out.size() - 1) == pos))) {
        pos++; // "<https://...>" and "“https://...”": the marks wrap the URL
        emit(Lexemes.Kind.EMPH, start, 0);
      } else if (urlAt(pos)) {
        pos = urlEnd(pos);
        emit(Lexemes.Kind.URL, start, 0);
      } else {
        word();
      }
    }
  }

  private void emit(Lexemes.Kind kind, int start, long value) {
    out.add(kind, start, pos, value);
  }

  private void word() {
    int start = pos;
    while (pos < n) {
      if (isAsciiLetterOrDigit(s.charAt(pos))) {
        pos++; // the common case, decided without Unicode tables: a word character, not a dash
        continue;
      }
      int cp = s.codePointAt(pos);
      if (isDash(cp) && pos > start) {
        int next = pos + Character.charCount(cp);
        if (next < n && Character.isLetterOrDigit(s.codePointAt(next))) {
          pos = next; // an inner hyphen
        } else {
          break;
        }
      } else if (isWordChar(cp)) {
        pos += Character.charCount(cp);
      } else if (isSoft(cp)) {
        int j = softRunEnd(pos); // decide once for the whole run: linear even for long runs
        if (j < n && isWordChar(s.codePointAt(j))) {
          pos = j;
        } else {
          break;
        }
      } else if (cp == '&' && pos > start && pos + 1 < n
          && Character.isLetterOrDigit(s.charAt(pos - 1)) && Character.isLetterOrDigit(s.charAt(pos + 1))) {
        pos++; // AT&T
      } else if (cp == ':' && pos > start && pos + 1 < n
          && Character.isDigit(s.charAt(pos - 1)) && Character.isDigit(s.charAt(pos + 1))) {
        pos++; // 10:30
      } else {
        break;
      }
    }
    if (pos == start) {
      pos += Character.charCount(s.codePointAt(pos));
    }
    emit(Lexemes.Kind.WORD, start, 0);
  }

  private int softRunEnd(int at) {
    int i = at;
    while (i < n && isSoft(s.codePointAt(i))) {
      i += Character.charCount(s.codePointAt(i));
    }
    return i;
  }

  private long number() {
    long v = 0;
    boolean overflow = false;
    while (pos < n) {
      int d = Character.digit(s.codePointAt(pos), 10);
      if (d < 0) {
        break;
      }
      if (!overflow) {
        v = v * 10 + d;
        if (v > MAX_COUNT) {
          overflow = true;
        }
      }
      pos += Character.charCount(s.codePointAt(pos));
    }
    return overflow ? -1 : v;
  }

  private boolean digitAt(int at) {
    return at < n && Character.digit(s.codePointAt(at), 10) >= 0;
  }

  /**
   * Whether a URL starts at {@code at}. Invisible characters between the letters of {@code http://}
   * or {@code www.} are skipped, so a URL is a URL with or without them (they are removed when the
   * name is displayed and written back).
   */
  private boolean urlAt(int at) {
    if (at >= n || (s.charAt(at) | 0x20) != 'h' && (s.charAt(at) | 0x20) != 'w') {
      return false;
    }
    if (prefixEnd(at, "http://") > 0 || prefixEnd(at, "https://") > 0) {
      return true;
    }
    int w = prefixEnd(at, "www.");
    int next = w > 0 ? softRunEnd(w) : -1;
    return next > 0 && next < n && Character.isLetterOrDigit(s.charAt(next));
  }

  /** End of {@code prefix} (ASCII, any case) at {@code at}, skipping invisible characters; -1 if absent. */
  private int prefixEnd(int at, String prefix) {
    int i = at;
    for (int k = 0; k < prefix.length(); k++) {
      if (k > 0) {
        i = softRunEnd(i);
      }
      if (i >= n || Character.toLowerCase(s.charAt(i)) != prefix.charAt(k)) {
        return -1;
      }
      i++;
    }
    return i;
  }

  private int urlEnd(int at) {
    int depth = 0;
    int i = at;
    // the host runs from after the scheme to the first '/', '?' or '#'; it has no '+', so a '+' and a
    // digit in it start a count glued to the URL (www.bbc.co.uk+2, www.apnews.com+1Reuters), while a
    // path, query or fragment keeps its '+' (https://x.org/c+2)
    int scheme = Math.max(prefixEnd(at, "http://"), prefixEnd(at, "https://"));
    boolean inHost = true;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c) || Names.isSpace(c) || c == ']' || c == '|' || c == '<' || c == '>'
          || c == '"' || c == '\u201D' || c == '\u2019' || c == '»') {
        break;
      }
      if (c == '/' || c == '?' || c == '#') {
        inHost &= i < scheme; // the slashes of the scheme are not the end of the host
      } else if (c == '+' && inHost && i > at && i + 1 < n && Character.isLetterOrDigit(s.charAt(i - 1))
          && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9') {
        return i;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        if (depth == 0) {
          break;
        }
        depth--;
      }
      i++;
    }
    // trailing punctuation (and invisible characters) end a sentence, not the URL
    while (i > at && (".,;:!?".indexOf(s.charAt(i - 1)) >= 0 || isSoft(s.charAt(i - 1)))) {
      i--;
    }
    return i;
  }

  static boolean isBidiControl(int cp) {
    return (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F;
  }

  private static boolean isQuoteOrAngle(int cp) {
    return cp == '"' || cp == '“' || cp == '”' || cp == '‘' || cp == '’' || cp == '<' || cp == '>' || cp == '«'
        || cp == '»' || cp == '\'';
  }

  static boolean isBlank(int cp) {
    return Names.isSpace(cp);
  }

  /**
   * Invisible characters (zero-width space and joiners, bidi controls, BOM, soft hyphen, other
   * controls): inside a word they belong to it ({@code Reu\u200Bters}); elsewhere they are space.
   */
  static boolean isSoft(int cp) {
    int t = Character.getType(cp);
    return (t == Character.FORMAT || t == Character.CONTROL) && !isBlank(cp);
  }

  static boolean isPlus(int cp) {
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

  static boolean isAsciiLetterOrDigit(int cp) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }

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
}
