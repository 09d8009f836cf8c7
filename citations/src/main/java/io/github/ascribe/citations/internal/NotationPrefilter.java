package io.github.ascribe.citations.internal;

import io.github.ascribe.citations.internal.source.Lexicon;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.registry.SourceRegistry;
import io.github.ascribe.core.text.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A cheap, conservative test that text is prose, so that {@link NotationReader#readUnlessProse}
 * need not run on it: one linear scan with a few table look-ups, no allocation.
 *
 * <p>{@link #mayBeNotation} answers false only when {@code readUnlessProse} of the text returns
 * null (the text reads as prose). It looks for a <em>prose pair</em>: two words of ASCII letters
 * with one space between them, the first starting a lexeme (after a space, comma or bracket), the
 * second lowercase and followed by a space ({@code " company said "}). The part builder puts both
 * into one name, because the first is no word it reads as structure (a conjunction, a lead-in, a
 * number, a count word) and the second is no conjunction. The second word is
 *
 * <ul>
 *   <li>not a particle ({@code of}, {@code the}, ...), so the name looks like prose;
 *   <li>not a word of any registry key, so neither the name nor any run of its words resolves
 *       exactly, and the name does not split into registry names;
 *   <li>not one typo from a registry key word (an adjacent swap, or one edit, with the same first two
 *       letters), unless it is shorter than the shortest word fuzzy matching corrects or the reader
 *       is strict, so fuzzy matching cannot resolve the name either;
 *   <li>not a word of any place name, so the name is no place.
 * </ul>
 *
 * <p>A name that holds such a pair reads as prose whatever surrounds it: joining names only adds
 * words, and a trailing full stop only trims the last word. The scan ignores what could take the
 * words out of a plain name: pairs after a restatement {@code =}, which takes the words after it, and
 * pairs in the brackets of a link target {@code ](...)} whose host is a registry domain, as the link
 * would give it to the name in its brackets. {@code NotationPrefilterTest} checks the claim against the reader.
 *
 * <p>Immutable and thread-safe.
 */
public final class NotationPrefilter {

  /** Fuzzy matching corrects only words of at least this many characters (FuzzyMatcher.MIN_WORD). */
  private static final int MIN_FUZZY_WORD = 6;

  /** Longest word whose fuzzy neighbourhood is tabled; longer words are taken as possibly near. */
  private static final int MAX_TABLED = 40;

  private static final String[] NONE = new String[0];

  /**
   * Words the notation parser may read as structure rather than as part of a name, at the start of a
   * part (where a count phrase or a lead-in can begin).
   */
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

  /**
   * Words that do not make a name look like prose even when lowercase (NotationReader.PARTICLES), and
   * the conjunctions that separate names even after a word of a name ({@code und}).
   */
  private static final List<String> PARTICLES = List.of("und", "of", "the", "de", "la", "le", "les", "du", "des",
      "del", "da", "di", "do", "dos", "von", "van", "der", "den", "die", "das", "al", "el", "y", "i", "e", "et",
      "and", "am", "im", "on", "for", "en", "in", "og", "och", "a", "an", "&");

  private static final List<String> PLACE_WORDS = placeWords();

  private static volatile NotationPrefilter last;

  private final SourceRegistry registry;
  private final boolean strict;
  /**
   * The words that keep a second word from making a prose pair, whatever the first: the particles,
   * the words of the registry's keys and the words of place names, in one set so that one look-up
   * answers for all three.
   */
  private final WordSet notProse;
  /**
   * For each first two letters (a-z) and length, the key words of 6+ characters that start with those
   * letters and are at most one character longer or shorter: the only words fuzzy matching could take
   * a word with those letters and length for.
   */
  private final String[][] fuzzyNeighbours;
  /** The {@link #letterMask} of each word of {@link #fuzzyNeighbours}, in the same places. */
  private final int[][] fuzzyMasks;

  private NotationPrefilter(SourceRegistry registry, boolean strict, WordSet notProse, String[][] fuzzyNeighbours,
      int[][] fuzzyMasks) {
    this.registry = registry;
    this.strict = strict;
    this.notProse = notProse;
    this.fuzzyNeighbours = fuzzyNeighbours;
    this.fuzzyMasks = fuzzyMasks;
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
      return known.strict == strict ? known : new NotationPrefilter(registry, strict, known.notProse,
          known.fuzzyNeighbours, known.fuzzyMasks);
    }
    List<String> words = new ArrayList<>();
    for (Source s : registry.sources()) {
      addWords(words, s.name());
      for (String alias : s.aliases()) {
        addWords(words, alias);
      }
    }
    List<List<String>> near = new ArrayList<>();
    for (int k = 0; k < 26 * 26 * (MAX_TABLED + 1); k++) {
      near.add(null);
    }
    for (String w : new java.util.HashSet<>(words)) {
      int len = w.length();
      if (len >= MIN_FUZZY_WORD && isLower(w.charAt(0)) && isLower(w.charAt(1))) {
        for (int l = len - 1; l <= Math.min(len + 1, MAX_TABLED); l++) {
          int at = bucket(w.charAt(0), w.charAt(1), l);
          if (near.get(at) == null) {
            near.set(at, new ArrayList<>());
          }
          near.get(at).add(w);
        }
      }
    }
    String[][] table = new String[near.size()][];
    int[][] masks = new int[near.size()][];
    for (int k = 0; k < table.length; k++) {
      table[k] = near.get(k) == null ? NONE : near.get(k).toArray(NONE);
      masks[k] = new int[table[k].length];
      for (int j = 0; j < table[k].length; j++) {
        masks[k][j] = letterMask(table[k][j], 0, table[k][j].length());
      }
    }
    List<String> notProse = new ArrayList<>(words);
    notProse.addAll(PARTICLES);
    notProse.addAll(PLACE_WORDS);
    NotationPrefilter built = new NotationPrefilter(registry, strict, WordSet.of(notProse), table, masks);
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
    int k = from;
    for (; k < to; k++) {
      // before any bracket no link can hold a pair, and a restatement only takes words after it: the
      // first prose pair decides
      char c = s.charAt(k);
      if (c == '=' || c == '＝' || c == '﹦') {
        return true;
      }
      if (c == '(' || c == '[' || c == '（' || c == '［') {
        break; // a link may start here: the full scan below decides
      }
      if (c == ' ' && k + 1 < to && isLower(s.charAt(k + 1)) && prosePairAt(s, from, to, k)) {
        return false;
      }
    }
    if (k == to) {
      return true; // no pair, and no bracket
    }
    LinkTargets links = null; // made at the first "](", as the lexer makes it
    int pair = -1; // the space of the first prose pair that still counts
    boolean restated = false; // a restatement may take the words of pairs after it
    boolean bracketsExact = true; // whether every bracket so far is one the lexer reads as a bracket
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '=' || c == '＝' || c == '﹦') {
        if (pair < 0) {
          return true;
        }
        restated = true;
      }
      if ((c == ']' || c == '］') && i + 1 < to && s.charAt(i + 1) == '(') {
        if (links == null) {
          links = new LinkTargets(s, to);
        }
        int end = links.end(i + 1);
        if (end > 0) {
          if (pair >= 0 && registry.resolveHost(s.subSequence(i + 2, end - 1).toString()).isPresent()
              && pair >= (bracketsExact ? linkStart(s, from, i) : from)) {
            pair = -1; // the link's host may name the one name in its brackets: that pair does not count
          }
          bracketsExact = false; // the lexer skips the target, brackets and all
          i = end - 1;
          continue;
        }
      }
      if (c == ' ' && pair < 0 && !restated && i + 1 < to && isLower(s.charAt(i + 1))
          && prosePairAt(s, from, to, i)) {
        pair = i;
      } else if (mayBeInUrl(s, from, to, i)) {
        bracketsExact = false; // a URL may hold this, and its brackets are no brackets
      }
    }
    return pair < 0;
  }

  /**
   * Whether the character at {@code i} may be the {@code //} of {@code http://}, the {@code w.} of
   * {@code www.}, or an invisible character the lexer skips inside them (any surrogate too, as one
   * half of such a character).
   */
  private static boolean mayBeInUrl(CharSequence s, int from, int to, int i) {
    char c = s.charAt(i);
    if (c == '/') {
      return i + 1 < to && s.charAt(i + 1) == '/';
    }
    if (c == '.') {
      return i > from && (s.charAt(i - 1) | 0x20) == 'w';
    }
    return (c < 0x20 || c >= 0x7F) && (Character.isSurrogate(c) || NotationLexer.isSoft(c));
  }

  /**
   * Whether {@code s[at]} may lie inside a URL, which the lexer reads as one lexeme: whether the run
   * of characters up to it, back to white space or a character that ends a URL, holds a character
   * that may belong to the start of one ({@link #mayBeInUrl}). Each call reads back only to the
   * white space before it, so the calls of one scan read each character about once.
   */
  private static boolean mayBeInsideUrl(CharSequence s, int from, int to, int at) {
    for (int j = at; j >= from; j--) {
      char c = s.charAt(j);
      if (Character.isWhitespace(c) || Names.isSpace(c) || c == ']' || c == '|' || c == '<' || c == '>'
          || c == '"' || c == '\u201D' || c == '\u2019' || c == '»') {
        return false; // where the lexer ends a URL
      }
      if (mayBeInUrl(s, from, to, j)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where the link whose {@code ]} is at {@code close} starts: the opening bracket the lexer's bracket
   * stack pops for it, found backwards by depth; {@code close} if none (then there is no link).
   */
  private static int linkStart(CharSequence s, int from, int close) {
    int depth = 0;
    for (int j = close - 1; j >= from; j--) {
      char c = s.charAt(j);
      if (c == ')' || c == ']' || c == '）' || c == '］') {
        depth++;
      } else if (c == '(' || c == '[' || c == '（' || c == '［') {
        if (depth == 0) {
          return j;
        }
        depth--;
      }
    }
    return close;
  }

  /** Whether the space at {@code space} stands between the two words of a prose pair. */
  private boolean prosePairAt(CharSequence s, int from, int to, int space) {
    int a = space;
    while (a > from && isAsciiLetter(s.charAt(a - 1))) {
      a--;
    }
    if (a == space || (a > from && " ,([".indexOf(s.charAt(a - 1)) < 0)) {
      return false; // the first word starts a lexeme
    }
    if (a > from && s.charAt(a - 1) != ' ' && mayBeInsideUrl(s, from, to, a - 1)) {
      return false; // a URL runs on over commas and brackets: the word may be part of it
    }
    int wStart = space + 1;
    int wEnd = wStart;
    while (wEnd < to && isLower(s.charAt(wEnd))) {
      wEnd++;
    }
    if (wEnd < to && " ,;)]".indexOf(s.charAt(wEnd)) < 0) {
      return false; // the second word ends its lexeme
    }
    if (STRUCTURE.containsIgnoreCase(s, a, space) || notProse.containsIgnoreCase(s, wStart, wEnd)) {
      return false;
    }
    int len = wEnd - wStart;
    if (strict || len < MIN_FUZZY_WORD) {
      return true;
    }
    if (len > MAX_TABLED) {
      return false;
    }
    int at = bucket(s.charAt(wStart), s.charAt(wStart + 1), len);
    String[] near = fuzzyNeighbours[at];
    int[] masks = fuzzyMasks[at];
    int mask = near.length == 0 ? 0 : letterMask(s, wStart, wEnd);
    for (int k = 0; k < near.length; k++) {
      if (!mayBeOneEditApart(mask, masks[k])) {
        continue; // more than one character of either word is missing from the other
      }
      String y = near[k];
      if (withinOneEdit(s, wStart, wEnd, y) || isSwap(s, wStart, wEnd, y)) {
        return false; // fuzzy matching might take the word for y
      }
    }
    return true;
  }

  /**
   * The characters of {@code s[from, to)} as a set of bits, each character setting the bit of its
   * value modulo 32: two words have the same mask if they have the same characters.
   */
  static int letterMask(CharSequence s, int from, int to) {
    int mask = 0;
    for (int i = from; i < to; i++) {
      mask |= 1 << s.charAt(i); // the shift takes the value modulo 32
    }
    return mask;
  }

  /**
   * False when words with these {@link #letterMask}s are surely neither {@link #withinOneEdit} nor
   * {@link #isSwap}: one edit leaves at most one character of each word that is not in the other, and
   * a swap none, so at most one bit of each mask is missing from the other.
   */
  static boolean mayBeOneEditApart(int a, int b) {
    return Integer.bitCount(a & ~b) <= 1 && Integer.bitCount(b & ~a) <= 1;
  }

  private static int bucket(char c0, char c1, int len) {
    return ((c0 - 'a') * 26 + (c1 - 'a')) * (MAX_TABLED + 1) + len;
  }

  /** Whether {@code s[from, to)} becomes {@code y} by at most one insertion, deletion or replacement. */
  static boolean withinOneEdit(CharSequence s, int from, int to, String y) {
    int m = to - from;
    int n = y.length();
    if (Math.abs(m - n) > 1) {
      return false;
    }
    int i = 0;
    while (i < m && i < n && s.charAt(from + i) == y.charAt(i)) {
      i++;
    }
    int a = m;
    int b = n;
    while (a > i && b > i && s.charAt(from + a - 1) == y.charAt(b - 1)) {
      a--;
      b--;
    }
    return a - i <= 1 && b - i <= 1;
  }

  /** Whether {@code s[from, to)} is {@code y} with two adjacent characters swapped. */
  static boolean isSwap(CharSequence s, int from, int to, String y) {
    int m = to - from;
    if (m != y.length()) {
      return false;
    }
    int i = 0;
    while (i < m && s.charAt(from + i) == y.charAt(i)) {
      i++;
    }
    return i + 1 < m && s.charAt(from + i) == y.charAt(i + 1) && s.charAt(from + i + 1) == y.charAt(i)
        && regionEquals(s, from + i + 2, y, i + 2, m - i - 2);
  }

  private static boolean regionEquals(CharSequence s, int from, String y, int at, int len) {
    for (int k = 0; k < len; k++) {
      if (s.charAt(from + k) != y.charAt(at + k)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /** Every word of every place name in the lexicon: the words of the {@link Lexicon#isPlace} keys. */
  private static List<String> placeWords() {
    List<String> out = new ArrayList<>();
    for (String place : Lexicon.get().places()) {
      for (String w : place.split(" ")) { // keys are normalised already
        if (!w.isEmpty()) {
          out.add(w);
        }
      }
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
