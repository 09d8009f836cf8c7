package io.github.ascribe.citations.internal.article;

import io.github.ascribe.citations.internal.notation.NotationReader;
import io.github.ascribe.citations.internal.source.SourceFinders;
import io.github.ascribe.citations.internal.form.Markers;
import io.github.ascribe.citations.internal.form.TextScan;
import io.github.ascribe.core.Match;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.registry.SourceRegistry;
import io.github.ascribe.core.text.Hosts;
import io.github.ascribe.core.text.Names;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads an article's reference lists: a {@code Sources:} (or {@code ## References}, {@code
 * **Notes**} ...) heading, and numbered entries {@code [1] Reuters - ...}, {@code ¹ https://...},
 * {@code 2. The Guardian}. Each entry's source is a URL's host, else the name before a dash, else the
 * whole entry when it is marked up. Stateless.
 */
final class References {

  static final Set<String> HEADINGS = Set.of("sources", "source", "references", "citations",
      "notes", "further reading", "links", "bibliography");

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
    for (Layout.Para p : paras) {
      if ((p.heading() || s.charAt(p.end() - 1) == ':' || s.startsWith("**", p.contentStart()))
          && mayBeHeading(s, p.contentStart(), p.end())
          && HEADINGS.contains(Names.normalize(s.substring(p.contentStart(), p.end())))) {
        inReferences = true;
        referenceParas.set(p.index());
        continue;
      }
      int number = -1;
      int bodyStart = -1;
      char first = s.charAt(p.start());
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
        continue;
      }
      boolean markedUp = inReferences || first == '[' || Markers.isSuperscriptDigit(first);
      List<SourceMention> found = body(s, bodyStart, p.end(), markedUp, registry);
      if (found != null) {
        out.put(number, found);
        referenceParas.set(p.index());
      }
    }
    return referenceParas;
  }

  /**
   * Whether {@code s[from, to)} may be a reference heading: false only when its normalised key cannot
   * be one of {@link #HEADINGS}. On ASCII text the key keeps every letter, so more ASCII letters than
   * any heading has means none; other text may be transliterated into more letters.
   *
   * @param s the text
   * @param from first index
   * @param to index past the last
   * @return whether it may
   */
  static boolean mayBeHeading(String s, int from, int to) {
    int letters = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= 0x80) {
        return true;
      }
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

  /** The source of an entry body: a URL's host, else the name before a dash or the whole; or null. */
  private static List<SourceMention> body(String s, int from, int to, boolean markedUp, SourceRegistry registry) {
    while (from < to && TextScan.isBlank(s.charAt(from))) {
      from++;
    }
    if (from >= to) {
      return null;
    }
    String body = s.substring(from, to);
    int url = indexOfUrl(body);
    String before = url >= 0 ? body.substring(0, url) : body;
    int cut = firstDash(before);
    String name = (cut >= 0 ? before.substring(0, cut) : before).strip();
    if (!name.isEmpty() && (name.startsWith("[") || name.startsWith("*"))) {
      name = stripMarkup(name);
    }
    int nameAt = name.isEmpty() ? -1 : s.indexOf(name, from);
    boolean named = nameAt >= 0 && nameAt + name.length() <= to;
    if (named) {
      Optional<Resolution> r = registry.resolve(name);
      if (r.isPresent()) {
        return List.of(new SourceMention(name, Span.of(nameAt, nameAt + name.length()), r.get().source(),
            r.get().match()));
      }
    }
    if (url >= 0) {
      int end = url;
      while (end < body.length() && !Character.isWhitespace(body.charAt(end)) && body.charAt(end) != ')') {
        end++;
      }
      String u = body.substring(url, end);
      Optional<Resolution> r = registry.resolveHost(u);
      Span span = Span.of(from + url, from + end);
      if (r.isPresent()) {
        return List.of(new SourceMention(u, span, r.get().source(), r.get().match()));
      }
      Optional<String> host = Hosts.hostOf(u);
      if (host.isPresent()) {
        return List.of(new SourceMention(u, span, Source.unknown(host.get()), Match.UNRESOLVED));
      }
    }
    if (markedUp && named && !NotationReader.cleanName(name).isEmpty() && name.length() <= 80) {
      return List.of(new SourceMention(name, Span.of(nameAt, nameAt + name.length()),
          Source.unknown(NotationReader.cleanName(name)), Match.UNRESOLVED));
    }
    return null;
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

  private static int indexOfUrl(String body) {
    int best = -1;
    for (String start : List.of("http://", "https://", "www.")) {
      int x = body.indexOf(start);
      if (x >= 0 && (best < 0 || x < best)) {
        best = x;
      }
    }
    return best;
  }

  private static int firstDash(String text) {
    for (String d : List.of(" - ", " – ", " — ", ": ", " | ")) {
      int i = text.indexOf(d);
      if (i > 0) {
        return i;
      }
    }
    return -1;
  }
}
