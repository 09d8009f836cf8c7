package io.github.ascribe.citations;

import io.github.ascribe.citations.internal.source.PhrasePattern;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The page text of answer engines and news sites that is never a claim: headings and buttons
 * ({@code Sources}, {@code AI Overview}, {@code Show all}), notices ({@code AI responses may include
 * mistakes.}), status lines ({@code Thought for 14s}, {@code Searched 9 sites}), relative times
 * ({@code 3h ago}) and closing offers ({@code Would you like me to ...}). A line that consists of such
 * phrases only, one after another, is skipped by the analyser and reported with an {@code
 * skipped-text} note instead of becoming a claim.
 *
 * <p>A phrase matches a whole line or a run of words in it, without regard to case: {@code #} stands
 * for a number ({@code 14}, {@code 1,200}), a space for any run of blanks, a {@code *} at the end for
 * the rest of the line, and {@code \#}, {@code \*}, {@code \\} for the characters themselves. The
 * bundled phrases are listed, by engine, in {@code docs/answer-engines.md}; add your own with {@link
 * #with}:
 *
 * <pre>{@code
 * PageFurniture pageText = PageFurniture.bundled().with(List.of("Related stories", "# comments"));
 * Analyzer analyzer = Analyzer.builder().pageFurniture(pageText).build();
 * pageText.matches("12 comments");   // true
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class PageFurniture {

  /** Lines longer than this are never page text: engines' UI strings are short. */
  public static final int MAX_LINE = 300;

  private static final PageFurniture NONE = new PageFurniture(List.of());
  private static final PageFurniture BUNDLED = new PageFurniture(readBundled());

  private final List<PhrasePattern> patterns;
  /** The patterns by the folded first character; those starting with a number under -1. */
  private final Map<Integer, List<PhrasePattern>> byFirst = new HashMap<>();

  private PageFurniture(List<PhrasePattern> patterns) {
    this.patterns = List.copyOf(patterns);
    for (PhrasePattern p : this.patterns) {
      byFirst.computeIfAbsent(p.first(), k -> new ArrayList<>()).add(p);
    }
    byFirst.replaceAll((k, v) -> List.copyOf(v));
  }

  /**
   * The bundled phrases of the answer engines and wires Ascribe knows (the default of {@link
   * Analyzer.Builder#pageFurniture}).
   *
   * @return the bundled page text
   */
  public static PageFurniture bundled() {
    return BUNDLED;
  }

  /**
   * No page text at all: every line is read for claims.
   *
   * @return the empty set of phrases
   */
  public static PageFurniture none() {
    return NONE;
  }

  /**
   * These phrases and no others.
   *
   * @param phrases the phrases; blank items and items starting with {@code //} are ignored, so the
   *     lines of a file can be passed as they are
   * @return the page text
   * @throws NullPointerException if {@code phrases} or an item is null
   * @throws IllegalArgumentException naming the item and column of a malformed phrase
   */
  public static PageFurniture of(Collection<String> phrases) {
    return NONE.with(phrases);
  }

  /**
   * These phrases and the given ones.
   *
   * @param phrases phrases to add, as for {@link #of}
   * @return the extended page text
   * @throws NullPointerException if {@code phrases} or an item is null
   * @throws IllegalArgumentException naming the item and column of a malformed phrase
   */
  public PageFurniture with(Collection<String> phrases) {
    Objects.requireNonNull(phrases, "phrases");
    Set<PhrasePattern> all = new LinkedHashSet<>(patterns);
    int item = 0;
    for (String phrase : phrases) {
      item++;
      Objects.requireNonNull(phrase, "phrases holds null");
      if (phrase.isBlank() || phrase.strip().startsWith("//")) {
        continue;
      }
      try {
        all.add(PhrasePattern.compile(phrase));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("page-text phrase " + item + ", " + e.getMessage(), e);
      }
    }
    return new PageFurniture(new ArrayList<>(all));
  }

  /**
   * The phrases, as written.
   *
   * @return the phrases, in the order added
   */
  public List<String> phrases() {
    return patterns.stream().map(PhrasePattern::phrase).toList();
  }

  /**
   * Whether a line is page text: after trimming blanks, one or more phrases one after another,
   * separated by blanks.
   *
   * @param line the line
   * @return true if it is page text
   * @throws NullPointerException if {@code line} is null
   */
  public boolean matches(CharSequence line) {
    Objects.requireNonNull(line, "line");
    int from = 0;
    int to = line.length();
    while (from < to && Character.isWhitespace(line.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
      to--;
    }
    return matches(line, from, to);
  }

  /**
   * Whether {@code s[from, to)} is page text, as it stands (not trimmed).
   *
   * @param s the text
   * @param from first index
   * @param to index past the last
   * @return true if it is page text
   * @throws NullPointerException if {@code s} is null
   * @throws IndexOutOfBoundsException if the range is not inside {@code s}
   */
  public boolean matches(CharSequence s, int from, int to) {
    Objects.checkFromToIndex(from, to, s.length());
    if (from >= to || to - from > MAX_LINE || patterns.isEmpty()) {
      return false;
    }
    // spec: a line is a sequence of phrases; the set of places a phrase can start is reached in order
    BitSet starts = new BitSet(to - from + 1);
    starts.set(0);
    for (int at = starts.nextSetBit(0); at >= 0 && at < to - from; at = starts.nextSetBit(at + 1)) {
      int i = from + at;
      int c = PhrasePattern.fold(Character.codePointAt(s, i));
      for (PhrasePattern p : candidates(c)) {
        int end = p.match(s, i, to);
        if (end == to) {
          return true;
        }
        if (end > i && PhrasePattern.isBlank(s.charAt(end))) {
          int next = end;
          while (next < to && PhrasePattern.isBlank(s.charAt(next))) {
            next++;
          }
          starts.set(next - from);
        }
      }
    }
    return false;
  }

  private List<PhrasePattern> candidates(int folded) {
    List<PhrasePattern> byChar = byFirst.getOrDefault(folded, List.of());
    List<PhrasePattern> byNumber = folded >= '0' && folded <= '9' ? byFirst.getOrDefault(-1, List.of()) : List.of();
    if (byNumber.isEmpty()) {
      return byChar;
    }
    List<PhrasePattern> both = new ArrayList<>(byChar);
    both.addAll(byNumber);
    return both;
  }

  @Override
  public String toString() {
    return "PageFurniture[" + patterns.size() + " phrases]";
  }

  private static List<PhrasePattern> readBundled() {
    String name = "/io/github/ascribe/citations/lexicon/page-furniture.txt";
    List<String> lines = new ArrayList<>();
    try (InputStream in = PageFurniture.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        lines.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return NONE.with(lines).patterns;
  }
}
