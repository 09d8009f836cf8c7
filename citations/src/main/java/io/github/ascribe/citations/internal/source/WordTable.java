package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.text.Names;
import java.util.Arrays;
import java.util.Set;

/**
 * The words and punctuation marks of a range of text, as {@link Words} cuts them, with their
 * offsets and (on demand) their normalised keys, in arrays rather than one object per word. The
 * phrase finders ask it for the key of a word or of a phrase of consecutive tokens; a phrase key is
 * {@code Names.normalize} of the text from the first token's start to the last token's end. For a
 * set look-up of a phrase it first computes the key's hash code in place (for ASCII text), so that
 * phrases that cannot be in the set are ruled out without making a string.
 *
 * <p>Not thread-safe: an instance is filled for one range at a time, and may be refilled.
 */
public final class WordTable {

  /** What {@link #keyHash} answers when a prefix of the key may be in the filter. */
  private static final long PREFIX_MAY_BE_IN = -2;

  private String s = "";
  private int size;
  private int[] starts = new int[16];
  private int[] ends = new int[16];
  private boolean[] words = new boolean[16];
  private String[] keys = new String[16];
  /** Per-token bits that finders compute once per table ({@link #flags}); zero after each fill. */
  private int[] flags = new int[16];
  /**
   * Per word: the hash code and length of its key when the word is ASCII ({@link #hashKnown}), so
   * that its key can be compared with a string without being made.
   */
  private int[] hashes = new int[16];
  private int[] keyLengths = new int[16];
  /** 0: not worked out yet; {@link #ASCII}: {@link #hashes} holds it; {@link #OTHER}: not ASCII. */
  private byte[] hashKnown = new byte[16];
  private static final byte ASCII = 1;
  private static final byte OTHER = 2;
  /** Where word keys are remembered, or null; set again when a kept table serves another article. */
  private ArticleMemo memo;

  /**
   * An empty table.
   *
   * @param memo where word keys are remembered, or null to compute each one
   */
  WordTable(ArticleMemo memo) {
    this.memo = memo;
  }

  /**
   * Empties this table for another article, keeping its arrays: it holds no text, key or memo after.
   *
   * @param memo where the next article's word keys are remembered, or null
   * @return this table
   */
  WordTable reuse(ArticleMemo memo) {
    clear("");
    this.memo = memo;
    return this;
  }

  /** Forgets the tokens, their keys and flags, and takes {@code text} as the text offsets refer to. */
  private void clear(String text) {
    Arrays.fill(keys, 0, size, null);
    Arrays.fill(flags, 0, size, 0);
    Arrays.fill(hashKnown, 0, size, (byte) 0);
    this.s = text;
    this.size = 0;
  }

  /** @return how many tokens the table has room for before it grows */
  int capacity() {
    return starts.length;
  }

  /** @return what is remembered across the article, or null */
  ArticleMemo memo() {
    return memo;
  }

  /**
   * A table of {@code [from, to)} of {@code s}.
   *
   * @param s the text
   * @param from first index
   * @param to index past the last
   * @return a new table
   */
  static WordTable of(String s, int from, int to) {
    return new WordTable(null).fill(s, from, to, Integer.MAX_VALUE);
  }

