package io.github.ascribe.citations.internal.notation;

import io.github.ascribe.core.registry.SourceRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The name stage: reworks the NAME parts of one read against the registry. A trailing full stop
 * becomes an END part; {@code NAME SEP NAME} whose whole is a registry name ({@code Mail & Guardian})
 * becomes one name; a link's target goes to the one name inside its brackets; and a name that is
 * no registry name but a run of them ({@code The Guardian Reuters}) is split into them. Holds only
 * configuration: thread-safe.
 */
final class NameSegmenter {

  /** Parts with more words than this are never split into several registry names. */
  static final int MAX_SEGMENT_WORDS = 64;
  private static final String STOPS = ".…。";

  private final SourceRegistry registry;
  private final MentionResolver resolver;

  NameSegmenter(SourceRegistry registry, MentionResolver resolver) {
    this.registry = registry;
    this.resolver = resolver;
  }

  /** spec: a trailing period (or ellipsis) after the last name or count phrase is an END token. */
  void markEnd(NotationRead r) {
    List<Part> parts = r.parts;
    String s = r.s;
    int k = parts.size() - 1;
    while (k >= 0 && (parts.get(k).kind == Part.Kind.SPACE
        || (parts.get(k).kind == Part.Kind.WRAPPER && !isOpen(s, parts.get(k))))) {
      k--;
    }
    if (k < 0) {
      return;
    }
    Part p = parts.get(k);
    if (p.kind == Part.Kind.COUNT && p.phrase && p.end - 1 > p.start && STOPS.indexOf(s.charAt(p.end - 1)) >= 0) {
      int cut = p.end;
      while (cut > p.start && STOPS.indexOf(s.charAt(cut - 1)) >= 0) {
        cut--;
      }
      parts.add(k + 1, new Part(Part.Kind.END, cut, p.end));
      p.end = cut;
      return;
    }
    if (p.kind != Part.Kind.NAME && p.kind != Part.Kind.RESTATE) {
      return;
    }
    int end = p.nameEnd();
    int cut = end;
    while (cut > p.start && STOPS.indexOf(s.charAt(cut - 1)) >= 0) {
      cut--;
    }
    if (cut == end) {
      return;
    }
    int lastWord = p.words() - 1;
    int lastStart = p.wordStart(lastWord);
    if (cut <= lastStart) {
      if (p.words() == 1 && p.kind == Part.Kind.NAME) {
        p.kind = Part.Kind.END;
        p.clearWords();
        return;
      }
      if (p.kind == Part.Kind.RESTATE && p.words() == 1) {
        return; // "=." stays a (bad) restatement; resolution reports it
      }
      p.removeLastWord();
      int newEnd = p.nameEnd();
      parts.add(k + 1, new Part(Part.Kind.SPACE, newEnd, lastStart));
      parts.add(k + 2, new Part(Part.Kind.END, lastStart, end));
      p.end = newEnd;
      return;
    }
    p.setWordEnd(lastWord, cut);
    p.end = cut;
    parts.add(k + 1, new Part(Part.Kind.END, cut, end));
  }

  private static boolean isOpen(String s, Part p) {
    char c = s.charAt(p.start);
    return c == '(' || c == '[' || c == '（' || c == '［';
  }

  /**
   * spec: NAME SEP NAME where the whole is a registry name ({@code Mail & Guardian}) is one NAME;
   * the same for a restatement ({@code =Radio Free Europe/Radio Liberty}).
   */
  void joinNames(NotationRead r) {
    List<Part> parts = r.parts;
    // in place: the part kept at w is read at k >= w, and what is read later lies beyond k
    int w = 0;
    int k = 0;
    while (k < parts.size()) {
      Part a = parts.get(k++);
      parts.set(w++, a);
      if ((a.kind != Part.Kind.NAME && a.kind != Part.Kind.RESTATE) || a.url) {
        continue;
      }
      while (true) {
        int sep = nextSignificant(parts, k);
        if (sep < 0 || parts.get(sep).kind != Part.Kind.SEP || !joinable(r.s, parts.get(sep))) {
          break;
        }
        int b = nextSignificant(parts, sep + 1);
        if (b < 0 || parts.get(b).kind != Part.Kind.NAME || parts.get(b).url) {
          break;
        }
        Part bp = parts.get(b);
        if (bp.nameEnd() - a.nameStart() > 200 || resolver.nameOf(r.s, a.nameStart(), bp.nameEnd()) == null) {
          break; // not a name or alias (a domain does not join)
        }
        a.addWords(bp, 0, bp.words());
        a.end = bp.end;
        k = b + 1;
      }
    }
    parts.subList(w, parts.size()).clear();
  }

