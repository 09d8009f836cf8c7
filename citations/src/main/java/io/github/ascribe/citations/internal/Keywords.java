package io.github.ascribe.citations.internal;

import io.github.ascribe.core.text.Names;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keywords of the notation grammar ({@code and}, {@code others}, count nouns, number words),
 * recognised in a word as written. A word is a keyword when its {@link Names#normalize} key is that
 * keyword; for ASCII words this compares the characters in place, without building the key. Other
 * words are normalised, by the same function as before. {@code KeywordsTest} checks both paths
 * against the key. Stateless and thread-safe.
 */
final class Keywords {

  /** No keyword. */
  static final int NONE = 0;
  static final int AND = 1;
  static final int UND = 2;
  static final int ET = 3;
  static final int Y = 4;
  static final int E = 5;
  static final int MORE = 6;
  static final int OTHERS = 7;
  static final int OTHER = 8;
  static final int NEWS = 9;

  /** Count nouns: {@code outlets} up to {@code news outlets}, codes {@value} to {@code FIRST_NUMBER - 1}. */
  private static final int FIRST_NOUN = 10;
  /** Number words: {@code zero} to {@code twenty}, whose code minus this is their value. */
  private static final int FIRST_NUMBER = 19;

  /** By code minus one. */
  private static final List<String> WORDS = List.of("and", "und", "et", "y", "e", "more", "others", "other", "news",
      "outlets", "outlet", "sources", "source", "publications", "sites", "reports", "media", "news outlets",
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty");

  private static final Map<String, Integer> CODES = codes();
  /** The codes by the hash of their word ({@link String#hashCode}), open addressing. */
  private static final int[] BY_HASH = new int[128];

  static {
    for (int w = 0; w < WORDS.size(); w++) {
      int slot = WORDS.get(w).hashCode() & (BY_HASH.length - 1);
      while (BY_HASH[slot] != 0) {
        slot = (slot + 1) & (BY_HASH.length - 1);
      }
      BY_HASH[slot] = w + 1;
    }
  }

  /** The words of each length up to 12, and their codes, for the in-place comparison. */
  private static final String[][] BY_LENGTH = new String[13][];
  private static final int[][] CODES_BY_LENGTH = new int[13][];

  static {
    for (int len = 0; len < BY_LENGTH.length; len++) {
      List<String> words = new ArrayList<>();
      List<Integer> codes = new ArrayList<>();
      for (int w = 0; w < WORDS.size(); w++) {
        if (WORDS.get(w).length() == len) {
          words.add(WORDS.get(w));
          codes.add(w + 1);
        }
      }
      BY_LENGTH[len] = words.toArray(new String[0]);
      CODES_BY_LENGTH[len] = codes.stream().mapToInt(Integer::intValue).toArray();
    }
  }

  private Keywords() {}

  private static Map<String, Integer> codes() {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < WORDS.size(); i++) {
      m.put(WORDS.get(i), i + 1);
    }
    return Map.copyOf(m);
  }

  /**
   * The keyword {@code s[start, end)} is.
   *
   * @return the code, or {@link #NONE}
   */
  static int of(String s, int start, int end) {
    int plain = start;
    int hash = 0;
    char c;
    while (plain < end && isAlnum(c = s.charAt(plain))) {
      hash = 31 * hash + (c | 0x20); // lowercase, for letters and digits
      plain++;
    }
    if (plain == end) { // the common case, ASCII letters and digits only: the key is the text lowercased
      for (int slot = hash & (BY_HASH.length - 1); BY_HASH[slot] != 0; slot = (slot + 1) & (BY_HASH.length - 1)) {
        String word = WORDS.get(BY_HASH[slot] - 1);
        if (word.hashCode() == hash && lowerEquals(s, start, end, word, 0, word.length())) {
          return BY_HASH[slot];
        }
      }
      return NONE;
    }
    if (!isAscii(s, start, end)) {
      return ofOther(s, start, end);
    }
    int f = firstAlnum(s, start, end);
    if (f < 0) {
      return NONE;
    }
    int l = lastAlnum(s, start, end);
    int len = 0;
    for (int k = f; k <= l; k++) {
      if (!isControl(s.charAt(k))) {
        len++;
      }
    }
    if (len >= BY_LENGTH.length) {
      return NONE;
    }
    String[] words = BY_LENGTH[len];
    for (int w = 0; w < words.length; w++) {
      if (keyEquals(s, f, l, words[w])) {
        return CODES_BY_LENGTH[len][w];
      }
    }
    return NONE;
  }

  /** {@link #of} for text that is not ASCII: by its key. */
  private static int ofOther(String s, int start, int end) {
    return ofKey(Names.normalize(s.substring(start, end)));
  }

  /**
   * The keyword a normalised key is.
   *
   * @param key a {@link Names#normalize} key
   * @return the code, or {@link #NONE}
   */
  static int ofKey(String key) {
    return CODES.getOrDefault(key, NONE);
  }

  static boolean isCountNoun(int code) {
    return code >= FIRST_NOUN && code < FIRST_NUMBER;
  }

  /**
   * The number a word means, as the notation reads counts: a number word ({@code two}) or decimal
   * digits of its key, capped.
   *
   * @param code the word's keyword code ({@link #of})
   * @return the value; -1 if not a number, -2 if above {@code max}
   */
  static long number(String s, int start, int end, int code, long max) {
    if (code >= FIRST_NUMBER) {
      return code - FIRST_NUMBER;
    }
    if (!isAscii(s, start, end)) {
      return numberOfKey(Names.normalize(s.substring(start, end)), max);
    }
    int f = firstAlnum(s, start, end);
    if (f < 0) {
      return -1;
    }
    int l = lastAlnum(s, start, end);
    long v = 0;
    for (int k = f; k <= l; k++) {
      char c = s.charAt(k);
      if (isControl(c)) {
        continue;
      }
      if (c < '0' || c > '9') {
        return -1;
      }
      v = Math.min(v * 10 + (c - '0'), max + 1);
    }
    return v > max ? -2 : v;
  }

  /**
   * {@link #number} on a normalised key.
   *
   * @param key a {@link Names#normalize} key
   */
  static long numberOfKey(String key, long max) {
    int code = ofKey(key);
    if (code >= FIRST_NUMBER) {
      return code - FIRST_NUMBER;
    }
    return digits(key, max);
  }

  /** The decimal digits of a key as a number capped as {@link #number} caps it; -1 if not all digits. */
  private static long digits(CharSequence key, long max) {
    if (key.length() == 0) {
      return -1;
    }
    long v = 0;
    for (int k = 0; k < key.length(); k++) {
      int d = Character.digit(key.charAt(k), 10);
      if (d < 0) {
        return -1;
      }
      v = Math.min(v * 10 + d, max + 1);
    }
    return v > max ? -2 : v;
  }

  /**
   * Whether the ASCII text {@code s[start, end)}, lowercased as {@link String#toLowerCase} does in
   * the root locale, equals {@code lower}, an ASCII lowercase string. Text with other characters
   * never does: the only non-ASCII character that lowercases to ASCII is the Kelvin sign, to {@code
   * k}, which no phrase compared here has.
   */
  static boolean lowerEquals(String s, int start, int end, String lower, int from, int to) {
    if (end - start != to - from) {
      return false;
    }
    for (int k = 0; k < to - from; k++) {
      char c = s.charAt(start + k);
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      }
      if (c != lower.charAt(from + k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the key of ASCII {@code s[f, l]} (both alphanumeric) is {@code word}, of the same length. */
  private static boolean keyEquals(String s, int f, int l, String word) {
    int w = 0;
    for (int k = f; k <= l; k++) {
      char c = s.charAt(k);
      if (isControl(c)) {
        continue;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      } else if (c == '`') {
        c = '\'';
      }
      if (c != word.charAt(w++)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether every character is ASCII and none is white space: then {@link Names#normalize} lowercases,
   * drops controls and trims to the outer letters and digits, and nothing else.
   */
  private static boolean isAscii(String s, int start, int end) {
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (c >= 0x80 || io.github.ascribe.core.internal.AsciiChars.isAsciiSpace(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isControl(char c) {
    return c < 0x20 || c == 0x7F;
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static int firstAlnum(String s, int start, int end) {
    for (int k = start; k < end; k++) {
      if (isAlnum(s.charAt(k))) {
        return k;
      }
    }
    return -1;
  }

  private static int lastAlnum(String s, int start, int end) {
    for (int k = end - 1; k >= start; k--) {
      if (isAlnum(s.charAt(k))) {
        return k;
      }
    }
    return -1;
  }
}
