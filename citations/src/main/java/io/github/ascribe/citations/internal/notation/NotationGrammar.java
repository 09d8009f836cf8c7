package io.github.ascribe.citations.internal.notation;

import io.github.ascribe.core.Severity;
import io.github.ascribe.core.text.Names;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The grammar stage: reads the lexemes of one {@link NotationRead} left to right and makes its
 * parts: the lead-in, names (runs of words), counts ({@code +N}, {@code and 3 others}), separators,
 * restatements ({@code =Name}), totals ({@code =N}), wrappers and brackets (checked for balance),
 * and markdown link targets. One instance per parse: it holds the state of the walk.
 */
final class NotationGrammar {

  /** Counts above this are out of range (reported, not counted). */
  static final long MAX_COUNT = 9_999;

  private final NotationRead r;
  private final String s;
  private final Lexemes lx;
  private final List<Part> parts;
  /** Brackets not closed yet, innermost first. */
  private final Deque<Part> openBrackets = new ArrayDeque<>(2);
  /** The name being read, or null. */
  private Part cur;
  /** The SPACE lexeme held back while a name may go on, or -1. */
  private int heldSpace = -1;
  /** The opening bracket of the bracket closed last, for a link target right after it; or null. */
  private Part lastClosedOpen;
  /** The value of the count phrase {@link #countPhrase} matched last. */
  private long countValue;
  /** When the read stops at prose: what settles the names as they close; else null. */
  private final ProseStop stop;
  /** Whether a settled name read as prose. */
  private boolean prose;

  private NotationGrammar(NotationRead r, ProseStop stop) {
    this.r = r;
    this.stop = stop;
    this.s = r.s;
    this.lx = r.lx;
    this.parts = r.parts;
  }

  /** Fills {@code r.parts} from {@code r.lx}. */
  static void read(NotationRead r) {
    new NotationGrammar(r, null).run();
  }

  /**
   * Fills {@code r.parts} from {@code r.lx}, unless a name reads as prose as soon as it is settled
   * ({@link ProseStop}): then it stops there, with the parts read so far.
   *
   * @param r the read
   * @param verdicts what asks a name whether it reads as prose
   * @param maxNameWords the most words of a registry name's key
   * @return whether it stopped at prose
   */
  static boolean readUnlessProse(NotationRead r, VerdictRules verdicts, int maxNameWords) {
    return new NotationGrammar(r, new ProseStop(r, verdicts, maxNameWords)).run();
  }

  private boolean run() {
    int i = leadIn();
    for (; i < lx.size(); i++) {
      i = step(i);
      if (stop != null && (prose || stop.settle())) {
        return true; // spec: one prose item makes the text no notation
      }
    }
    flush();
    for (Part open : openBrackets) {
      r.warn("unbalanced-bracket", "'" + r.text(open) + "' is never closed", open.start, open.end);
    }
    return false;
  }

  // spec: a lead-in ("Sources:", "via", "according to") may follow leading spaces, wrappers and brackets
  private int leadIn() {
    LeadIn.Match m = LeadIn.match(s, lx);
    if (m == null) {
      return 0;
    }
    for (int k = 0; k < m.first(); k++) {
      addSimple(k);
    }
    parts.add(new Part(Part.Kind.LEAD_IN, lx.start(m.first()), lx.end(m.last())));
    r.leadIn = true;
    return m.last() + 1;
  }

  /** The {@link Keywords} code of the word at lexeme i, decided once per lexeme (kept plus one in its memo). */
  private int keyword(int i) {
    int code = lx.memo(i);
    if (code == 0) {
      code = Keywords.of(s, lx.start(i), lx.end(i)) + 1;
      lx.memo(i, code);
    }
    return code - 1;
  }

  private int step(int i) {
    switch (lx.kind(i)) {
      case WORD -> {
        return word(i);
      }
      case URL -> {
        flush();
        Part p = Part.name(lx.start(i), lx.end(i));
        p.url = true;
        parts.add(p);
      }
      case SPACE -> {
        if (cur != null) {
          heldSpace = i;
        } else {
          parts.add(new Part(Part.Kind.SPACE, lx.start(i), lx.end(i)));
        }
      }
      case PLUS_COUNT -> number(i, Part.Kind.COUNT, "count", "not counted");
      case EQ_NUMBER -> number(i, Part.Kind.TOTAL, "total", "ignored");
      case SEP -> {
        flush();
        parts.add(new Part(Part.Kind.SEP, lx.start(i), lx.end(i)));
      }
      case EQ -> {
        flush();
        return restatement(i);
      }
      case OPEN -> {
        flush();
        Part p = new Part(Part.Kind.WRAPPER, lx.start(i), lx.end(i));
        parts.add(p);
        openBrackets.push(p);
      }
      case CLOSE -> {
        flush();
        parts.add(new Part(Part.Kind.WRAPPER, lx.start(i), lx.end(i)));
        close(i);
      }
      case EMPH -> {
        flush();
        parts.add(new Part(Part.Kind.WRAPPER, lx.start(i), lx.end(i)));
      }
      case LINK_TARGET -> {
        flush();
        parts.add(new Part(Part.Kind.LINK_TARGET, lx.start(i), lx.end(i)));
        linkTarget(i);
      }
      case COLON -> {
        flush();
        unrecognized(lx.start(i), lx.end(i), "unexpected-character",
            "':' is only understood after a lead-in such as 'Sources:'", Severity.WARNING);
      }
      default -> throw new IllegalStateException("unhandled lexeme " + lx.kind(i));
    }
    return i;
  }

