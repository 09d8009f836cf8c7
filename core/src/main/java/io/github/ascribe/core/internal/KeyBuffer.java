package io.github.ascribe.core.internal;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import io.github.ascribe.core.text.Names;

/**
 * The {@link Names#normalize} key of a piece of text, written into a reusable character array
 * instead of a new string: either from the result of the normalisation passes ({@link
 * #readPassed}), or straight from the text, character by character, when every character has a
 * known result of the passes on its own ({@link #read}). {@code Names} makes its keys with it, so
 * there is one implementation of the last step (spaces, invisible characters, punctuation,
 * trimming); look-ups that only hash and compare a key use it without making a string.
 *
 * <pre>{@code
 * KeyBuffer key = new KeyBuffer(16);
 * key.read("  Libération.", 0, 13);   // true
 * key.toString();                     // "liberation"
 * }</pre>
 *
 * <p>Not thread-safe: one buffer per use. The per-character table behind it is shared and safe.
 */
public final class KeyBuffer implements CharSequence {

  private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  /** Characters below this have an entry in {@link #ALONE}. */
  private static final int TABLE_LIMIT = 0x3000;

  /**
   * Per character below {@link #TABLE_LIMIT}: what the four normalisation passes and the last step
   * make of it ({@link #keyed}), filled on first use; {@link #CONTEXTUAL} for a character whose result
   * can depend on its neighbours.
   * Racy but safe: every writer stores an equal immutable value.
   */
  private static final String[] ALONE = new String[TABLE_LIMIT];

  /**
   * {@link #ALONE} in one compact array for the characters it gives one unit other than white space:
   * that unit; {@link #MORE_THAN_ONE} for the others, 0 until filled. Most letters of most scripts
   * are one unit, and a string per character would cost the look-up a read from another place in
   * memory.
   */
  private static final char[] ONE = new char[TABLE_LIMIT];

  /**
   * Per character below {@link #TABLE_LIMIT}: 1 if {@link #isMarkLostAfterAsciiLetter}, 2 if not, 0
   * until decided. Racy but safe like {@link #ALONE}.
   */
  private static final byte[] LOST_AFTER_LETTER = new byte[TABLE_LIMIT];

  /**
   * Characters from {@link #TABLE_LIMIT} below this (CJK ideographs, kana, Hangul syllables and the
   * rest of the BMP before the surrogates) have an entry in {@link #OWN}.
   */
  private static final int WIDE_LIMIT = 0xD800;

  /**
   * Per character from {@link #TABLE_LIMIT} below {@link #WIDE_LIMIT}: {@link #ITSELF} when the
   * passes and the last step make the character itself of it alone, as they do for ideographs and
   * syllables; {@link #NOT_ITSELF} for the others, which {@link #read} leaves to the full path; 0
   * until filled. Racy but safe, as {@link #ALONE}.
   */
  private static final byte[] OWN = new byte[WIDE_LIMIT - TABLE_LIMIT];
  private static final byte ITSELF = 1;
  private static final byte NOT_ITSELF = 2;

  /** In {@link #ONE}: look in {@link #ALONE}. No character's key is this unit, a non-character. */
  private static final char MORE_THAN_ONE = '\uFFFF';

  /** Marks characters {@link #read} leaves to the full path; compared by identity. */
  private static final String CONTEXTUAL = new String("contextual");

  private char[] chars;
  /** The key is {@code chars[from, to)}. */
  private int from;
  private int to;
  private boolean pendingSpace;
  /**
   * Whether the last {@link #read} met a character other than ASCII and the one-unit tables'
   * ({@link #ONE}, {@link #OWN}): only those can be hidden characters.
   */
  private boolean rare;

  /**
   * Creates a buffer.
   *
   * @param capacity the initial capacity in characters; it grows as needed
   */
  public KeyBuffer(int capacity) {
    chars = new char[Math.max(capacity, 8)];
  }

