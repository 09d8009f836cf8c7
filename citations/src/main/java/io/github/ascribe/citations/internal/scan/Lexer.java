package io.github.ascribe.citations.internal.scan;

import io.github.ascribe.core.text.Names;
import java.util.Arrays;

/**
 * The one lexer: splits a text, or a window {@code [from, to)} of it, into a {@link TokenStream} in
 * one left-to-right pass over code points, with bounded look-ahead only (a URL or link target runs
 * to its end); linear in the window's length. Never throws on any string; reads nothing outside the
 * window, so lexing a window gives the tokens of {@code text.substring(from, to)}, moved by {@code
 * from}.
 *
 * <pre>{@code
 * Lexer.lex("Reuters +2 [1]")   // WORD SPACE PLUS_COUNT SPACE MARKER
 * }</pre>
 *
 * <p>Thread-safe: each call makes its own lexer.
 */
public final class Lexer {

  /** The longest link target read, in UTF-16 units. */
  public static final int MAX_LINK_TARGET = 2048;
  /** The longest numbered marker, in UTF-16 units. */
  static final int MAX_MARKER = 32;

  private final String s;
  private final int from;
  /** The end of the window: nothing at or after it is read. */
  private final int n;
  private int pos;
  private int size;
  private int[] starts;
  private byte[] types;
  /** The link targets of the window, made at the first {@code ]}. */
  private LinkTargets links;

  private Lexer(String s, int from, int to) {
    this.s = s;
    this.from = from;
    this.n = to;
    this.pos = from;
    int capacity = Math.min(to - from, 1 << 12) / 3 + 4;
    this.starts = new int[capacity + 1];
    this.types = new byte[capacity];
  }

  /**
   * The tokens of a whole text.
   *
   * @param text any string
   * @return its tokens
   */
  public static TokenStream lex(String text) {
    return lex(text, 0, text.length());
  }

  /**
   * The tokens of {@code text[from, to)}, with offsets into {@code text}.
   *
   * @param text any string
   * @param from where the window starts
   * @param to where it ends
   * @return its tokens
   * @throws IndexOutOfBoundsException if the window is not inside the text
   */
  public static TokenStream lex(String text, int from, int to) {
    if (from < 0 || to > text.length() || from > to) {
      throw new IndexOutOfBoundsException("window [" + from + ", " + to + ") of " + text.length());
    }
    return new Lexer(text, from, to).run();
  }

  private TokenStream run() {
    while (pos < n) {
      char c = s.charAt(pos);
      if (Chars.isAsciiLetterOrDigit(c) && (c | 0x20) != 'h' && (c | 0x20) != 'w') {
        word(); // the common case: no test below but the URL test (h, w) applies to it
        continue;
      }
      int cp = cp(pos);
      int start = pos;
      if (Chars.isBidiControl(cp) && pos + 1 < n && Chars.isWordChar(cp(pos + 1))) {
        word(); // a bidi control right before a name belongs to it: it changes how the name displays
      } else if (Chars.isBlank(cp) || Chars.isSoft(cp)) {
        space();
      } else if (Chars.isPlus(cp) && digitAt(pos + 1)) {
        pos++;
        digits();
        int move = MarketMoves.end(s, pos, n); // spec: "News Corp +1.8%" is a market move, one word, no count
        emit(move > pos ? TokenType.WORD : TokenType.PLUS_COUNT, start, 0);
        pos = move;
      } else if (Chars.isEquals(cp)) {
        pos++;
        int afterEq = pos;
        while (pos < n && Chars.isBlank(cp(pos))) {
          pos += Character.charCount(cp(pos));
        }
        if (digitAt(pos)) {
          digits();
          emit(TokenType.TOTAL, start, 0);
        } else {
          pos = afterEq;
          emit(TokenType.EQUALS, start, 0);
        }
      } else if (cp == '&' || cp == '＆') {
        pos++;
        emit(TokenType.SEPARATOR, start, 0);
      } else if (Chars.isSeparator(cp)) {
        pos += Character.charCount(cp);
        emit(Chars.isPlus(cp) ? TokenType.PLUS : TokenType.SEPARATOR, start, 0);
      } else if (Chars.isDash(cp)) {
        // a dash that does not join two word characters ("Agence France-Presse") separates
        pos += Character.charCount(cp);
        emit(TokenType.DASH, start, 0);
      } else if (cp == '[' && markerEnd(pos) > 0) {
        pos = markerEnd(pos);
        emit(TokenType.MARKER, start, 0);
        linkTarget();
      } else if (cp == '(' || cp == '[' || cp == '（' || cp == '［') {
        pos++;
        emit(TokenType.OPEN, start, 0);
      } else if (cp == ']' || cp == '］') {
        pos++;
        emit(TokenType.CLOSE, start, 0);
        linkTarget();
      } else if (cp == ')' || cp == '）') {
        pos++;
        emit(TokenType.CLOSE, start, 0);
      } else if (cp == '*') {
        while (pos < n && s.charAt(pos) == '*') {
          pos++;
        }
        emit(TokenType.EMPHASIS, start, 0);
      } else if (cp == ':' || cp == '：') {
        pos++;
        emit(TokenType.COLON, start, 0);
      } else if (Chars.isQuoteOrAngle(cp) && (urlAt(softRunEnd(pos + 1)) || size > 0
          && types[size - 1] == TokenType.URL.ordinal())) {
        pos++; // "<https://...>" and "“https://...”": the marks wrap the URL
        emit(TokenType.URL_QUOTE, start, 0);
      } else if (urlAt(pos)) {
        pos = urlEnd(pos);
        emit(TokenType.URL, start, 0);
      } else {
        word();
      }
    }
    return new TokenStream(s, from, n, size, starts, types);
  }

