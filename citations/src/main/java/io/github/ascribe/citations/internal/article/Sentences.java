package io.github.ascribe.citations.internal.article;

import com.ibm.icu.text.BreakIterator;
import io.github.ascribe.citations.internal.form.LeakedCodes;
import io.github.ascribe.citations.internal.form.Markers;
import io.github.ascribe.citations.internal.form.TextScan;
import io.github.ascribe.citations.internal.form.WireText;
import io.github.ascribe.citations.internal.source.Lexicon;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a paragraph into sentences: ICU's sentence boundaries (with the locale's abbreviation
 * suppression), kept off the inside of a marker ({@code trials.[1] Next}) and off the point after a
 * title ({@code Dr. Okafor}), then split after marker digits glued to a stop ({@code the bridge.1 The
 * mayor}) and after chips glued between two sentences ({@code in
 * May.Fortune+1Quartz +2 Gold fell.}). Stateless; the iterator is the analysis's own.
 */
final class Sentences {

  /** Titles the segmenter's suppression list lacks, lower-cased, without their point. */
  static final Set<String> TITLES = Set.of("dr", "mr", "mrs", "ms", "prof", "gen", "sen", "rep", "gov",
      "lt", "col", "sgt", "st", "jr", "sr", "rev", "capt", "cmdr", "adm", "maj", "supt", "insp", "hon", "mme", "mlle");

  /** The longest address a boundary is kept out of, and how far a link's target is read. */
  static final int MAX_URL = 2_000;
  /** The longest outlet name read alone in parentheses after a stop. */
  static final int MAX_PAREN_NAME = 60;

  private Sentences() {}

  /**
   * The sentences of {@code text[from, to)}, blanks trimmed, in order.
   *
   * @param ctx the analysis
   * @param from first index
   * @param to index past the last
   * @return the sentences' spans
   */
  static List<Span> split(ReadContext ctx, int from, int to) {
    String s = ctx.text;
    BreakIterator it = ctx.sentences;
    it.setText(s.substring(from, to)); // from index 0: a range with its own begin index loses a boundary in ICU
    List<Integer> bounds = new ArrayList<>();
    bounds.add(from);
    UrlRuns runs = new UrlRuns(s, from);
    boolean linkPerSentence = false;
    for (int end = it.next(); end != BreakIterator.DONE; end = it.next()) {
      int x = from + end;
      if (x < to && x > from && s.charAt(x - 1) == '[') {
        // the segmenter splits "trials.[1] Next" inside the marker: keep the marker with its sentence
        int k = Markers.endAfter(s, x - 1, to);
        if (k <= x - 1) {
          k = linkEndAfter(s, x - 1, to); // "…the year.[Reuters+1](https://…)": the same for a link
        }
        if (k > x - 1) {
          x = k;
        }
      }
      // "…in 2027. ([Reuters](url)) Local traders…": the link ends the sentence before it
      int moved = afterParenLinks(s, x, to, linkPerSentence, ctx.settings.registry());
      linkPerSentence |= moved > x;
      x = moved;
      if (x < to && afterTitle(s, x)) {
        continue; // "Dr. Okafor said": the segmenter's suppression list lacks some titles
      }
      if (x < to && afterInitialism(s, x, to)) {
        continue; // "The U.S. Senate passed": an initialism before a capitalised noun ends no sentence
      }
      if (x < to && runs.insideUrl(x)) {
        continue; // "...approved?utm_source=x": a '?' or '!' inside an address ends no sentence
      }
      if (x > bounds.get(bounds.size() - 1)) {
        bounds.add(x);
      }
    }
    if (bounds.get(bounds.size() - 1) < to) {
      bounds.add(to);
    }
    OutletStops.split(s, from, to, ctx.settings.registry(), bounds);
    splitAfterStopMarkers(s, bounds, !ctx.references.isEmpty());
    GluedChipSplit.split(ctx, bounds);
    ChipCardBounds.merge(ctx, bounds);
    List<Span> out = new ArrayList<>(bounds.size());
    for (int q = 0; q + 1 < bounds.size(); q++) {
      int a = bounds.get(q);
      int b = bounds.get(q + 1);
      while (a < b && TextScan.isBlank(s.charAt(a))) {
        a++;
      }
      while (b > a && TextScan.isBlank(s.charAt(b - 1))) {
        b--;
      }
      if (a < b) {
        out.add(Span.of(a, b));
      }
    }
    return out;
  }

