package io.github.ascribe.citations.internal.form;

import io.github.ascribe.citations.form.FormInput;
import io.github.ascribe.citations.form.Reach;
import io.github.ascribe.citations.form.Recognized;
import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Severity;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import java.util.List;

/**
 * The lexical shapes of the citation codes answer engines leave in copied text, one {@link Kind}
 * each, and where one ends or starts; shared by the code forms (one recogniser per kind) and the
 * sentence splitter, which splits after a code that follows a stop. No form class. Stateless.
 */
public final class LeakedCodes {

  /** The longest code looked for, so that every search is bounded. */
  public static final int MAX_CODE = 400;
  /** The diagnostic of a code that nothing in the text resolves. */
  public static final String UNRESOLVED = "unresolved-citation-code";

  /** The kinds of code, each read by its own form, with the characters a code of the kind can start and end with. */
  public enum Kind {
    /** ChatGPT's {@code :contentReference[oaicite:0]{index=0}}. */
    CONTENT_REFERENCE(":", "]}"),
    /** ChatGPT's {@code citeturn0news19}, with or without private-use characters around it. */
    CITETURN("c\uE200", "0123456789\uE201"),
    /** {@code 【24†source】}. */
    LENTICULAR("【", "】"),
    /** {@code [oai_citation:0‡Name](url)}. */
    OAI_CITATION("[", "])"),
    /** Gemini's {@code [cite: 1, 16]}. */
    GEMINI_CITE("[", "]"),
    /** Gemini's {@code [cite_start]}. */
    GEMINI_CITE_START("[", "]"),
    /** Grok's {@code [](grok_render_citation_card_json={…})}, {@code <grok-card …></grok-card>}, {@code <grok:render …>}. */
    GROK_CARD("[<", ")>");

    /** The first characters of its codes: where {@link #endAt(Kind, String, int, int)} can find one. */
    private final String starts;
    /** The last characters of its codes: where {@link #startBefore} can find one ending. */
    private final String ends;

    Kind(String starts, String ends) {
      this.starts = starts;
      this.ends = ends;
    }

    /**
     * Whether a code of this kind may end with {@code c}.
     *
     * @param c the character
     * @return whether it may
     */
    boolean mayEndWith(char c) {
      return ends.indexOf(c) >= 0;
    }
  }

  private LeakedCodes() {}

  /**
   * Where a code of {@code kind} that starts at {@code a} ends, not after {@code b}, or -1.
   *
   * @param kind the kind
   * @param s the text
   * @param a where it starts
   * @param b the bound
   * @return its end, or -1
   */
  public static int endAt(Kind kind, String s, int a, int b) {
    if (a < 0 || a >= b || b > s.length()) {
      return -1;
    }
    int lim = Math.min(b, a + MAX_CODE);
    return switch (kind) {
      case CONTENT_REFERENCE -> contentReference(s, a, lim);
      case CITETURN -> citeturn(s, a, lim);
      case LENTICULAR -> closed(s, a, lim, "【", '】', '†');
      case OAI_CITATION -> oaiCitation(s, a, lim);
      case GEMINI_CITE -> geminiCite(s, a, lim);
      case GEMINI_CITE_START -> s.startsWith("[cite_start]", a) && a + 12 <= lim ? a + 12 : -1;
      case GROK_CARD -> grokCard(s, a, lim);
    };
  }

  /**
   * Where any code that starts at {@code a} ends, or -1.
   *
   * @param s the text
   * @param a where it starts
   * @param b the bound
   * @return its end, or -1
   */
  public static int endAt(String s, int a, int b) {
    for (Kind k : Kind.values()) {
      int e = endAt(k, s, a, b);
      if (e > a) {
        return e;
      }
    }
    return -1;
  }

  /**
   * Where a code of {@code kind} that ends exactly at {@code e} starts, not before {@code from}, or -1.
   *
   * @param kind the kind
   * @param s the text
   * @param from the lower bound
   * @param e where it ends
   * @return its start, or -1
   */
  public static int startBefore(Kind kind, String s, int from, int e) {
    if (e <= from || !kind.mayEndWith(s.charAt(e - 1))) {
      return -1; // spec: a code ends with one of its kind's last characters
    }
    int lo = Math.max(from, e - MAX_CODE);
    for (int a = e - 1; a >= lo; a--) {
      char c = s.charAt(a);
      if (kind.starts.indexOf(c) >= 0 && endAt(kind, s, a, e) == e) {
        // spec: the private-use character before "cite" belongs to the code
        return a > lo && s.charAt(a - 1) == '\uE200' && endAt(kind, s, a - 1, e) == e ? a - 1 : a;
      }
    }
    return -1;
  }

  /**
   * A code as the trailer of a sentence: an attribution covering the sentence when it has sources,
   * else no attribution and an {@link #UNRESOLVED} diagnostic with its span.
   *
   * @param form the form
   * @param rule the rule
   * @param span the code, with the stop after it if any
   * @param code the code alone
   * @param mentions what resolves it, maybe none
   * @param what the code's name for the message
   * @return the hit
   */
  public static Recognized hit(AttributionForm form, String rule, Span span, Span code, List<SourceMention> mentions,
      String what) {
    if (!mentions.isEmpty()) {
      return Recognized.of(form, rule, span, mentions, Reach.SENTENCE).notAntecedent();
    }
    Diagnostic d = new Diagnostic(Severity.WARNING, UNRESOLVED,
        what + " left in copied text names no source that the text resolves; it is removed from the claim", code);
    return Recognized.of(form, rule, span, List.of(), Reach.NONE).withDiagnostics(List.of(d));
  }

