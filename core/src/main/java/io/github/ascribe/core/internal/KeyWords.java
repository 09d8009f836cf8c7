package io.github.ascribe.core.internal;

/**
 * A lower bound on the words of a text's look-up key ({@link io.github.ascribe.core.text.Names#normalize}),
 * counted on the text as written without making the key: the pieces between ASCII spaces that hold
 * an ASCII letter or digit. Normalisation keeps every ASCII letter and digit and every space
 * between them (it may add words, by transliteration, never merge or drop these), so the key has at
 * least this many words. A text with more words than any name in the registry names no source,
 * which the registry can tell without normalising it: prose read as a candidate name is long.
 *
 * <pre>{@code
 * KeyWords.atLeast("Rustem Umerov led a delegation", 0, 30);   // 5
 * KeyWords.atLeast("The  Guardian —", 0, 15);                  // 2
 * }</pre>
 *
 * <p>Stateless.
 */
public final class KeyWords {

  private KeyWords() {}

  /**
   * Whether the key of {@code s[start, end)} surely has more words than a registry name of {@code
   * maxNameWords} words with {@code the} before it: then no name, alias, domain or one-typo match
   * resolves it.
   *
   * @param s text
   * @param start first index
   * @param end index past the last
   * @param maxNameWords the most words of a registry name's key
   * @return true if it cannot name a source
   */
  public static boolean longerThanAnyName(CharSequence s, int start, int end, int maxNameWords) {
    int most = maxNameWords + 1; // "the" + a name
    return atLeast(s, start, end, most) > most;
  }

  /**
   * The number of pieces of {@code s[start, end)} between ASCII spaces that hold an ASCII letter
   * or digit, counted up to {@code cap + 1} (enough to tell whether it exceeds {@code cap}).
   *
   * @param s text
   * @param start first index
   * @param end index past the last
   * @param cap the count that matters
   * @return the count, at most {@code cap + 1}
   */
  public static int atLeast(CharSequence s, int start, int end, int cap) {
    int words = 0;
    boolean counted = false;
    for (int i = start; i < end && words <= cap; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        counted = false;
      } else if (!counted && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))) {
        counted = true;
        words++;
      }
    }
    return words;
  }
}
