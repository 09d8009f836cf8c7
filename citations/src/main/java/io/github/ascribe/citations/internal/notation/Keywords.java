package io.github.ascribe.citations.internal.notation;

import io.github.ascribe.core.text.Names;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The keywords of the notation grammar ({@code and}, {@code others}, count nouns, number words),
 * recognised in a word as written: a word is a keyword when its {@link Names#normalize} key is that
 * keyword. Stateless and thread-safe.
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

  /** The longest keyword without a space: a longer word of ASCII letters and digits is none. */
  private static final int LONGEST = 12; // "publications"
  private static final Map<String, Integer> CODES = codes();
  /** The keywords by length, up to {@link #LONGEST}. */
  private static final List<List<String>> BY_LENGTH = byLength();
  /** What {@link #asciiFirst} gives for text that is not ASCII, or holds white space. */
  private static final int NOT_ASCII = -2;

  private Keywords() {}

  private static List<List<String>> byLength() {
    List<List<String>> out = new java.util.ArrayList<>();
    for (int length = 0; length <= LONGEST; length++) {
      int l = length;
      out.add(WORDS.stream().filter(w -> w.length() == l).toList());
    }
    return List.copyOf(out);
  }

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
    int first = asciiFirst(s, start, end);
    if (first == NOT_ASCII) {
      return ofKey(Names.normalize(s.substring(start, end)));
    }
    if (first < 0) {
      return NONE;
    }
    // ASCII: compare the key in place with each keyword of its length
    int last = end - 1;
    while (!isAlnum(s.charAt(last))) {
      last--;
    }
    int length = 0;
    for (int k = first; k <= last && length <= LONGEST; k++) {
      length += isControl(s.charAt(k)) ? 0 : 1;
    }
    if (length > LONGEST) {
      return NONE;
    }
    List<String> words = BY_LENGTH.get(length);
    for (int i = 0; i < words.size(); i++) { // by index: this runs once per word of every sentence
      if (keyEquals(s, first, last, words.get(i))) {
        return CODES.get(words.get(i));
      }
    }
    return NONE;
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
    String key = asciiKey(s, start, end, Integer.MAX_VALUE);
    return digits(key != null ? key : Names.normalize(s.substring(start, end)), max);
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

  /**
   * The first letter or digit of ASCII text without white space, -1 if it has none, {@link
   * #NOT_ASCII} for other text.
   */
  private static int asciiFirst(String s, int start, int end) {
    int first = -1;
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (c >= 0x80 || c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F)) {
        return NOT_ASCII;
      }
      if (first < 0 && isAlnum(c)) {
        first = k;
      }
    }
    return first;
  }

  /** Whether the key of ASCII {@code s[first, last]} (both letters or digits) is {@code word}, of its length. */
  private static boolean keyEquals(String s, int first, int last, String word) {
    int w = 0;
    for (int k = first; k <= last; k++) {
      char c = s.charAt(k);
      if (isControl(c)) {
        continue;
      }
      char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c == '`' ? '\'' : c;
      if (lower != word.charAt(w++)) {
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

  /**
   * The {@link Names#normalize} key of ASCII text without white space, made directly: the text from
   * its first to its last letter or digit, lowercased, without control characters, a backquote read
   * as an apostrophe. Null for other text, which is normalised; empty when the key would be longer
   * than {@code longest} (then no keyword), or has no letter or digit.
   */
  private static String asciiKey(String s, int start, int end, int longest) {
    int first = -1;
    int last = -1;
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (c >= 0x80 || c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F)) {
        return null;
      }
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        last = k;
        if (first < 0) {
          first = k;
        }
      }
    }
    if (first < 0) {
      return ""; // no letter or digit
    }
    StringBuilder key = new StringBuilder(Math.min(last - first + 1, longest) + 1);
    for (int k = first; k <= last && key.length() <= longest; k++) {
      char c = s.charAt(k);
      if (c < 0x20 || c == 0x7F) {
        continue;
      }
      key.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c == '`' ? '\'' : c);
    }
    return key.length() > longest ? "" : key.toString();
  }
}
