package io.github.ascribe.citations.internal.notation;

import io.github.ascribe.core.text.Names;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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

  private static final Map<String, Integer> CODES = codes();
  /** The longest keyword without a space: a longer word of ASCII letters and digits is none. */
  private static final int LONGEST = 12;

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
    if (isPlain(s, start, end)) { // ASCII letters and digits: the key is the text lowercased
      return end - start > LONGEST ? NONE : ofKey(s.substring(start, end).toLowerCase(Locale.ROOT));
    }
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
    return digits(isPlain(s, start, end) ? s.substring(start, end) : Names.normalize(s.substring(start, end)), max);
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

  /** Whether {@code s[start, end)} is ASCII letters and digits only, whose key is the text lowercased. */
  private static boolean isPlain(String s, int start, int end) {
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        return false;
      }
    }
    return true;
  }
}