  private void emit(TokenType type, int start, int flags) {
    if (size == types.length) {
      types = Arrays.copyOf(types, size * 2);
      starts = Arrays.copyOf(starts, size * 2 + 1);
    }
    starts[size] = start;
    types[size++] = (byte) (type.ordinal() | flags);
  }

  /** The code point at {@code at}, never reading at or past the end of the window. */
  private int cp(int at) {
    char c = s.charAt(at);
    if (Character.isHighSurrogate(c) && at + 1 < n && Character.isLowSurrogate(s.charAt(at + 1))) {
      return Character.toCodePoint(c, s.charAt(at + 1));
    }
    return c;
  }

  /** After a {@code ]}: the {@code (target)} of a markdown link, if one follows. */
  private void linkTarget() {
    if (links == null) {
      links = new LinkTargets(s, n);
    }
    int target = links.end(pos);
    if (target > 0) {
      int t = pos;
      pos = target;
      emit(TokenType.LINK_TARGET, t, 0);
    }
  }

  /** A run of blanks and invisible characters: SPACE and LINE_END tokens, the later ones joined. */
  private void space() {
    int flags = 0;
    while (pos < n) {
      int cp = cp(pos);
      if (!(Chars.isBlank(cp) || Chars.isSoft(cp))) {
        break;
      }
      int start = pos;
      if (Chars.isLineEnd(cp)) {
        pos += cp == '\r' && pos + 1 < n && s.charAt(pos + 1) == '\n' ? 2 : 1;
        emit(TokenType.LINE_END, start, flags);
      } else {
        while (pos < n && !Chars.isLineEnd(cp(pos)) && (Chars.isBlank(cp(pos)) || Chars.isSoft(cp(pos)))) {
          pos += Character.charCount(cp(pos));
        }
        emit(TokenType.SPACE, start, flags);
      }
      flags = TokenStream.JOINED;
    }
  }

