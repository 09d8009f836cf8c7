package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.text.Names;
import java.util.Arrays;
import java.util.Set;

/**
 * The words and punctuation marks of a range of text, as {@link Words} cuts them, with their
 * offsets and normalised keys. The key of a token or of a phrase of consecutive tokens is {@code
 * Names.normalize} of the text from the first token's start to the last token's end.
 *
 * <p>Not thread-safe: made for one range during one call, and dropped after it.
 *
 * <pre>{@code
 * WordTokens w = WordTokens.of("U.S. officials said", 0, 19);
 * w.size();         // 3
 * w.text(0);        // "U.S."
 * w.phraseKey(0, 2) // "u.s. officials"
 * }</pre>
 */
public final class WordTokens {

  private final String s;
  private int size;
  private int[] starts;
  private int[] ends;
  private boolean[] words;
  /** The key of each token once asked for. */
  private String[] keys;

  private WordTokens(String s, int capacity) {
    this.s = s;
    starts = new int[capacity];
    ends = new int[capacity];
    words = new boolean[capacity];
    keys = new String[capacity];
  }

  /**
   * The tokens of {@code [from, to)} of {@code s}.
   *
   * @param s the text
   * @param from first index
   * @param to index past the last
   * @return a new token list
   */
  public static WordTokens of(String s, int from, int to) {
    // room for a token per five characters, about what news text has
    WordTokens w = new WordTokens(s, (to - from) / 5 + 4);
    int i = from;
    while (i < to) {
      int cp = s.codePointAt(i);
      int len = Character.charCount(cp);
      if (Words.isWordChar(cp)) {
        int j = Words.wordEnd(s, i, len, to);
        w.add(i, j, true);
        i = j;
      } else if (cp == ' ' || Words.isSpace(cp)) {
        i += len;
      } else {
        w.add(i, i + len, false); // any other character is a mark of its own
        i += len;
      }
    }
    return w;
  }

  private void add(int start, int end, boolean word) {
    if (size == starts.length) {
      int n = size * 2;
      starts = Arrays.copyOf(starts, n);
      ends = Arrays.copyOf(ends, n);
      words = Arrays.copyOf(words, n);
      keys = Arrays.copyOf(keys, n);
    }
    starts[size] = start;
    ends[size] = end;
    words[size] = word;
    size++;
  }

  /** @return the text the offsets refer to */
  public String text() {
    return s;
  }

  /** @return the number of tokens */
  public int size() {
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

  /** @return the text of token {@code i} */
  String text(int i) {
    return s.substring(starts[i], ends[i]);
  }

  /** @return the text of tokens {@code [a, b)} */
  String phrase(int a, int b) {
    return s.substring(starts[a], ends[b - 1]);
  }

  /** @return {@code Names.normalize} of token {@code i}'s text */
  String key(int i) {
    if (keys[i] == null) {
      keys[i] = Names.normalize(text(i));
    }
    return keys[i];
  }

  /** @return {@code Names.normalize} of the text of tokens {@code [a, b)} */
  String phraseKey(int a, int b) {
    return b == a + 1 ? key(a) : Names.normalize(phrase(a, b));
  }

  /** @return whether the key of tokens {@code [a, b)} is in {@code set} of normalised keys */
  boolean keyIn(Set<String> set, int a, int b) {
    return set.contains(phraseKey(a, b));
  }

  /** @return whether the key of token {@code i} is {@code key} */
  boolean keyIs(int i, String key) {
    return key(i).equals(key);
  }

  /** @return whether token {@code i} starts with an upper-case letter */
  boolean startsUpper(int i) {
    return Character.isUpperCase(codePointAt(s, starts[i], ends[i]));
  }

  /** @return whether token {@code i} is an apostrophe ({@code '} or {@code ’}) */
  boolean isApostrophe(int i) {
    if (ends[i] - starts[i] != 1) {
      return false;
    }
    char c = s.charAt(starts[i]);
    return c == '\'' || c == '’';
  }

  /** @return whether token {@code i} ends with {@code suffix} */
  boolean endsWith(int i, String suffix) {
    int n = suffix.length();
    return ends[i] - starts[i] >= n && s.startsWith(suffix, ends[i] - n);
  }

  /** @return whether token {@code i} has letters, all of them upper-case */
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

  /** @return whether the text of tokens {@code [a, b)} holds a period */
  boolean hasPeriod(int a, int b) {
    int dot = s.indexOf('.', starts[a]);
    return dot >= 0 && dot < ends[b - 1];
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