  static boolean joinable(String s, Part sep) {
    if (sep.isAnd) {
      return true;
    }
    char c = s.charAt(sep.start);
    return c == '&' || c == '＆' || c == '/' || c == '／' || c == '+' || c == '＋' || c == '|';
  }

  /** The first part from {@code from} (or the one after, if that is a space) that is no space; -1 if none. */
  private static int nextSignificant(List<Part> parts, int from) {
    for (int k = from; k < parts.size() && k <= from + 1; k++) {
      if (parts.get(k).kind != Part.Kind.SPACE) {
        return k;
      }
    }
    return -1;
  }

  /** Gives each link's target to the single NAME between its brackets. */
  static void applyLinkTargets(NotationRead r) {
    List<Part> parts = r.parts;
    int k = 0;
    for (NotationRead.Link link : r.links) {
      while (k < parts.size() && parts.get(k).start < link.open()) {
        k++;
      }
      Part only = null;
      int names = 0;
      for (int q = k; q < parts.size() && parts.get(q).end <= link.target(); q++) {
        if (parts.get(q).kind == Part.Kind.NAME) {
          only = parts.get(q);
          names++;
        }
      }
      if (names == 1) {
        only.linkTarget = link.url();
      }
    }
  }

  /** spec: a NAME that is no registry name but a run of registry names is split into them. */
  void splitNames(NotationRead r) {
    List<Part> out = null; // made at the first part that splits: most notation has none
    for (int k = 0; k < r.parts.size(); k++) {
      Part p = r.parts.get(k);
      List<Part> pieces = split(r, p);
      if (pieces == null) {
        if (out != null) {
          out.add(p);
        }
        continue;
      }
      if (out == null) {
        out = new ArrayList<>(r.parts.size() + 8);
        out.addAll(r.parts.subList(0, k));
      }
      for (int q = 0; q < pieces.size(); q++) {
        if (q > 0) {
          out.add(new Part(Part.Kind.SPACE, pieces.get(q - 1).end, pieces.get(q).start));
        }
        out.add(pieces.get(q));
      }
    }
    if (out != null) {
      r.parts = out;
    }
  }

  /**
   * The registry names a NAME part splits into completely, fewest pieces first; null if none or
   * one, or if the part as a whole is a registry name or a link to one.
   */
  List<Part> split(NotationRead r, Part p) {
    if (p.kind != Part.Kind.NAME || p.url || p.words() < 2 || p.words() > MAX_SEGMENT_WORDS) {
      return null;
    }
    int m = p.words();
    int maxW = registry.maxNameWords();
    int[] best = new int[m + 1]; // the fewest names that cover the first j words
    int[] from = new int[m + 1]; // where the last of them starts
    Arrays.fill(best, Integer.MAX_VALUE);
    best[0] = 0;
    int reached = 0; // the last word boundary a run of names reaches
    for (int j = 1; j <= m && j - reached <= maxW; j++) {
      for (int a = Math.max(0, j - maxW); a < j; a++) {
        if (best[a] == Integer.MAX_VALUE || best[a] + 1 >= best[j]) {
          continue;
        }
        if (resolver.nameOf(r.s, p, p.wordStart(a), p.wordEnd(j - 1)) != null) {
          best[j] = best[a] + 1;
          from[j] = a;
          reached = j;
        }
      }
    }
    if (best[m] == Integer.MAX_VALUE || best[m] < 2) {
      return null;
    }
    if (p.linkTarget != null && registry.resolveHost(p.linkTarget).isPresent()) {
      return null; // the link's host names the source
    }
    if (resolvesExactly(r.s, p.nameStart(), p.nameEnd())) {
      return null;
    }
    List<Part> pieces = new ArrayList<>();
    for (int j = m; j > 0; j = from[j]) {
      Part piece = new Part(Part.Kind.NAME, p.wordStart(from[j]), p.wordEnd(j - 1));
      piece.addWords(p, from[j], j);
      pieces.add(piece);
    }
    Collections.reverse(pieces);
    return pieces;
  }

  /**
   * Whether {@code registry.resolveExact} finds {@code s[start, end)}: a name or alias, else a
   * domain, which needs a {@code .} in the key and so a {@code .} or a non-ASCII character in the text.
   */
  private boolean resolvesExactly(String s, int start, int end) {
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (c == '.' || c >= 0x80) {
        return registry.resolveExact(s.substring(start, end)).isPresent();
      }
    }
    return resolver.nameOf(s, start, end) != null;
  }
}