  /** {@code +N} or {@code =N}: a COUNT or TOTAL part, or an error when the number is out of range. */
  private void number(int i, Part.Kind kind, String what, String outcome) {
    flush();
    if (lx.value(i) < 0) {
      unrecognized(lx.start(i), lx.end(i), "count-out-of-range",
          what + " '" + r.lexeme(i) + "' is larger than " + MAX_COUNT + "; " + outcome, Severity.ERROR);
    } else {
      Part p = new Part(kind, lx.start(i), lx.end(i));
      p.value = lx.value(i);
      parts.add(p);
    }
  }

  private int word(int i) {
    int code = keyword(i);
    boolean and = code == Keywords.AND;
    if (and || ((code == Keywords.UND || code == Keywords.ET || code == Keywords.Y || code == Keywords.E)
        && betweenNames(i))) {
      int j = and ? countPhrase(i + 2, true) : -1;
      flush();
      if (j >= 0) {
        phraseCount(lx.start(i), lx.end(j));
        return j;
      }
      Part p = new Part(Part.Kind.SEP, lx.start(i), lx.end(i));
      p.isAnd = true;
      parts.add(p);
      return i;
    }
    if (cur == null) {
      int j = countPhrase(i, false);
      if (j >= 0) {
        flush();
        phraseCount(lx.start(i), lx.end(j));
        return j;
      }
      // spec: "+3 more", then "+3 more sources": the count goes on over the words
      int n = parts.size();
      if (n >= 2 && parts.get(n - 1).kind == Part.Kind.SPACE && parts.get(n - 2).kind == Part.Kind.COUNT
          && isPlusStart(s, parts.get(n - 2))
          && ((code == Keywords.MORE || code == Keywords.OTHERS) && !parts.get(n - 2).phrase
              || Keywords.isCountNoun(code) && parts.get(n - 2).phrase && !endsWithNoun(parts.get(n - 2)))) {
        parts.remove(n - 1);
        parts.get(n - 2).end = lx.end(i);
        parts.get(n - 2).phrase = true;
        return i;
      }
    }
    if (cur != null) {
      cur.addWord(lx.start(i), lx.end(i));
      cur.end = lx.end(i);
      heldSpace = -1;
    } else {
      flush();
      cur = Part.name(lx.start(i), lx.end(i));
    }
    return i;
  }

  /** Whether the COUNT part starts with a plus sign ({@code +N}, not a phrase). */
  static boolean isPlusStart(String s, Part p) {
    return io.github.ascribe.citations.internal.scan.Chars.isPlus(s.codePointAt(p.start));
  }

  /** Foreign conjunctions (und, et, y, e) separate only between two capitalised words. */
  private boolean betweenNames(int i) {
    return i >= 2 && i + 2 < lx.size() && lx.is(i - 1, Lexemes.Kind.SPACE) && lx.is(i + 1, Lexemes.Kind.SPACE)
        && lx.is(i - 2, Lexemes.Kind.WORD) && lx.is(i + 2, Lexemes.Kind.WORD)
        && Character.isUpperCase(s.codePointAt(lx.start(i + 2)))
        && Character.isUpperCase(s.codePointAt(lx.start(i - 2)));
  }

  private void phraseCount(int start, int end) {
    if (countValue < 0) {
      unrecognized(start, end, "count-out-of-range", "count '" + s.substring(start, end) + "' is larger than "
          + MAX_COUNT + "; not counted", Severity.ERROR);
      return;
    }
    Part p = new Part(Part.Kind.COUNT, start, end);
    p.value = countValue;
    p.phrase = true;
    parts.add(p);
  }

  private boolean endsWithNoun(Part count) {
    String t = Names.normalize(s.substring(count.start, count.end));
    int sp = t.lastIndexOf(' ');
    return sp >= 0 && Keywords.isCountNoun(Keywords.ofKey(t.substring(sp + 1)));
  }

  /**
   * Matches {@code N other(s)|more [noun]} from lexeme i (after "and" when {@code afterAnd}); sets
   * {@link #countValue}; returns the index of the last lexeme, or -1.
   */
  private int countPhrase(int i, boolean afterAnd) {
    if (afterAnd && (i - 1 >= lx.size() || !lx.is(i - 1, Lexemes.Kind.SPACE))) {
      return -1;
    }
    if (i >= lx.size() || !lx.is(i, Lexemes.Kind.WORD)) {
      return -1;
    }
    long v = Keywords.number(s, lx.start(i), lx.end(i), keyword(i), MAX_COUNT);
    if (v == -1 || i + 2 >= lx.size() || !lx.is(i + 1, Lexemes.Kind.SPACE) || !lx.is(i + 2, Lexemes.Kind.WORD)) {
      return -1;
    }
    int next = keyword(i + 2);
    if (!(next == Keywords.OTHERS || next == Keywords.MORE || next == Keywords.OTHER)) {
      return -1;
    }
    int end = i + 2;
    int noun = nounAfter(end);
    if (noun > end) {
      end = noun;
    } else if (next == Keywords.OTHER && !afterAnd) {
      return -1; // "5 other" alone is not a count
    }
    countValue = v; // -2: a number too large to count, reported by the caller
    return end;
  }

