package io.github.ascribe.citations.internal.article;

import io.github.ascribe.citations.internal.form.Markers;
import io.github.ascribe.citations.internal.form.TextScan;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.registry.SourceRegistry;
import io.github.ascribe.core.text.Names;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads an article's reference lists: a {@code Sources:} (or {@code ## References}, {@code
 * **Notes**}, {@code Learn more} ...) heading, with or without a colon, and numbered entries {@code [1]
 * Reuters - ...}, {@code ¹ https://...}, {@code 2. The Guardian}, {@code (1) Title. URL}, {@code
 * [^1_2]: URL}, or several on one line ({@code Learn more: 1. bbc.com 2. reuters.com}, Bing's {@code
 * Source: Conversation with Bing, DATE(1) Title. URL. (2) …}). {@link ReferenceBody} finds each
 * entry's source. Stateless.
 */
final class References {

  static final Set<String> HEADINGS = Set.of("sources", "source", "references", "citations",
      "notes", "further reading", "links", "bibliography", "learn more", "works cited");

  /** What follows {@code Source:} in Bing's list. */
  static final String BING = "Conversation with Bing";
  /** The most entries read from one line. */
  static final int MAX_INLINE = 200;

  /** The most ASCII letters a reference heading has. */
  private static final int MOST_HEADING_LETTERS = HEADINGS.stream()
      .mapToInt(h -> (int) h.chars().filter(c -> c >= 'a' && c <= 'z').count()).max().orElse(0);

  private References() {}

  /**
   * Fills {@code out} with the entries of the article's reference lists, and marks the paragraphs
   * that are their headings and entries (they hold no claims).
   *
   * @param s the text
   * @param paras its paragraphs
   * @param registry the registry
   * @param out number to sources
   * @return the reference paragraphs
   */
  static BitSet read(String s, List<Layout.Para> paras, SourceRegistry registry,
      Map<Integer, List<SourceMention>> out) {
    BitSet referenceParas = new BitSet(paras.size());
    boolean inReferences = false;
    UnnumberedEntries unnumbered = new UnnumberedEntries();
    for (Layout.Para p : paras) {
      if (isHeading(s, p)) {
        inReferences = true;
        unnumbered.open();
        referenceParas.set(p.index());
        continue;
      }
      if (p.heading()) {
        unnumbered.close(); // spec: another heading ends a list without numbers
      }
      int rest = leadIn(s, p.contentStart(), p.end());
      if (rest >= 0) {
        // spec: "Learn more: 1. bbc.com 2. …", "Source: Conversation with Bing, DATE(1) Title. URL. (2) …"
        inReferences = true;
        referenceParas.set(p.index());
        inline(s, rest, p.end(), registry, out);
        continue;
      }
      if (isFiller(s, p.start(), p.end(), inReferences)) {
        referenceParas.set(p.index());
        continue;
      }
      char first = s.charAt(p.start());
      if (first == '(' && inReferences) {
        if (inline(s, p.start(), p.end(), registry, out) > 0) {
          referenceParas.set(p.index());
        }
        continue;
      }
      int number = -1;
      int bodyStart = -1;
      if (first == '[') {
        int close = TextScan.indexOf(s, ']', p.start(), Math.min(p.end(), p.start() + 12));
        if (close > p.start() && Markers.isMarkerBody(s, p.start() + 1, close)) {
          number = Markers.parseNumber(s.substring(p.start() + 1, close));
          bodyStart = close + 1;
          if (bodyStart < p.end() && s.charAt(bodyStart) == ':') {
            bodyStart++;
          }
        }
      } else if (Markers.isSuperscriptDigit(first)) {
        int k = p.start();
        StringBuilder digits = new StringBuilder();
        while (k < p.end() && Markers.isSuperscriptDigit(s.charAt(k))) {
          digits.append(Markers.superscriptValue(s.charAt(k)));
          k++;
        }
        number = Markers.parseNumber(digits.toString());
        bodyStart = k;
      } else if (p.contentStart() > p.start() && Character.isDigit(first)) {
        number = Markers.parseNumber(asciiDigits(s, p.start(), p.contentStart()));
        bodyStart = p.contentStart();
      }
      if (number < 0) {
        // spec: "Sources" then "Night trains stay - Reuters": a title line of a list without numbers
        if (unnumbered.read(s, p.contentStart(), p.end(), registry)) {
          referenceParas.set(p.index());
        }
        continue;
      }
      boolean markedUp = inReferences || first == '[' || Markers.isSuperscriptDigit(first);
      List<SourceMention> found = ReferenceBody.resolve(s, bodyStart, p.end(), markedUp, registry);
      if (found != null) {
        out.put(number, found);
        referenceParas.set(p.index());
      }
    }
    unnumbered.numberInto(out);
    return referenceParas;
  }

  /** Whether a paragraph is a reference heading alone: {@code Sources}, {@code ## References}, {@code **Learn more:**}. */
  private static boolean isHeading(String s, Layout.Para p) {
    return mayBeHeading(s, p.contentStart(), p.end())
        && HEADINGS.contains(Names.normalize(s.substring(p.contentStart(), p.end())));
  }