  /**
   * Refills this table with the tokens of {@code [from, to)} of {@code s}, stopping after {@code
   * limit} tokens.
   *
   * @return this table
   */
  WordTable fill(String text, int from, int to, int limit) {
    clear(text);
    int i = from;
    while (i < to && size < limit) {
      if (text.charAt(i) == ' ') {
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      int len = Character.charCount(cp);
      if (Words.isWordChar(cp)) {
        int j = Words.wordEnd(text, i, len, to);
        add(i, j, true);
        i = j;
      } else if (Words.isSpace(cp)) {
        i += len;
      } else {
        add(i, i + len, false);
        i += len;
      }
    }
    return this;
  }

  /**
   * Sets every token's {@link #flags} to zero, as a refill of the same range would.
   *
   * @return this table
   */
  WordTable clearFlags() {
    Arrays.fill(flags, 0, size, 0);
    return this;
  }

  private void add(int start, int end, boolean word) {
    if (size == starts.length) {
      int n = size * 2;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      words = Arrays.copyOf(words, n);
      keys = Arrays.copyOf(keys, n);
      flags = Arrays.copyOf(flags, n);
      hashes = Arrays.copyOf(hashes, n);
      keyLengths = Arrays.copyOf(keyLengths, n);
      hashKnown = Arrays.copyOf(hashKnown, n);
    }
    starts[size] = start;
    ends[size] = end;
    words[size] = word;
    size++;
  }

  /** @return the text the offsets refer to */
  String text() {
    return s;
  }

  /** @return the number of tokens */
  int size() {
    return size;
  }

  /** @return where token {@code i} starts */
  int start(int i) {
    return starts[i];
  }

  /** @return where token {@code i} ends */
  int end(int i) {
    return ends[i];
  }

  /** @return whether token {@code i} is a word, not a punctuation mark */
  boolean word(int i) {
    return words[i];
  }

  /**
   * Bits a finder remembers about token {@code i} while this table holds its range: answers that are
   * a function of the tokens, so that repeated questions about the same token are not worked out
   * again. Zero until set.
   *
   * @return the bits
   */
  int flags(int i) {
    return flags[i];
  }

  /** Sets the bits of {@link #flags}. */
  void setFlags(int i, int bits) {
    flags[i] = bits;
  }

  /** @return the text of token {@code i}, as a new string */
  String text(int i) {
    return s.substring(starts[i], ends[i]);
  }

  /** @return the text of tokens {@code [a, b)}: a new string, or one the memo made for the same text */
  String phrase(int a, int b) {
    return memo != null ? memo.text(s, starts[a], ends[b - 1]) : s.substring(starts[a], ends[b - 1]);
  }

  /** @return {@code Names.normalize} of token {@code i}'s text, computed once */
  String key(int i) {
    String k = keys[i];
    if (k == null) {
      k = memo != null ? memo.key(s, starts[i], ends[i]) : Names.normalize(text(i));
      keys[i] = k;
    }
    return k;
  }

  /** @return {@code Names.normalize} of the text of tokens {@code [a, b)} */
  String phraseKey(int a, int b) {
    if (b == a + 1) {
      return key(a);
    }
    return memo != null ? memo.phraseKey(s, starts[a], ends[b - 1]) : Names.normalize(phrase(a, b));
  }

  /**
   * Whether token {@code i} is an ASCII word; if so, works out the hash code and length of its key in one
   * pass, without making it: a word starts with a letter or digit and holds no white space or
   * control character, so its key is the word lower-cased up to its last letter or digit.
   */
  boolean asciiWord(int i) {
    byte known = hashKnown[i];
    if (known == 0) {
      known = words[i] ? ASCII : OTHER;
      int h = 0;
      int upToAlnum = 0;
      int length = 0;
      for (int k = starts[i], end = known == ASCII ? ends[i] : starts[i]; k < end; k++) {
        char c = s.charAt(k);
        if (c >= 0x80) {
          known = OTHER;
          break;
        }
        h = 31 * h + lower(c);
        if (isAsciiAlnum(c)) {
          upToAlnum = h;
          length = k + 1 - starts[i];
        }
      }
      hashes[i] = upToAlnum;
      keyLengths[i] = length;
      hashKnown[i] = known;
    }
    return known == ASCII;
  }

  /** The {@link String#hashCode} of the key of an {@link #asciiWord ASCII word}. */
  int asciiWordHash(int i) {
    return hashes[i];
  }

  /**
   * The {@link String#hashCode} of the keys of tokens {@code [a, b)} joined by single spaces, when
   * every one is an {@link #asciiWord ASCII word}, computed without making the string; -1 otherwise.
   */
  long joinedAsciiWordKeyHash(int a, int b) {
    int h = 0;
    for (int k = a; k < b; k++) {
      if (!asciiWord(k)) {
        return -1;
      }
      if (k > a) {
        h = 31 * h + ' ';
      }
      for (int n = keyLengths[k]; n > 0; n--) {
        h *= 31;
      }
      h += hashes[k];
    }
    return h & 0xFFFFFFFFL;
  }

  /**
   * Whether the key of word {@code i} equals {@code key}; for an ASCII word, compared in place.
   *
   * @param key a string, best a constant (its hash code is then cached)
   */
  boolean wordKeyEquals(int i, String key) {
    if (keys[i] != null || !asciiWord(i)) {
      return key(i).equals(key);
    }
    int length = keyLengths[i];
    if (key.length() != length || key.hashCode() != hashes[i]) {
      return false;
    }
    for (int k = 0, from = starts[i]; k < length; k++) {
      if (lower(s.charAt(from + k)) != key.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the key of word {@code i} may be in the set of the filter; false means it is not. */
  boolean wordKeyMayBeIn(KeyFilter filter, int i) {
    if (keys[i] != null) {
      return filter.mayContain(keys[i].hashCode());
    }
    return !asciiWord(i) || filter.mayContain(hashes[i]);
  }

  /**
   * Whether the key of tokens {@code [a, b)} is in {@code set}.
   *
   * @param set normalised keys
   * @param filter the filter of {@code set}
   */
  boolean keyIn(Set<String> set, KeyFilter filter, int a, int b) {
    if (b == a + 1 && words[a]) {
      // one word: its hash code is worked out once per table and shared by every look-up
      if (!wordKeyMayBeIn(filter, a)) {
        return false;
      }
    } else {
      long h = asciiKeyHash(s, starts[a], ends[b - 1]);
      if (h >= 0 && !filter.mayContain((int) h)) {
        return false;
      }
    }
    return set.contains(phraseKey(a, b));
  }

  /**
   * Whether the key of tokens {@code [a, b)}, or a prefix of it that ends before one of its spaces,
   * may be in the set of the filter; false means none is.
   */
  boolean keyOrPrefixMayBeIn(KeyFilter filter, int a, int b) {
    long h = keyHash(s, starts[a], ends[b - 1], filter);
    return h < 0 || filter.mayContain((int) h); // non-ASCII, or a prefix may be in the set
  }

  /**
   * The {@link String#hashCode} of {@code Names.normalize(s.substring(from, to))} when that text is
   * ASCII, computed without making the key; -1 for any other text. On ASCII the key is the text
   * lower-cased, with control characters dropped, each run of white space made one space, and
   * everything before the first and after the last letter or digit trimmed.
   */
  static long asciiKeyHash(String s, int from, int to) {
    return keyHash(s, from, to, null);
  }

  /**
   * {@link #asciiKeyHash}; with {@code prefixes}, {@link #PREFIX_MAY_BE_IN} as soon as the hash of a
   * prefix ending before one of the key's spaces may be in that filter.
   */
  private static long keyHash(String s, int from, int to, KeyFilter prefixes) {
    for (int i = from; i < to; i++) {
      if (s.charAt(i) >= 0x80) {
        return -1;
      }
    }
    int p = firstAlnum(s, from, to);
    int q = lastAlnum(s, p, to);
    int h = 0;
    boolean pendingSpace = false;
    for (int i = p; i < q; i++) {
      char c = s.charAt(i);
      if (isAsciiSpace(c)) {
        pendingSpace = true;
      } else if (c >= 0x20 && c != 0x7F) {
        if (pendingSpace) {
          if (prefixes != null && prefixes.mayContain(h)) {
            return PREFIX_MAY_BE_IN;
          }
          h = 31 * h + ' ';
          pendingSpace = false;
        }
        h = 31 * h + lower(c);
      }
    }
    return h & 0xFFFFFFFFL;
  }

  private static int firstAlnum(String s, int from, int to) {
    int p = from;
    while (p < to && !isAsciiAlnum(s.charAt(p))) {
      p++;
    }
    return p;
  }

  /** Index past the last letter or digit in {@code [p, to)}, or {@code p} if there is none. */
  private static int lastAlnum(String s, int p, int to) {
    int q = to;
    while (q > p && !isAsciiAlnum(s.charAt(q - 1))) {
      q--;
    }
    return q;
  }

  private static char lower(char c) {
    if (c >= 'A' && c <= 'Z') {
      return (char) (c + ('a' - 'A'));
    }
    return c == '`' ? '\'' : c;
  }

  private static boolean isAsciiSpace(char c) {
    return io.github.ascribe.core.internal.KeyBuffer.isAsciiSpace(c);
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
  }

  /** Whether token {@code i} starts with an upper-case letter. */
  boolean startsUpper(int i) {
    return Character.isUpperCase(codePointAt(s, starts[i], ends[i]));
  }

  /** Whether token {@code i} is written exactly as {@code text}. */
  boolean writtenAs(int i, String text) {
    return ends[i] - starts[i] == text.length() && s.startsWith(text, starts[i]);
  }

  /** Whether token {@code i} is an apostrophe ({@code '} or {@code ’}). */
  boolean isApostrophe(int i) {
    if (ends[i] - starts[i] != 1) {
      return false;
    }
    char c = s.charAt(starts[i]);
    return c == '\'' || c == '’';
  }

  /** Whether token {@code i} ends with {@code suffix}. */
  boolean endsWith(int i, String suffix) {
    int n = suffix.length();
    return ends[i] - starts[i] >= n && s.startsWith(suffix, ends[i] - n);
  }

  /** Whether token {@code i} has letters, all of them upper-case. */
  boolean isAllCaps(int i) {
    boolean letter = false;
    for (int k = starts[i]; k < ends[i]; k++) {
      char c = s.charAt(k);
      if (Character.isLetter(c)) {
        letter = true;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }

  /**
   * The code point at {@code i} of {@code s.substring(..., end)}: a high surrogate at the end of the
   * range stays alone, as it would in the substring.
   */
  static int codePointAt(String s, int i, int end) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < end) {
      char d = s.charAt(i + 1);
      if (Character.isLowSurrogate(d)) {
        return Character.toCodePoint(c, d);
      }
    }
    return c;
  }
}
