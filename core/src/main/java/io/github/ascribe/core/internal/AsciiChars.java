package io.github.ascribe.core.internal;

/**
 * What {@link io.github.ascribe.core.text.Names#normalize} does with ASCII characters, for readers
 * that look at text before they make its key.
 *
 * <pre>{@code
 * AsciiChars.isAscii("Reuters", 0, 7);   // true
 * AsciiChars.isAsciiSpace('\t');         // true: a run of it becomes one space in a key
 * AsciiChars.isAsciiControl('\u0000');   // true: dropped from a key
 * }</pre>
 *
 * <p>Stateless and thread-safe.
 */
public final class AsciiChars {

  private AsciiChars() {}

  /**
   * Whether an ASCII character is white space to {@link io.github.ascribe.core.text.Names#normalize}:
   * tab to carriage return, the four separators U+001C to U+001F, and the space. Each run of them
   * becomes one space in a key.
   *
   * @param c a character
   * @return true for those characters
   */
  public static boolean isAsciiSpace(char c) {
    return (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20);
  }

  /**
   * Whether an ASCII character is a control that {@link io.github.ascribe.core.text.Names#normalize}
   * drops from a key: a C0 control that is not {@linkplain #isAsciiSpace white space}, or DEL.
   *
   * @param c a character
   * @return true for those characters
   */
  public static boolean isAsciiControl(char c) {
    return (c < 0x20 && !isAsciiSpace(c)) || c == 0x7F;
  }

  /**
   * Whether every character of {@code s[start, end)} is ASCII.
   *
   * @param s text
   * @param start first index
   * @param end index past the text
   * @return true if none is {@code >= 0x80}
   */
  public static boolean isAscii(CharSequence s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }
}
