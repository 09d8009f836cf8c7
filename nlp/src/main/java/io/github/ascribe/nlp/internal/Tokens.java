package io.github.ascribe.nlp.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits a range of text into the tokens the part-of-speech models were trained on (Universal
 * Dependencies treebanks): runs of letters and digits, with the English clitics {@code 's} and
 * {@code n't} and the French elisions {@code l'}, {@code qu'} as tokens of their own, numbers with
 * their separators ({@code 2,000}), hyphenated words whole, and every other visible character alone.
 * A linear scanner, no regex. Stateless and thread-safe.
 *
 * <pre>{@code
 * Tokens.of("The county's office said.", 0, 25).words();  // [The, county, 's, office, said, .]
 * }</pre>
 */
public final class Tokens {

  /** French words elided before a vowel: l'agence, qu'il, jusqu'à. */
  private static final Set<String> ELISIONS = Set.of("l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu",
      "lorsqu", "puisqu", "quoiqu");

  private final String text;
  private final int[] starts;
  private final int[] ends;

  private Tokens(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /**
   * The tokens of {@code text[from, to)}.
   *
   * @param text the whole text
   * @param from first index
   * @param to index past the last
   * @return the tokens, with spans into {@code text}
   */
  public static Tokens of(String text, int from, int to) {
    List<int[]> out = new ArrayList<>();
    int i = from;
    while (i < to) {
      int c = codePoint(text, i, to);
      int n = Character.charCount(c);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
          || Character.isISOControl(c)) {
        i += n;
        continue;
      }
      int end;
      if (nt(text, i, to)) {
        end = i + 3; // n't
      } else if (Character.isLetterOrDigit(c)) {
        end = word(text, i, to);
      } else if (isApostrophe(c) && i > from && Character.isLetter(text.charAt(i - 1)) && i + 1 < to
          && clitic(text, i + 1, to)) {
        end = i + 1;
        while (end < to && Character.isLetter(text.charAt(end))) {
          end++;
        }
      } else {
        end = i + n;
      }
      out.add(new int[] {i, end});
      i = end;
    }
    int[] s = new int[out.size()];
    int[] e = new int[out.size()];
    for (int k = 0; k < s.length; k++) {
      s[k] = out.get(k)[0];
      e[k] = out.get(k)[1];
    }
    return new Tokens(text, s, e);
  }

  /** The end of the word starting at {@code i}: letters, digits, inner hyphens, dots and commas in numbers. */
  private static int word(String text, int i, int to) {
    int j = i;
    while (j < to) {
      int c = codePoint(text, j, to);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        j += Character.charCount(c);
        continue;
      }
      boolean inner = j + 1 < to && j > i;
      if (inner && (c == '-' || c == '‐') && Character.isLetterOrDigit(codePoint(text, j + 1, to))) {
        j++;
        continue;
      }
      if (inner && (c == ',' || c == '.') && Character.isDigit(text.charAt(j - 1))
          && Character.isDigit(text.charAt(j + 1))) {
        j++;
        continue;
      }
      if (isApostrophe(c) && inner && Character.isLetter(text.charAt(j + 1))) {
        if (clitic(text, j + 1, to)) {
          // county's -> "county" "'s"; don't -> "do" "n't"
          return nt(text, j - 1, to) && j - 1 > i ? j - 1 : j;
        }
        if (ELISIONS.contains(text.substring(i, j).toLowerCase(Locale.ROOT))) {
          return j + 1; // French elision: l'agence, qu'il -> "l'" "agence"
        }
        j++; // O'Brien
        continue;
      }
      break;
    }
    return j;
  }

  /** The code point at {@code i}, a surrogate pair only when both halves are before {@code to}. */
  private static int codePoint(String text, int i, int to) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
      return Character.toCodePoint(c, text.charAt(i + 1));
    }
    return c;
  }

  /** Whether {@code n't} starts at {@code i}. */
  private static boolean nt(String text, int i, int to) {
    return i >= 0 && i + 2 < to && (text.charAt(i) == 'n' || text.charAt(i) == 'N') && isApostrophe(text.charAt(i + 1))
        && (text.charAt(i + 2) == 't' || text.charAt(i + 2) == 'T')
        && (i + 3 >= to || !Character.isLetter(text.charAt(i + 3)));
  }

  /** Whether {@code 's}, {@code 're}, {@code 'll}, {@code 've}, {@code 'd}, {@code 'm} or {@code t} follows an apostrophe. */
  private static boolean clitic(String text, int k, int to) {
    int e = k;
    while (e < to && Character.isLetter(text.charAt(e))) {
      e++;
    }
    String w = text.substring(k, e).toLowerCase(Locale.ROOT);
    return w.equals("s") || w.equals("re") || w.equals("ll") || w.equals("ve") || w.equals("d") || w.equals("m")
        || w.equals("t");
  }

  static boolean isApostrophe(int c) {
    return c == '\'' || c == '’';
  }

  /**
   * How many tokens.
   *
   * @return the count
   */
  public int size() {
    return starts.length;
  }

  /**
   * Where token {@code i} starts in the text.
   *
   * @param i the token
   * @return its first index
   */
  public int start(int i) {
    return starts[i];
  }

  /**
   * Where token {@code i} ends in the text.
   *
   * @param i the token
   * @return the index past its last character
   */
  public int end(int i) {
    return ends[i];
  }

  /**
   * The words, in order.
   *
   * @return a new array of the tokens' text
   */
  public String[] words() {
    String[] w = new String[starts.length];
    for (int i = 0; i < w.length; i++) {
      w[i] = text.substring(starts[i], ends[i]);
    }
    return w;
  }
}