  /**
   * Whether boundaries fall inside a URL: no blank on either side, and the run of non-blank text
   * they cut holds {@code ://} or starts with {@code www.} before them. Boundaries are asked in
   * ascending order and the text is scanned once, so a paragraph of many boundaries stays linear.
   * One instance per paragraph.
   */
  static final class UrlRuns {
    private final String s;
    private int scanned;
    private int runStart;
    private boolean url;

    UrlRuns(String s, int from) {
      this.s = s;
      this.scanned = from;
      this.runStart = from;
    }

    boolean insideUrl(int x) {
      for (; scanned < x; scanned++) {
        char c = s.charAt(scanned);
        if (TextScan.isBlank(c)) {
          runStart = scanned + 1;
          url = false;
        } else if (!url && (s.startsWith("://", scanned) || s.startsWith("www.", scanned)
            && (scanned == runStart || "([<".indexOf(s.charAt(scanned - 1)) >= 0))) {
          url = true;
        }
      }
      return url && x - runStart <= MAX_URL && !TextScan.isBlank(s.charAt(x)) && !TextScan.isBlank(s.charAt(x - 1));
    }
  }

  /**
   * The end of a markdown link {@code [text](target)} opening at {@code open}, or -1: its text
   * holds no bracket or line break, its target balances its parentheses on one line.
   */
  static int linkEndAfter(String s, int open, int to) {
    int j = open + 1;
    int limit = Math.min(to, open + 200);
    while (j < limit && s.charAt(j) != ']' && s.charAt(j) != '[' && s.charAt(j) != '\n') {
      j++;
    }
    if (j + 1 >= to || s.charAt(j) != ']' || s.charAt(j + 1) != '(') {
      return -1;
    }
    int depth = 0;
    int end = Math.min(to, j + 1 + MAX_URL);
    for (int i = j + 1; i < end; i++) {
      char c = s.charAt(i);
      if (c == '\n' || c == '\r') {
        return -1;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return i + 1;
      }
    }
    return -1;
  }

  /**
   * spec: a boundary before {@code ([Reuters](url))} or {@code (Reuters)} right after a sentence's
   * stop moves past it (and past more such links after it): ChatGPT's copied Markdown puts the
   * link after each sentence of a paragraph, and the link belongs to the sentence before it. Returns
   * {@code x} when no such link starts there, or when the links end the paragraph and no link before
   * them was moved: a paragraph's one closing link stays a tail, which may cover all its sentences.
   *
   * @param s the text
   * @param x a boundary
   * @param to the paragraph's end
   * @param perSentence whether a link of this paragraph was already read as its sentence's
   * @param registry the registry, for a name alone in parentheses ({@code (Reuters)}); null for links only
   * @return the boundary, moved past the links or not
   */
  static int afterParenLinks(String s, int x, int to, boolean perSentence, SourceRegistry registry) {
    int e = x;
    while (e > 0 && TextScan.isBlank(s.charAt(e - 1))) {
      e--;
    }
    if (e == 0 || x >= to || ".!?\"”'’".indexOf(s.charAt(e - 1)) < 0) {
      return x;
    }
    int at = x;
    for (int guard = 0; guard < Claims.MAX_TRAILERS && at + 1 < to && s.charAt(at) == '('; guard++) {
      int end = -1;
      if (s.charAt(at + 1) == '[') {
        int link = linkEndAfter(s, at + 1, to);
        end = link > 0 && link < to && s.charAt(link) == ')' ? link + 1 : -1;
      } else if (registry != null) {
        // spec: "…from 2027. (Reuters) Traders…": a known outlet alone in parentheses
        int close = TextScan.indexOf(s, ')', at + 1, Math.min(to, at + 2 + MAX_PAREN_NAME));
        end = close > at + 1 && WireText.media(s, at + 1, close, registry).isPresent() ? close + 1 : -1;
      }
      if (end < 0 || (end < to && !TextScan.isBlank(s.charAt(end)))) {
        break;
      }
      int next = end;
      while (next < to && TextScan.isBlank(s.charAt(next))) {
        next++;
      }
      if (next < to && "-–—".indexOf(s.charAt(next)) >= 0) {
        break; // spec: "(Reuters) - The…" opens a dateline's story
      }
      at = end;
      while (at < to && TextScan.isBlank(s.charAt(at))) {
        at++;
      }
    }
    return at > x && (at < to || perSentence) ? at : x;
  }

