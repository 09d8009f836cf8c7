package io.github.ascribe.citations.internal.article;

import io.github.ascribe.citations.PageFurniture;
import io.github.ascribe.citations.internal.form.TextScan;
import io.github.ascribe.core.registry.SourceRegistry;
import io.github.ascribe.core.text.Hosts;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the headlines over the items of an AI news digest, as copied from the page: a short line
 * without end punctuation, then the item's paragraph.
 *
 * <p>spec: a line is a digest headline when all of these hold:
 * <ul>
 *   <li>it stands alone: the first line, or after a blank line, or after a line that ends with no
 *       stop (a heading, a source line, a time), and is no list item;</li>
 *   <li>it is short: at most {@link #MAX_WORDS} words and {@link #MAX_CHARS} characters, at least two
 *       words, starting with a capital or a digit;</li>
 *   <li>it is no sentence: it ends with a letter, digit or {@code %}, and holds no stop followed by a
 *       space;</li>
 *   <li>it is no source: no address, domain, chip count, link, title-site separator ({@code —},
 *       {@code -}, {@code |}, {@code ·}), not a line of names the registry knows ({@code Reuters, AP}) nor ending with one (a chip
 *       whose sentence lost its stop), no byline ({@code By …}) and no page text;</li>
 *   <li>the next line follows it directly and is a longer paragraph with a sentence stop;</li>
 *   <li>the text is a digest: at least two lines pass the tests above.</li>
 * </ul>
 * In a digest, the first line is its title when it is such a short line with a blank line under it.
 * Such a line is a heading: it holds no claim and ends the item above it. Stateless.
 */
final class DigestHeadlines {

  /** The most words a headline has. */
  static final int MAX_WORDS = 12;
  /** The longest headline. */
  static final int MAX_CHARS = 90;
  /** How many headlines make a text a digest. */
  static final int MIN_HEADLINES = 2;

  private DigestHeadlines() {}

  /**
   * The paragraphs with each digest headline made a heading.
   *
   * @param s the text
   * @param paras its paragraphs
   * @param registry the registry, for lines that only name sources
   * @param furniture page text, which is never a headline
   * @return the paragraphs, the same list when the text is no digest
   */
  static List<Layout.Para> mark(String s, List<Layout.Para> paras, SourceRegistry registry, PageFurniture furniture) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i + 1 < paras.size(); i++) {
      if (isHeadline(s, paras, i, registry, furniture)) {
        found.add(i);
      }
    }
    if (found.size() < MIN_HEADLINES) {
      return paras;
    }
    Layout.Para first = paras.get(0);
    if (found.get(0) != 0 && first.contentStart() == first.start() && !first.heading()
        && isShortTitle(s, first.start(), first.end()) && !directlyAfter(s, first.end(), paras.get(1).start())
        && !furniture.matches(s, first.start(), first.end()) && !namesOnly(s, first.start(), first.end(), registry)) {
      found.add(0, 0); // spec: a digest's own title on its first line, over a blank line ("Morning briefing")
    }
    List<Layout.Para> out = new ArrayList<>(paras);
    for (int i : found) {
      Layout.Para p = paras.get(i);
      out.set(i, new Layout.Para(p.index(), p.start(), p.contentStart(), p.end(), true));
    }
    return out;
  }

  /**
   * Whether a heading paragraph is a plain line (a digest headline), not a markdown or bold heading.
   *
   * @param s the text
   * @param p a heading paragraph
   * @return whether it is plain
   */
  static boolean isPlain(String s, Layout.Para p) {
    char c = s.charAt(p.start());
    return p.heading() && c != '#' && c != '*' && c != '_';
  }

  private static boolean isHeadline(String s, List<Layout.Para> paras, int i, SourceRegistry registry,
      PageFurniture furniture) {
    Layout.Para p = paras.get(i);
    Layout.Para next = paras.get(i + 1);
    if (p.heading() || next.heading() || p.contentStart() != p.start() || !standsAlone(s, paras, i)) {
      return false;
    }
    if (!isShortTitle(s, p.start(), p.end()) || !directlyAfter(s, p.end(), next.start())) {
      return false;
    }
    if (next.end() - next.start() <= p.end() - p.start() || !hasStop(s, next.contentStart(), next.end())) {
      return false;
    }
    return !furniture.matches(s, p.start(), p.end()) && !namesOnly(s, p.start(), p.end(), registry)
        && !endsWithName(s, p.start(), p.end(), registry);
  }

  /** The most words of a name read at the end of a line. */
  private static final int NAME_WORDS = 4;

  /**
   * spec: a line ending with a name the registry knows is a sentence with a chip whose stop was lost
   * ({@code Fares are free until September Reuters}), not a headline.
   */
  private static boolean endsWithName(String s, int a, int b, SourceRegistry registry) {
    int k = b;
    for (int words = 0; words < NAME_WORDS; words++) {
      k = s.lastIndexOf(' ', k - 1);
      if (k < a) {
        return false;
      }
      if (registry.resolve(s.substring(k + 1, b)).isPresent()) {
        return true;
      }
    }
    return false;
  }

  /** The first line, or after a blank line, or after a line with no final stop. */
  private static boolean standsAlone(String s, List<Layout.Para> paras, int i) {
    if (i == 0) {
      return true;
    }
    Layout.Para before = paras.get(i - 1);
    if (!directlyAfter(s, before.end(), paras.get(i).start())) {
      return true;
    }
    char last = s.charAt(before.end() - 1);
    return last != '.' && last != '!' && last != '?' && last != '"' && last != '”' && last != ')';
  }

  /** Whether only one line break lies between {@code end} and {@code start}. */
  private static boolean directlyAfter(String s, int end, int start) {
    int breaks = 0;
    for (int k = end; k < start; k++) {
      char c = s.charAt(k);
      if (c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085' || (c == '\r' && (k + 1 >= start || s.charAt(k + 1) != '\n'))) {
        breaks++;
      }
    }
    return breaks <= 1;
  }

  /** A short line that is no sentence and no source: see the class comment. */
  static boolean isShortTitle(String s, int a, int b) {
    if (b - a > MAX_CHARS || b - a < 3) {
      return false;
    }
    char first = s.charAt(a);
    char last = s.charAt(b - 1);
    if (!(Character.isUpperCase(first) || Character.isDigit(first)) || !(Character.isLetterOrDigit(last) || last == '%')) {
      return false;
    }
    if (s.startsWith("By ", a)) {
      return false; // spec: a byline
    }
    int words = 1;
    for (int k = a; k < b; k++) {
      char c = s.charAt(k);
      if (c == ' ') {
        words++;
      }
      if ("[]()|·—–/@#".indexOf(c) >= 0 || (c == '+' && k + 1 < b && Character.isDigit(s.charAt(k + 1)))) {
        return false;
      }
      if ((c == '.' || c == '!' || c == '?' || c == ';' || c == ':') && k + 1 < b && s.charAt(k + 1) == ' ') {
        return false;
      }
      if (c == '-' && k > a && s.charAt(k - 1) == ' ') {
        return false; // spec: "Title - Site"
      }
    }
    if (words < 2 || words > MAX_WORDS) {
      return false;
    }
    int w = a;
    boolean dot = false;
    for (int k = a; k <= b; k++) {
      if (k == b || s.charAt(k) == ' ') {
        if (dot && Hosts.isDomain(s.substring(w, k))) {
          return false; // spec: "reuters.com"
        }
        w = k + 1;
        dot = false;
      } else {
        dot |= s.charAt(k) == '.';
      }
    }
    return true;
  }

  /** Whether a paragraph holds a sentence stop: {@code .}, {@code !} or {@code ?} after a word, then a space or the end. */
  private static boolean hasStop(String s, int a, int b) {
    for (int k = a + 1; k < b; k++) {
      char c = s.charAt(k);
      if ((c == '.' || c == '!' || c == '?') && Character.isLetterOrDigit(s.charAt(k - 1))
          && (k + 1 == b || TextScan.isBlank(s.charAt(k + 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Whether a line is only names the registry knows, joined by commas or {@code and}: a source line. */
  private static boolean namesOnly(String s, int a, int b, SourceRegistry registry) {
    String line = s.substring(a, b).replace(" and ", ",").replace(" & ", ",");
    for (String part : line.split(",")) {
      String name = part.strip();
      if (name.isEmpty() || registry.resolve(name).isEmpty()) {
        return false;
      }
    }
    return true;
  }
}