  /**
   * Makes this the key of {@code s[start, end)} character by character, if every character of it
   * has a result of the passes on its own. Each pass (NFKC case folding, NFD, NFC) works on segments
   * that start at a character with a <em>boundary before</em> it ({@link
   * Normalizer2#hasBoundaryBefore}). When every character, and the first character each pass makes
   * of it, starts a segment, and no character's decomposition starts with a mark (which the mark
   * stripping would attach to the previous letter), each pass gives the concatenation of what it
   * gives for each character alone. So the passes are looked up per character and only the last
   * step runs on the text. One exception is decided here too: a run of non-spacing marks that the
   * passes lose after any ASCII letter ({@link #isMarkLostAfterAsciiLetter}) is skipped after one.
   *
   * @param s text
   * @param start first index
   * @param end index past the text
   * @return true if this now holds the key; false for text with a character this cannot decide
   *     alone (then the content is undefined)
   */
  public boolean read(CharSequence s, int start, int end) {
    reset();
    // whether the last character kept is an ASCII letter, followed only by marks it loses or by
    // characters dropped before the passes
    boolean afterLetter = false;
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        // on ASCII the passes lowercase and drop controls, which the last step drops anyway
        append(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        afterLetter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
            || (afterLetter && isInvisible(c));
        continue;
      }
      if (afterLetter) {
        if (isMarkLostAfterAsciiLetter(c)) {
          continue;
        }
        afterLetter = isInvisible(c);
      }
      char one = c < TABLE_LIMIT ? ONE[c] : wide(c);
      if (one != 0 && one != MORE_THAN_ONE) {
        // the common case, one unit that is not white space: looked up in a compact table
        if (to + 2 > chars.length) {
          chars = java.util.Arrays.copyOf(chars, chars.length * 2 + 2);
        }
        if (pendingSpace) {
          chars[to++] = ' ';
          pendingSpace = false;
        }
        chars[to++] = one;
        continue;
      }
      String keyed = keyed(c);
      if (keyed == null) {
        return false;
      }
      rare = true;
      for (int k = 0; k < keyed.length(); k++) {
        char x = keyed.charAt(k);
        if (x == ' ') {
          pendingSpace = to > 0;
          continue;
        }
        if (to + 2 > chars.length) {
          chars = java.util.Arrays.copyOf(chars, chars.length * 2 + 2);
        }
        if (pendingSpace) {
          chars[to++] = ' ';
          pendingSpace = false;
        }
        chars[to++] = x;
      }
    }
    trim();
    return true;
  }

  /**
   * Makes this the key of text the normalisation passes have already made: spaces collapse,
   * invisible characters go, punctuation is unified, and punctuation at both ends is trimmed.
   *
   * @param passed the result of the passes
   */
  public void readPassed(CharSequence passed) {
    reset();
    for (int i = 0; i < passed.length(); ) {
      int cp = Character.codePointAt(passed, i);
      i += Character.charCount(cp);
      append(cp);
    }
    trim();
  }

  private void reset() {
    from = 0;
    to = 0;
    pendingSpace = false;
    rare = false;
  }

  /**
   * Whether the text the last {@link #read} made a key of may hide characters; when false, {@link
   * #hasHiddenCharacters} of it is false. Every character that read took from a one-unit table or
   * as ASCII is neither a format character nor a control, and {@code hasHiddenCharacters} looks
   * for format characters only (bidi controls among them).
   *
   * @return false if the text hides no characters; true if it may
   */
  public boolean mayHideCharacters() {
    return rare;
  }

  private void append(int cp) {
    if (cp < 0x80) {
      // ASCII: the same answers as the general path below, without the Unicode tables
      if ((cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20)) {
        pendingSpace = to > 0;
        return;
      }
      if (cp < 0x20 || cp == 0x7F) {
        return;
      }
      if (cp == '`') {
        cp = '\'';
      }
    } else {
      if (Names.isSpace(cp)) {
        pendingSpace = to > 0;
        return;
      }
      int type = Character.getType(cp);
      if (type == Character.FORMAT || type == Character.CONTROL) {
        return;
      }
      cp = unifyPunctuation(cp);
    }
    if (to + 3 > chars.length) {
      chars = java.util.Arrays.copyOf(chars, chars.length * 2 + 3);
    }
    if (pendingSpace) {
      chars[to++] = ' ';
      pendingSpace = false;
    }
    if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT) {
      chars[to++] = (char) cp;
    } else {
      chars[to++] = Character.highSurrogate(cp);
      chars[to++] = Character.lowSurrogate(cp);
    }
  }

  private void trim() {
    int start = 0;
    int end = to;
    while (start < end) {
      int cp = Character.codePointAt(chars, start, end);
      if (Character.isLetterOrDigit(cp)) {
        break;
      }
      start += Character.charCount(cp);
    }
    while (end > start) {
      int cp = Character.codePointBefore(chars, end, start);
      if (Character.isLetterOrDigit(cp)) {
        break;
      }
      end -= Character.charCount(cp);
    }
    from = start;
    to = end;
  }

  @Override
  public int length() {
    return to - from;
  }

  @Override
  public char charAt(int index) {
    return chars[from + index];
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    return toString().substring(start, end);
  }

  /**
   * The {@link String#hashCode} of the key less its first {@code skip} characters.
   *
   * @param skip characters left out at the start
   * @return the hash
   */
  public int hash(int skip) {
    int h = 0;
    for (int k = from + skip; k < to; k++) {
      h = 31 * h + chars[k];
    }
    return h;
  }

  /**
   * Whether the key less its first {@code skip} characters is {@code text}.
   *
   * @param skip characters left out at the start
   * @param text any string
   * @return true if equal
   */
  public boolean equalsFrom(int skip, String text) {
    if (to - from - skip != text.length()) {
      return false;
    }
    for (int k = 0, at = from + skip; k < text.length(); k++, at++) {
      if (chars[at] != text.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the key starts with {@code prefix}.
   *
   * @param prefix any string
   * @return true if it does
   */
  public boolean startsWith(String prefix) {
    if (to - from < prefix.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (chars[from + k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return new String(chars, from, to - from);
  }

  /**
   * {@link Names#hasHiddenCharacters} of {@code s[start, end)}, without copying it: code points and
   * their neighbours are read within the range only.
   *
   * @param s text
   * @param start first index
   * @param end index past the text
   * @return true if the text hides characters
   */
  public static boolean hasHiddenCharacters(CharSequence s, int start, int end) {
    for (int i = start; i < end; ) {
      if (s.charAt(i) < 0x80) {
        i++; // no ASCII character is a bidi control or a format character
        continue;
      }
      int cp = codePointAt(s, i, end);
      int len = Character.charCount(cp);
      if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F) {
        return true;
      }
      if (Character.getType(cp) == Character.FORMAT && i > start && i + len < end) {
        char low = s.charAt(i - 1);
        int before = Character.isLowSurrogate(low) && i - 2 >= start && Character.isHighSurrogate(s.charAt(i - 2))
            ? Character.toCodePoint(s.charAt(i - 2), low) : low;
        int after = codePointAt(s, i + len, end);
        if (isEuropeanScript(before) || isEuropeanScript(after)) {
          return true;
        }
      }
      i += len;
    }
    return false;
  }

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

  /** The code point at {@code i}, its low surrogate read only before {@code end}. */
  private static int codePointAt(CharSequence s, int i, int end) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(s.charAt(i + 1))) {
      return Character.toCodePoint(c, s.charAt(i + 1));
    }
    return c;
  }

  private static boolean isEuropeanScript(int cp) {
    int script = UScript.getScript(cp);
    return script == UScript.LATIN || script == UScript.GREEK || script == UScript.CYRILLIC
        || (script == UScript.COMMON && !Character.isWhitespace(cp));
  }

  // ---- the passes, per character -----------------------------------------------------------------

  /**
   * Whether the passes lose {@code c} after any ASCII letter, however many such marks follow the
   * letter: a non-spacing mark with which every ASCII letter keys to the letter alone ({@code
   * "e\u0301"}, decomposed {@code é}, keys to {@code "e"}). Such a mark may compose with the letter
   * in NFKC case folding, but NFD takes the composition apart again and the mark stripping drops
   * every mark after a Latin letter, so a run of them goes too. Text from systems that store
   * decomposed accents is common, and it would otherwise take the full path.
   */
  private static boolean isMarkLostAfterAsciiLetter(char c) {
    if (c >= TABLE_LIMIT) {
      return false;
    }
    byte known = LOST_AFTER_LETTER[c];
    if (known == 0) {
      known = marksLostAfterEveryAsciiLetter(c) ? (byte) 1 : (byte) 2;
      LOST_AFTER_LETTER[c] = known;
    }
    return known == 1;
  }

  private static boolean marksLostAfterEveryAsciiLetter(char c) {
    if (Character.isSurrogate(c) || UCharacter.getType(c) != UCharacter.NON_SPACING_MARK) {
      return false;
    }
    for (char letter = 'A'; letter <= 'z'; letter++) {
      if (letter == 'Z' + 1) {
        letter = 'a';
      }
      String passed = NFC.normalize(stripLatinMarks(NFD.normalize(NFKC_CF.normalize(letter + String.valueOf(c)))));
      if (!passed.equals(String.valueOf(Character.toLowerCase(letter)))) {
        return false;
      }
    }
    return true;
  }

  /**
   * What the passes and the last step make of {@code c} in any text of characters that have a table
   * entry, or null: the units to append, with {@code ' '} for white space and without the
   * characters the last step drops.
   */
  private static String keyed(char c) {
    if (c >= TABLE_LIMIT || Character.isSurrogate(c)) {
      return null;
    }
    String m = ALONE[c];
    if (m == null) {
      m = passesAlone(c);
      if (m != CONTEXTUAL) {
        m = lastStepAlone(m);
      }
      ALONE[c] = m;
      ONE[c] = m.length() == 1 && m.charAt(0) != ' ' && m != CONTEXTUAL ? m.charAt(0) : MORE_THAN_ONE;
    }
    return m == CONTEXTUAL ? null : m;
  }

  /**
   * For a character at or above {@link #TABLE_LIMIT}: the character itself when that is what the
   * passes and the last step make of it alone (never white space, never a character the last step
   * drops), else 0.
   */
  private static char wide(char c) {
    if (c >= WIDE_LIMIT) {
      return 0;
    }
    byte own = OWN[c - TABLE_LIMIT];
    if (own == 0) {
      String m = passesAlone(c);
      own = m != CONTEXTUAL && lastStepAlone(m).equals(String.valueOf(c)) && !Names.isSpace(c) ? ITSELF : NOT_ITSELF;
      OWN[c - TABLE_LIMIT] = own;
    }
    return own == ITSELF ? c : 0;
  }

  /** The units {@link #append} appends for the code points of {@code passed}, {@code ' '} for white space. */
  private static String lastStepAlone(String passed) {
    StringBuilder sb = new StringBuilder(passed.length());
    for (int i = 0; i < passed.length(); ) {
      int cp = passed.codePointAt(i);
      i += Character.charCount(cp);
      if (Names.isSpace(cp)) {
        sb.append(' ');
        continue;
      }
      int type = Character.getType(cp);
      if (type != Character.FORMAT && type != Character.CONTROL) {
        sb.appendCodePoint(unifyPunctuation(cp)); // never white space
      }
    }
    return sb.toString();
  }

  private static String passesAlone(char c) {
    if (isInvisible(c)) {
      return ""; // dropped before the passes run
    }
    if (!NFKC_CF.hasBoundaryBefore(c)) {
      return CONTEXTUAL;
    }
    String folded = NFKC_CF.normalize(String.valueOf(c));
    if (!folded.isEmpty() && !NFD.hasBoundaryBefore(folded.codePointAt(0))) {
      return CONTEXTUAL;
    }
    String decomposed = NFD.normalize(folded);
    if (!decomposed.isEmpty() && UCharacter.getType(decomposed.codePointAt(0)) == UCharacter.NON_SPACING_MARK) {
      return CONTEXTUAL;
    }
    String unmarked = stripLatinMarks(decomposed);
    if (!unmarked.isEmpty() && !NFC.hasBoundaryBefore(unmarked.codePointAt(0))) {
      return CONTEXTUAL;
    }
    return NFC.normalize(unmarked);
  }

  /**
   * Whether the normalisation drops a character before its passes: a control that is not white
   * space, or a format character.
   *
   * @param c a character
   * @return true if it is dropped
   */
  public static boolean isInvisible(char c) {
    int type = Character.getType(c);
    return (type == Character.CONTROL && !Names.isSpace(c)) || type == Character.FORMAT;
  }

  /**
   * Text without the non-spacing marks that follow a Latin letter.
   *
   * @param s decomposed text
   * @return the text without those marks
   */
  public static String stripLatinMarks(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    int base = -1;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      if (UCharacter.getType(cp) == UCharacter.NON_SPACING_MARK) {
        if (base >= 0 && UScript.getScript(base) == UScript.LATIN) {
          continue;
        }
      } else {
        base = cp;
      }
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }

  private static int unifyPunctuation(int cp) {
    switch (cp) {
      case '\'', '`', 0x00B4, 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x02B9, 0xFF07:
        return '\'';
      case '"', 0x201C, 0x201D, 0x201E, 0x201F, 0x00AB, 0x00BB, 0x2033, 0xFF02:
        return '"';
      case 0x2212, 0xFE63, 0xFF0D:
        return '-';
      case 0x0131: // dotless i: "AJANSI" and "Ajansı" are the same word
        return 'i';
      default:
        return Character.getType(cp) == Character.DASH_PUNCTUATION ? '-' : cp;
    }
  }
}