  /** After lexeme {@code at}: {@code [news] outlets|sources|...}; the index of the noun, or {@code at}. */
  private int nounAfter(int at) {
    int k = at;
    if (k + 2 < lx.size() && lx.is(k + 1, Lexemes.Kind.SPACE) && lx.is(k + 2, Lexemes.Kind.WORD)
        && keyword(k + 2) == Keywords.NEWS) {
      k += 2;
    }
    if (k + 2 < lx.size() && lx.is(k + 1, Lexemes.Kind.SPACE) && lx.is(k + 2, Lexemes.Kind.WORD)
        && Keywords.isCountNoun(keyword(k + 2))) {
      return k + 2;
    }
    return at;
  }

  private int restatement(int i) {
    int k = i + 1;
    if (k < lx.size() && lx.is(k, Lexemes.Kind.SPACE)) {
      k++;
    }
    Part p = new Part(Part.Kind.RESTATE, lx.start(i), lx.end(i));
    int last = i;
    while (k < lx.size() && (lx.is(k, Lexemes.Kind.WORD) || lx.is(k, Lexemes.Kind.URL))
        && keyword(k) != Keywords.AND) {
      p.addWord(lx.start(k), lx.end(k));
      p.end = lx.end(k);
      last = k;
      if (k + 2 < lx.size() && lx.is(k + 1, Lexemes.Kind.SPACE) && lx.is(k + 2, Lexemes.Kind.WORD)) {
        k += 2;
      } else {
        break;
      }
    }
    if (p.words() == 0 || !hasLetter(p.nameStart(), p.nameEnd()) || startsWithDigit(s, p)) {
      // "=4" is a total; "=.4x" cannot be told from one once written canonically, so it is no restatement
      unrecognized(lx.start(i), lx.end(i), "dangling-equals", "'=' must be followed by a name or a number",
          Severity.WARNING);
      return i;
    }
    parts.add(p);
    return last;
  }

  /** Whether the name of part p, cleaned of edge punctuation, starts with a digit. */
  static boolean startsWithDigit(String s, Part p) {
    String clean = NameText.cleanName(s.substring(p.nameStart(), p.nameEnd()));
    return !clean.isEmpty() && Character.isDigit(clean.codePointAt(0));
  }

  private boolean hasLetter(int start, int end) {
    for (int k = start; k < end; k++) {
      if (Character.isLetter(s.charAt(k))) {
        return true;
      }
    }
    return false;
  }

  private void close(int x) {
    char c = s.charAt(lx.start(x));
    char want = (c == ')' || c == '）') ? '(' : '[';
    Part open = openBrackets.peek();
    if (open == null) {
      r.warn("unbalanced-bracket", "'" + c + "' closes nothing", lx.start(x), lx.end(x));
      lastClosedOpen = null;
      return;
    }
    char o = s.charAt(open.start);
    char oNorm = (o == '（') ? '(' : (o == '［') ? '[' : o;
    if (oNorm != want) {
      r.warn("unbalanced-bracket", "'" + c + "' does not match '" + o + "' at " + (open.start - r.from),
          lx.start(x), lx.end(x));
    }
    openBrackets.pop();
    lastClosedOpen = open;
  }

  /** Remembers {@code [text](target)}; the target is given to the one name inside after names are joined. */
  private void linkTarget(int x) {
    if (lastClosedOpen != null) {
      r.links.add(new NotationRead.Link(lastClosedOpen.start, lx.start(x), s.substring(lx.start(x) + 1, lx.end(x) - 1)));
    }
    lastClosedOpen = null;
  }

  private void flush() {
    if (cur != null) {
      parts.add(cur);
      cur = null;
      if (stop != null) {
        prose |= stop.closed(parts.size() - 1, !openBrackets.isEmpty());
      }
    }
    if (heldSpace >= 0) {
      parts.add(new Part(Part.Kind.SPACE, lx.start(heldSpace), lx.end(heldSpace)));
      heldSpace = -1;
    }
  }

  private void addSimple(int x) {
    Part.Kind k = lx.is(x, Lexemes.Kind.SPACE) ? Part.Kind.SPACE : Part.Kind.WRAPPER;
    Part p = new Part(k, lx.start(x), lx.end(x));
    parts.add(p);
    if (lx.is(x, Lexemes.Kind.OPEN)) {
      openBrackets.push(p);
    }
  }

  private void unrecognized(int start, int end, String code, String message, Severity severity) {
    Part p = new Part(Part.Kind.UNRECOGNIZED, start, end);
    p.code = code;
    p.message = message;
    parts.add(p);
    r.diagnose(severity, code, message, start, end);
  }
}