  /** A word as the notation grammar reads it, then cut into typed pieces by {@link #pieces}. */
  private void word() {
    int start = pos;
    while (pos < n) {
      if (Chars.isAsciiLetterOrDigit(s.charAt(pos))) {
        pos++; // the common case, decided without Unicode tables: a word character, not a dash
        continue;
      }
      int cp = cp(pos);
      if (cp == '-' && Chars.hostDashes(s, start, pos, n)) {
        pos += 2; // "xn--anp-kga.nl", "my--site.com": two hyphens inside a host's label are part of it
        continue;
      }
      if (Chars.isDash(cp) && pos > start) {
        if (danglingDash(pos)) {
          break;
        }
        pos += Character.charCount(cp); // an inner hyphen
      } else if (Chars.isWordChar(cp)) {
        pos += Character.charCount(cp);
      } else if (Chars.isSoft(cp)) {
        int j = softRunEnd(pos); // decide once for the whole run: linear even for long runs
        if (j < n && Chars.isWordChar(cp(j)) && !danglingDash(j)) {
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
      pos += Character.charCount(cp(pos));
    }
    pieces(start, pos);
  }

  /** Whether a dash stands at {@code j} with no letter or digit after it: it ends the word before it. */
  private boolean danglingDash(int j) {
    int next = j + Character.charCount(cp(j));
    return Chars.isDash(cp(j)) && !(next < n && Character.isLetterOrDigit(cp(next)));
  }

  /**
   * Cuts the word {@code [start, end)} into pieces of one type each: runs of word characters (with
   * in-word marks, a stop or quote before a word character), stops, quotes, superscripts, braces and
   * other marks. The first piece starts the word; the others are joined to it.
   */
  private void pieces(int start, int end) {
    int flags = TokenStream.IN_WORD;
    int at = start;
    while (at < end) {
      TokenType type = Chars.pieceType(s, start, at, end, cp(at));
      int next = at + Character.charCount(cp(at));
      if (type != TokenType.OPEN && type != TokenType.CLOSE) { // a brace is a piece of its own
        while (next < end && Chars.pieceType(s, start, next, end, cp(next)) == type) {
          next += Character.charCount(cp(next));
        }
      }
      if (type == TokenType.WORD && Chars.isDomain(s, at, next)) {
        type = TokenType.DOMAIN;
      }
      emit(type, at, flags);
      flags = TokenStream.IN_WORD | TokenStream.JOINED;
      at = next;
    }
  }

  private int softRunEnd(int at) {
    int i = at;
    while (i < n && Chars.isSoft(cp(i))) {
      i += Character.charCount(cp(i));
    }
    return i;
  }

  private void digits() {
    while (pos < n && Character.digit(cp(pos), 10) >= 0) {
      pos += Character.charCount(cp(pos));
    }
  }

  private boolean digitAt(int at) {
    return at < n && Character.digit(cp(at), 10) >= 0;
  }

  /**
   * The end of a numbered marker at {@code at} ({@code [1]}, {@code [^2]}, {@code [1, 3]}, {@code
   * [2-4]}), or -1: digits with an optional caret, joined by a comma (and one space), or a dash.
   */
  private int markerEnd(int at) {
    int i = at + 1;
    int limit = Math.min(n, at + MAX_MARKER);
    while (true) {
      if (i < limit && s.charAt(i) == '^') {
        i++;
      }
      int digits = i;
      while (i < limit && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i == digits || i >= limit) {
        return -1;
      }
      char c = s.charAt(i);
      if (c == ']') {
        return i + 1;
      } else if (c == ',') {
        i += i + 1 < limit && s.charAt(i + 1) == ' ' ? 2 : 1;
      } else if (c == '-' || c == '–' || c == '—') {
        i++;
      } else {
        return -1;
      }
    }
  }

  /**
   * Whether a URL starts at {@code at}. Invisible characters between the letters of {@code http://}
   * or {@code www.} are skipped, so a URL is a URL with or without them; so is one written visibly
   * after {@code www.} as the canonical form writes it ({@code www.{U200B}x/}).
   */
  private boolean urlAt(int at) {
    if (at >= n || (s.charAt(at) | 0x20) != 'h' && (s.charAt(at) | 0x20) != 'w') {
      return false;
    }
    if (prefixEnd(at, "http://") > 0 || prefixEnd(at, "https://") > 0) {
      return true;
    }
    int w = prefixEnd(at, "www.");
    int next = w > 0 ? Chars.escapeEnd(s, softRunEnd(w), n) : -1;
    return next > 0 && next < n && Character.isLetterOrDigit(s.charAt(next));
  }

  private int prefixEnd(int at, String prefix) {
    return Chars.prefixEnd(s, at, n, prefix);
  }

  /**
   * The index of the last visible character before {@code i}, at or after {@code at}: invisible
   * characters (a NUL, a zero-width space) between a host and a glued count do not part them, as
   * they do not part a name and its count. Looks back over one run of them only, so the scan stays linear.
   */
  private int softStart(int at, int i) {
    int k = i - 1;
    while (k > at && Chars.isSoft(s.charAt(k))) {
      k--;
    }
    return k;
  }

  private int urlEnd(int at) {
    int depth = 0;
    int i = at;
    // the host runs from after the scheme to the first '/', '?' or '#'; it has no '+', so a '+' and a
    // digit in it start a count glued to the URL (www.bbc.co.uk+2), while a path keeps its '+'
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
      } else if (c == '+' && inHost && i > at && i + 1 < n && Character.isLetterOrDigit(s.charAt(softStart(at, i)))
          && s.charAt(i + 1) >= '0' && s.charAt(i + 1) <= '9') {
        break; // invisible characters before the '+' are trimmed off below, and lex as a space
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
    while (i > at && (".,;:!?".indexOf(s.charAt(i - 1)) >= 0 || Chars.isSoft(s.charAt(i - 1)))) {
      i--;
    }
    return i;
  }
}