  /**
   * The code of {@code kind} that ends the sentence range of {@code in}, after or before its stop:
   * {@code [start, end)} of the code and the end of what is removed, or null.
   *
   * @param kind the kind
   * @param in the input
   * @return {@code {start, codeEnd, removedEnd}}, or null
   */
  public static int[] trailing(Kind kind, FormInput in) {
    String s = in.text();
    int from = in.range().start();
    int e = TextScan.trimEnd(s, from, in.range().end());
    if (e <= from) {
      return null;
    }
    int start = startBefore(kind, s, from, e);
    if (start > from) {
      return new int[] {start, e, e};
    }
    int at = TextScan.beforeStop(s, from, e);
    int inner = TextScan.trimEnd(s, from, at);
    start = at < e ? startBefore(kind, s, from, inner) : -1;
    return start > from ? new int[] {start, inner, e} : null;
  }

  private static int contentReference(String s, int a, int lim) {
    if (!s.startsWith(":contentReference[", a)) {
      return -1;
    }
    int close = TextScan.indexOf(s, ']', a + 18, Math.min(lim, a + 60));
    if (close < 0) {
      return -1;
    }
    int k = close + 1;
    if (k < lim && s.charAt(k) == '{') {
      int brace = TextScan.indexOf(s, '}', k, Math.min(lim, k + 30));
      return brace < 0 ? k : brace + 1;
    }
    return k;
  }

  /** spec: optional U+E200, {@code cite}, then {@code turn}-codes (each maybe after U+E202), optional U+E201. */
  private static int citeturn(String s, int a, int lim) {
    int k = a;
    if (k < lim && s.charAt(k) == '\uE200') {
      k++;
    }
    if (!s.startsWith("cite", k) || k + 4 > lim) {
      return -1;
    }
    k += 4;
    int turns = 0;
    while (k < lim) {
      int j = k < lim && s.charAt(k) == '\uE202' ? k + 1 : k;
      int t = turn(s, j, lim);
      if (t < 0) {
        break;
      }
      turns++;
      k = t;
    }
    if (turns == 0) {
      return -1;
    }
    return k < lim && s.charAt(k) == '\uE201' ? k + 1 : k;
  }

  /** {@code turn0news19}: "turn", digits, letters, digits. */
  private static int turn(String s, int k, int lim) {
    if (k + 4 > lim || !s.startsWith("turn", k)) {
      return -1;
    }
    int i = digits(s, k + 4, lim);
    if (i == k + 4) {
      return -1;
    }
    int letters = i;
    while (i < lim && s.charAt(i) >= 'a' && s.charAt(i) <= 'z') {
      i++;
    }
    int end = digits(s, i, lim);
    return i > letters && end > i ? end : -1;
  }

  private static int digits(String s, int k, int lim) {
    while (k < lim && s.charAt(k) >= '0' && s.charAt(k) <= '9') {
      k++;
    }
    return k;
  }

  /** {@code open … close} with {@code must} inside, on one line. */
  private static int closed(String s, int a, int lim, String open, char close, char must) {
    if (!s.startsWith(open, a)) {
      return -1;
    }
    boolean seen = false;
    for (int i = a + open.length(); i < Math.min(lim, a + 120); i++) {
      char c = s.charAt(i);
      if (c == close) {
        return seen ? i + 1 : -1;
      }
      if (c == '\n' || c == '\r') {
        return -1;
      }
      seen |= c == must;
    }
    return -1;
  }

  private static int oaiCitation(String s, int a, int lim) {
    if (!s.startsWith("[oai_citation:", a)) {
      return -1;
    }
    int close = TextScan.indexOf(s, ']', a + 14, Math.min(lim, a + 140));
    if (close < 0 || close + 1 >= lim || s.charAt(close + 1) != '(') {
      return close < 0 ? -1 : close + 1;
    }
    int paren = close + 2;
    while (paren < lim && s.charAt(paren) != ')' && !Character.isWhitespace(s.charAt(paren))) {
      paren++;
    }
    return paren < lim && s.charAt(paren) == ')' ? paren + 1 : close + 1;
  }

  private static int geminiCite(String s, int a, int lim) {
    if (!s.startsWith("[cite:", a)) {
      return -1;
    }
    int close = TextScan.indexOf(s, ']', a + 6, Math.min(lim, a + 60));
    return close > a + 6 && Markers.isMarkerBody(s, a + 6, close) ? close + 1 : -1;
  }

  private static int grokCard(String s, int a, int lim) {
    if (s.startsWith("[](grok_render_citation_card_json=", a)) {
      for (int i = a + 34; i < lim; i++) {
        if (s.charAt(i) == ')' && s.charAt(i - 1) == '}') {
          return i + 1;
        }
        if (s.charAt(i) == '\n') {
          return -1;
        }
      }
      return -1;
    }
    if (s.startsWith("<grok-card", a)) {
      int end = find(s, "</grok-card>", a, lim);
      return end < 0 ? -1 : end + 12;
    }
    if (s.startsWith("<grok:render", a)) {
      int gt = TextScan.indexOf(s, '>', a, lim);
      if (gt < 0) {
        return -1;
      }
      int end = find(s, "</grok:render>", gt, lim);
      int line = TextScan.indexOf(s, '\n', gt, lim);
      return end >= 0 && (line < 0 || end < line) ? end + 14 : gt + 1;
    }
    return -1;
  }

  /** The first {@code d} inside {@code [a, b)}, or -1. */
  static int find(String s, String d, int a, int b) {
    for (int i = a; i + d.length() <= b; i++) {
      if (s.startsWith(d, i)) {
        return i;
      }
    }
    return -1;
  }
}