  /**
   * spec: {@code migration.[web:1] Births} is two sentences, split after the markers that follow the
   * stop (the segmenter sees no break before a lower-case letter); so is, in an answer with a
   * reference list ({@code glued}), {@code the bridge.1 The mayor}, after the digits glued to the stop.
   */
  static void splitAfterStopMarkers(String s, List<Integer> bounds, boolean glued) {
    for (int q = 0; q + 1 < bounds.size(); q++) {
      int b = bounds.get(q + 1);
      for (int i = bounds.get(q) + 1; i < b; i++) {
        char c = s.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
          continue;
        }
        int d = glued ? Markers.gluedEnd(s, i, b) : -1;
        if (d < 0) {
          d = afterCodes(s, i + 1, b);
        }
        if (d < 0 && i + 1 < b && s.charAt(i + 1) == '[') {
          d = Markers.endAfter(s, i + 1, b); // spec: "migration.[web:1] Births" splits after the marker
          d = d > i + 1 && d + 1 < b && TextScan.isBlank(s.charAt(d)) && Character.isUpperCase(s.charAt(d + 1)) ? d : -1;
        }
        if (d > 0 && d < b) {
          bounds.add(q + 1, d);
          break; // the rest is the next sentence, split in the next round
        }
      }
    }
  }

  /**
   * spec: {@code operators. :contentReference[oaicite:0]{index=0} The review} is two sentences: the
   * end of the citation codes that start at {@code k} (after blanks), when white space and a capital
   * letter follow them; else -1.
   */
  static int afterCodes(String s, int k, int b) {
    int end = -1;
    for (int guard = 0; guard < Claims.MAX_TRAILERS; guard++) {
      while (k < b && s.charAt(k) == ' ') {
        k++;
      }
      if (LeakedCodes.endAt(LeakedCodes.Kind.GEMINI_CITE_START, s, k, b) > k) {
        return k; // spec: "[cite_start]" opens the next sentence
      }
      int e = LeakedCodes.endAt(s, k, b);
      if (e <= k) {
        break;
      }
      end = e;
      k = e;
    }
    return end > 0 && end + 1 < b && TextScan.isBlank(s.charAt(end)) && Character.isUpperCase(s.charAt(end + 1))
        ? end : -1;
  }

  /** Capitalised words that open a sentence after an initialism: "…in the U.S. The Senate…" is two sentences. */
  static final Set<String> OPENERS = Set.of("the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you",
      "in", "on", "at", "but", "and", "or", "this", "that", "these", "those", "there", "his", "her", "their", "our",
      "as", "if", "when", "while", "after", "before", "meanwhile", "however", "so", "yet", "also", "some", "many",
      "most", "no", "for", "with", "since", "during", "according", "officials", "what", "who", "how", "why");

  /**
   * spec: whether the text before {@code x} ends with an initialism of two or more single letters
   * each with its point ({@code U.S.}, {@code U.K.}, {@code E.U.}) and the word at {@code x} is
   * capitalised and no usual sentence opener: {@code The U.S. Senate} is one sentence, {@code in the
   * U.S. The Senate} two.
   */
  static boolean afterInitialism(String s, int x, int to) {
    int e = x;
    while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
      e--;
    }
    int letters = 0;
    int k = e;
    while (k >= 2 && s.charAt(k - 1) == '.' && Character.isUpperCase(s.charAt(k - 2))
        && (k < 3 || s.charAt(k - 3) == '.' || !Character.isLetterOrDigit(s.charAt(k - 3)))) {
      letters++;
      k -= 2;
    }
    if (letters < 2 || e == x || x >= to || !Character.isUpperCase(s.charAt(x))) {
      return false;
    }
    int w = x;
    while (w < to && Character.isLetter(s.charAt(w))) {
      w++;
    }
    String word = s.substring(x, w).toLowerCase(Locale.ROOT);
    // a given name opens a sentence: "…late on Sunday in the U.S. Sarah Okafor said…"
    return w > x + 1 && !OPENERS.contains(word) && !Lexicon.get().isFirstName(word);
  }

  /** Whether the text before {@code x} ends with a title abbreviation such as {@code Dr.} or {@code Gen.}. */
  static boolean afterTitle(String s, int x) {
    int e = x;
    while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
      e--;
    }
    if (e == 0 || s.charAt(e - 1) != '.') {
      return false;
    }
    int b = e - 1;
    while (b > 0 && Character.isLetter(s.charAt(b - 1)) && e - b < 7) {
      b--;
    }
    if (b > 0 && Character.isLetterOrDigit(s.charAt(b - 1))) {
      return false;
    }
    return TITLES.contains(s.substring(b, e - 1).toLowerCase(Locale.ROOT));
  }
}
