package io.github.ascribe.citations.internal;

import io.github.ascribe.core.Source;
import io.github.ascribe.core.registry.SourceRegistry;
import io.github.ascribe.core.text.Names;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A cheap, conservative test that text is prose, so that {@link NotationReader#readUnlessProse}
 * need not run on it: one linear scan with a few table look-ups, no allocation.
 *
 * <p>{@link #mayBeNotation} answers false only when {@code readUnlessProse} of the text returns
 * null (the text reads as prose). It looks for a <em>prose pair</em>: two words of ASCII letters
 * with one space between them, the second lowercase and followed by a space ({@code " company said
 * "}). The lexer makes them two words with a space between, so the part builder puts them into one
 * name; the second word is
 *
 * <ul>
 *   <li>not a particle ({@code of}, {@code the}, ...), so the name looks like prose;
 *   <li>not a word of any registry key, so neither the name nor any run of words covering it
 *       resolves, and the name does not split into registry names;
 *   <li>not near a registry key word (for fuzzy matching: same first two letters, length within
 *       one), unless it is shorter than the shortest word fuzzy matching corrects or the reader is
 *       strict;
 *   <li>not a word of any place name, so the name is no place;
 * </ul>
 *
 * <p>and neither word is one the parser reads as structure (a conjunction, a lead-in, a number, a
 * count word). A name that holds such a pair reads as prose whatever surrounds it: joining only
 * adds words, and a trailing full stop only trims the last word. The scan gives up (says "may be
 * notation") on anything that could take the words out of a plain name: a restatement {@code =} or a
 * link target {@code ](}. {@code NotationPrefilterTest} checks the claim against the full parser.
 *
 * <p>Immutable and thread-safe.
 */
public final class NotationPrefilter {

  /** Fuzzy matching corrects only words of at least this many characters (FuzzyMatcher.MIN_WORD). */
  private static final int MIN_FUZZY_WORD = 6;

  /** Longest word whose fuzzy neighbourhood is tabled; longer words are taken as possibly near. */
  private static final int MAX_TABLED = 40;

  /** Words the notation parser reads as structure rather than as part of a name. */
  private static final WordSet STRUCTURE = WordSet.of(List.of(
      // conjunctions that separate
      "and", "und", "et", "y", "e",
      // lead-in words
      "as", "also", "reported", "by", "according", "to", "cited", "via", "per", "sources", "source", "read",
      "more", "from",
      // count phrases: "+3 more", "two other outlets"
      "others", "other", "outlets", "outlet", "publications", "sites", "reports", "media", "news",
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"));

  /** Words that do not make a name look like prose even when lowercase (NotationReader.PARTICLES). */
  private static final WordSet PARTICLES = WordSet.of(List.of("of", "the", "de", "la", "le", "les", "du", "des",
      "del", "da", "di", "do", "dos", "von", "van", "der", "den", "die", "das", "al", "el", "y", "i", "e", "et",
      "and", "am", "im", "on", "for", "en", "in", "og", "och", "a", "an", "&"));

  private static final WordSet PLACE_WORDS = WordSet.of(placeWords());

  private static volatile NotationPrefilter last;

  private final SourceRegistry registry;
  private final boolean strict;
  private final WordSet keyWords;
  /** For each first two letters (a-z) and length: whether some key word of 6+ characters has them. */
  private final boolean[] fuzzyNeighbours;

  private NotationPrefilter(SourceRegistry registry, boolean strict, WordSet keyWords, boolean[] fuzzyNeighbours) {
    this.registry = registry;
    this.strict = strict;
    this.keyWords = keyWords;
    this.fuzzyNeighbours = fuzzyNeighbours;
  }

  /**
   * The prefilter for a registry and mode. The word tables of the last registry asked for are kept,
   * so building readers over the same registry again costs nothing.
   *
   * @param registry the registry the notation reader resolves against
   * @param strict whether the reader is strict (no fuzzy matching)
   * @return the prefilter
   */
  public static NotationPrefilter of(SourceRegistry registry, boolean strict) {
    Objects.requireNonNull(registry, "registry");
    NotationPrefilter known = last;
    if (known != null && known.registry == registry) {
      return known.strict == strict ? known : new NotationPrefilter(registry, strict, known.keyWords,
          known.fuzzyNeighbours);
    }
    List<String> words = new ArrayList<>();
    for (Source s : registry.sources()) {
      addWords(words, s.name());
      for (String alias : s.aliases()) {
        addWords(words, alias);
      }
    }
    boolean[] near = new boolean[26 * 26 * (MAX_TABLED + 2)];
    for (String w : words) {
      int len = w.length();
      if (len >= MIN_FUZZY_WORD && isLower(w.charAt(0)) && isLower(w.charAt(1))) {
        int base = ((w.charAt(0) - 'a') * 26 + (w.charAt(1) - 'a')) * (MAX_TABLED + 2);
        for (int l = len - 1; l <= len + 1; l++) {
          if (l <= MAX_TABLED) {
            near[base + l] = true;
          }
        }
      }
    }
    NotationPrefilter built = new NotationPrefilter(registry, strict, WordSet.of(words), near);
    last = built;
    return built;
  }

  private static void addWords(List<String> out, String name) {
    for (String w : Names.normalize(name).split(" ")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
  }

  /**
   * Whether {@code s[from, to)} may be notation. False means {@link NotationReader#readUnlessProse}
   * of that text returns null.
   *
   * @param s the text
   * @param from first index
   * @param to index past the last
   * @return false if the text surely reads as prose
   */
  public boolean mayBeNotation(CharSequence s, int from, int to) {
    boolean prose = false;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '=' || c == '＝' || c == '﹦') {
        return true; // a restatement takes the words after it
      }
      if ((c == ']' || c == '］') && i + 1 < to && s.charAt(i + 1) == '(') {
        return true; // a link target may resolve the name in its brackets
      }
      if (!prose && c == ' ' && i + 1 < to && isLower(s.charAt(i + 1))) {
        prose = prosePairAt(s, from, to, i);
      }
    }
    return !prose;
  }

  /** Whether the space at {@code space} stands between the two words of a prose pair. */
  private boolean prosePairAt(CharSequence s, int from, int to, int space) {
    int a = space;
    while (a > from && isAsciiLetter(s.charAt(a - 1))) {
      a--;
    }
    if (a == space || (a > from && s.charAt(a - 1) != ' ')) {
      return false;
    }
    int wStart = space + 1;
    int wEnd = wStart;
    while (wEnd < to && isLower(s.charAt(wEnd))) {
      wEnd++;
    }
    if (wEnd >= to || s.charAt(wEnd) != ' ') {
      return false;
    }
    if (STRUCTURE.containsIgnoreCase(s, a, space) || STRUCTURE.containsIgnoreCase(s, wStart, wEnd)
        || PARTICLES.containsIgnoreCase(s, wStart, wEnd) || keyWords.containsIgnoreCase(s, wStart, wEnd)
        || PLACE_WORDS.containsIgnoreCase(s, wStart, wEnd)) {
      return false;
    }
    int len = wEnd - wStart;
    if (strict || len < MIN_FUZZY_WORD) {
      return true;
    }
    if (len > MAX_TABLED) {
      return false;
    }
    int base = ((s.charAt(wStart) - 'a') * 26 + (s.charAt(wStart + 1) - 'a')) * (MAX_TABLED + 2);
    return !fuzzyNeighbours[base + len];
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Every word of every place name in the lexicon, normalised as {@link Lexicon#isPlace} keys are. */
  private static List<String> placeWords() {
    List<String> out = new ArrayList<>();
    try (InputStream in = Lexicon.class.getResourceAsStream("/io/github/ascribe/citations/lexicon/places.txt")) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing: places.txt");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        addWords(out, line); // comment lines add words too: more words only make the scan more careful
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** An open-addressing set of words, looked up by a range of characters without making a string. */
  static final class WordSet {
    private final String[] table;
    private final int mask;

    private WordSet(String[] table) {
      this.table = table;
      this.mask = table.length - 1;
    }

    static WordSet of(List<String> words) {
      int size = Integer.highestOneBit(Math.max(4, words.size() * 4) - 1) << 1;
      String[] table = new String[size];
      for (String w : words) {
        int h = hash(w, 0, w.length()) & (size - 1);
        while (table[h] != null && !table[h].equals(w)) {
          h = (h + 1) & (size - 1);
        }
        table[h] = w;
      }
      return new WordSet(table);
    }

    /** Whether the set holds {@code s[from, to)} with its ASCII capitals lowercased. */
    boolean containsIgnoreCase(CharSequence s, int from, int to) {
      int h = hash(s, from, to) & mask;
      for (String w = table[h]; w != null; h = (h + 1) & mask, w = table[h]) {
        if (w.length() == to - from && equalsLower(w, s, from)) {
          return true;
        }
      }
      return false;
    }

    private static boolean equalsLower(String w, CharSequence s, int from) {
      for (int k = 0; k < w.length(); k++) {
        if (w.charAt(k) != lower(s.charAt(from + k))) {
          return false;
        }
      }
      return true;
    }

    private static int hash(CharSequence s, int from, int to) {
      int h = 0;
      for (int k = from; k < to; k++) {
        h = 31 * h + lower(s.charAt(k));
      }
      return h ^ (h >>> 16);
    }

    private static char lower(char c) {
      return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
  }
}