  /**
   * Where the entries after a lead-in on the same line start ({@code Learn more: 1. bbc.com}, {@code
   * Source: Conversation with Bing, 4/21/2026(1) …}), or -1 when the line has none.
   */
  static int leadIn(String s, int a, int b) {
    int colon = TextScan.indexOf(s, ':', a, Math.min(b, a + 24));
    if (colon < 0 || !mayBeHeading(s, a, colon) || !HEADINGS.contains(Names.normalize(s.substring(a, colon)))) {
      return -1;
    }
    int k = colon + 1;
    while (k < b && TextScan.isBlank(s.charAt(k))) {
      k++;
    }
    if (s.regionMatches(true, k, BING, 0, BING.length())) {
      int entry = find(s, "(1)", k, b);
      return entry >= 0 ? entry : b; // spec: the date before the first entry is no source
    }
    return entryNumber(s, k, b) == 1 ? k : -1;
  }

  /**
   * Reads entries numbered from one written on one line ({@code 1. bbc.com 2. reuters.com}, {@code
   * (1) Title. URL. (2) Title. URL}), each up to where the next number starts.
   *
   * @return how many had a source
   */
  private static int inline(String s, int a, int b, SourceRegistry registry, Map<Integer, List<SourceMention>> out) {
    int found = 0;
    int at = a;
    int n = entryNumber(s, a, b);
    for (int guard = 0; n > 0 && guard < MAX_INLINE; guard++) {
      boolean paren = s.charAt(at) == '(';
      int body = TextScan.indexOf(s, paren ? ')' : '.', at, b) + 1;
      String next = paren ? "(" + (n + 1) + ")" : " " + (n + 1) + ". ";
      int end = find(s, next, body, b);
      end = end < 0 ? b : end;
      List<SourceMention> m = ReferenceBody.resolve(s, body, end, true, registry);
      if (m != null) {
        out.put(n, m);
        found++;
      }
      if (end >= b) {
        break;
      }
      at = paren ? end : end + 1;
      n = entryNumber(s, at, b);
    }
    return found;
  }

  /** The number of an entry starting at {@code k} as {@code (N)} or {@code N. }, or -1. */
  private static int entryNumber(String s, int k, int b) {
    boolean paren = k < b && s.charAt(k) == '(';
    int d = paren ? k + 1 : k;
    int e = d;
    while (e < b && e - d < 3 && s.charAt(e) >= '0' && s.charAt(e) <= '9') {
      e++;
    }
    if (e == d || e >= b) {
      return -1;
    }
    boolean closed = paren ? s.charAt(e) == ')' : s.charAt(e) == '.' && e + 1 < b && s.charAt(e + 1) == ' ';
    return closed ? Integer.parseInt(s.substring(d, e)) : -1;
  }

  /**
   * Whether a line holds nothing but markup, markers and {@code ⁂} (Perplexity's hidden {@code <span
   * style="display:none">[^1_5]</span>} and its separator before the list), or under a heading a
   * {@code +2 more} line.
   */
  static boolean isFiller(String s, int a, int b, boolean inReferences) {
    if (inReferences && b - a <= 12 && s.startsWith("+", a) && s.substring(a, b).endsWith(" more")) {
      return true;
    }
    boolean tag = false;
    boolean any = false;
    for (int i = a; i < b; i++) {
      char c = s.charAt(i);
      if (tag) {
        tag = c != '>';
        if (c == ':' && s.startsWith("//", i + 1)) {
          return false; // spec: <https://apnews.com/x> is a link, not markup
        }
      } else if (c == '<' && i + 1 < b && (Character.isLetter(s.charAt(i + 1)) || s.charAt(i + 1) == '/')) {
        tag = true;
        any = true;
      } else if (c == '⁂') {
        any = true;
      } else if (!TextScan.isBlank(c) && c != '[' && c != ']' && c != '^' && c != '_' && !Character.isDigit(c)) {
        return false;
      }
    }
    return any && !tag;
  }

  /**
   * Whether {@code s[from, to)} may be a reference heading: false only when its normalised key cannot
   * be one of {@link #HEADINGS}. The key keeps every ASCII letter of the text (normalisation and
   * transliteration change other characters only, and may add letters but never drop an ASCII one),
   * so more ASCII letters than any heading has means none, whatever else the text holds.
   *
   * @param s the text
   * @param from first index
   * @param to index past the last
   * @return whether it may
   */
  static boolean mayBeHeading(String s, int from, int to) {
    int letters = 0;
    for (int i = from; i < to && letters <= MOST_HEADING_LETTERS; i++) {
      char c = s.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        letters++;
      }
    }
    return letters <= MOST_HEADING_LETTERS;
  }

  /** The ASCII digits of {@code [from, to)}, in order: the number of a list item such as {@code 12.}. */
  private static String asciiDigits(String s, int from, int to) {
    StringBuilder digits = new StringBuilder(to - from);
    for (int k = from; k < to; k++) {
      char c = s.charAt(k);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.toString();
  }

  /** A name without the {@code [} and {@code *} runs around it ({@code **[Reuters]**}). */
  static String stripMarkup(String name) {
    int a = 0;
    while (a < name.length() && (name.charAt(a) == '[' || name.charAt(a) == '*')) {
      a++;
    }
    int b = name.length();
    while (b > a && (name.charAt(b - 1) == ']' || name.charAt(b - 1) == '*')) {
      b--;
    }
    return name.substring(a, b);
  }

  /** The first {@code d} inside {@code [a, b)}, or -1: a search that never reads past the line. */
  private static int find(String s, String d, int a, int b) {
    for (int i = Math.max(a, 0); i + d.length() <= b; i++) {
      if (s.startsWith(d, i)) {
        return i;
      }
    }
    return -1;
  }
}
