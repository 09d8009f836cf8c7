package io.github.ascribe.citations.internal.form;

/**
 * Small bounded character searches over the article text that several recognisers and the article
 * reader share. No form class: it recognises nothing. Stateless.
 */
public final class TextScan {

  private TextScan() {}

  /**
   * Whether a character is blank: white space, a space separator, a byte-order mark or a zero-width space.
   *
   * @param c the character
   * @return whether blank
   */
  public static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\uFEFF' || c == '\u200B';
  }

  /**
   * The first {@code c} at or after {@code at} and before {@code limit}, or -1.
   *
   * @param s the text
   * @param c the character
   * @param at where to start
   * @param limit where to stop
   * @return its index, or -1
   */
  public static int indexOf(String s, char c, int at, int limit) {
    for (int i = Math.max(at, 0); i < limit && i < s.length(); i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The last {@code c} at or before {@code at} and not before {@code limit}, or -1.
   *
   * @param s the text
   * @param c the character
   * @param at where to start, going back
   * @param limit where to stop
   * @return its index, or -1
   */
  public static int lastIndexOf(String s, char c, int at, int limit) {
    for (int i = Math.min(at, s.length() - 1); i >= limit && i >= 0; i--) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  /**
   * {@code to} moved back over white space, not before {@code from}.
   *
   * @param s the text
   * @param from the lower bound
   * @param to the end
   * @return the trimmed end
   */
  public static int trimEnd(String s, int from, int to) {
    int e = to;
    while (e > from && Character.isWhitespace(s.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /**
   * Whether {@code word} (lowercase ASCII letters) is at {@code k} in either case.
   *
   * @param s the text, with at least {@code word.length()} characters from {@code k}
   * @param k where
   * @param word the word
   * @return whether it is there
   */
  public static boolean isAt(String s, int k, String word) {
    for (int j = 0; j < word.length(); j++) {
      if ((s.charAt(k + j) | 0x20) != word.charAt(j)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether a sentence ending in {@code s[from, e)} ends with a full stop, exclamation or question
   * mark after some text: a trailer then stands before the stop ({@code ... quarter (dpa).}).
   *
   * @param s the text
   * @param from where the sentence starts
   * @param e where it ends, trimmed
   * @return whether the stop is there
   */
  public static boolean endsWithStop(String s, int from, int e) {
    char last = s.charAt(e - 1);
    return (last == '.' || last == '!' || last == '?') && e - 1 > from;
  }

  /**
   * Where a trailer of a sentence ending in {@code s[from, e)} must end: before its full stop,
   * exclamation or question mark if {@link #endsWithStop} finds one, else at {@code e}.
   *
   * @param s the text
   * @param from where the sentence starts
   * @param e where it ends, trimmed
   * @return {@code e - 1} before a stop, else {@code e}
   */
  public static int beforeStop(String s, int from, int e) {
    return endsWithStop(s, from, e) ? e - 1 : e;
  }

  /**
   * Whether a name glued to the word before it starts at {@code k}: a capital letter right after
   * two lower-case letters ({@code talksReuters}); {@code k} if so, else -1.
   *
   * @param s the text
   * @param from where the range starts
   * @param k the index asked
   * @return {@code k} or -1
   */
  public static int glueAt(String s, int from, int k) {
    return k - 2 >= from && k < s.length() && Character.isUpperCase(s.charAt(k))
        && Character.isLowerCase(s.charAt(k - 1)) && Character.isLowerCase(s.charAt(k - 2)) ? k : -1;
  }
}
