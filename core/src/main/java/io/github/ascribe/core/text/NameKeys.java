package io.github.ascribe.core.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;

/**
 * The Unicode side of {@link Names}: the key of any text by the book, and the hidden-character check.
 * {@link Names#normalize} uses {@link #normalizeUnicode} for every text that is not plain ASCII.
 *
 * <p>Stateless and thread-safe: the ICU normalisers are immutable and shareable.
 */
final class NameKeys {

  private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();

  private NameKeys() {}

  /**
   * The key of any text: invisible characters dropped, NFKC case folding, the marks on Latin letters
   * stripped (between NFD and NFC), then {@link #lastStep}.
   */
  static String normalizeUnicode(CharSequence name) {
    // invisible characters go first, so that a mark after one still finds its Latin base letter:
    // "T\u0000\u0300he" and "T\u0300he" are the same key
    String folded = NFKC_CF.normalize(dropInvisible(name));
    return lastStep(NFC.normalize(stripLatinMarks(NFD.normalize(folded))));
  }

  /**
   * The last step of the key, on text the normalisation passes have made: every run of white space
   * becomes one space, format and control characters go, apostrophes, quotes and dashes are unified,
   * and everything but letters and digits is trimmed from both ends.
   */
  static String lastStep(String passed) {
    StringBuilder sb = new StringBuilder(passed.length());
    boolean pendingSpace = false;
    for (int i = 0; i < passed.length(); ) {
      int cp = passed.codePointAt(i);
      i += Character.charCount(cp);
      if (Names.isSpace(cp)) {
        pendingSpace = sb.length() > 0;
        continue;
      }
      int type = Character.getType(cp);
      if (type == Character.FORMAT || type == Character.CONTROL) {
        continue;
      }
      if (pendingSpace) {
        sb.append(' ');
        pendingSpace = false;
      }
      sb.appendCodePoint(unifyPunctuation(cp));
    }
    int start = 0;
    int end = sb.length();
    while (start < end && !Character.isLetterOrDigit(sb.codePointAt(start))) {
      start += Character.charCount(sb.codePointAt(start));
    }
    while (end > start && !Character.isLetterOrDigit(sb.codePointBefore(end))) {
      end -= Character.charCount(sb.codePointBefore(end));
    }
    return sb.substring(start, end);
  }

  /** Text without the non-spacing marks that follow a Latin letter; {@code s} is decomposed. */
  static String stripLatinMarks(String s) {
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

  /**
   * Whether the normalisation drops a character before its passes: a control that is not white
   * space, or a format character.
   */
  static boolean isInvisible(char c) {
    int type = Character.getType(c);
    return (type == Character.CONTROL && !Names.isSpace(c)) || type == Character.FORMAT;
  }

  private static CharSequence dropInvisible(CharSequence s) {
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean invisible = isInvisible(c);
      if (invisible && sb == null) {
        sb = new StringBuilder(s.length()).append(s, 0, i);
      } else if (!invisible && sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb;
  }

  /**
   * {@link Names#hasHiddenCharacters}: a bidi control anywhere, or a format character with a Latin,
   * Greek, Cyrillic or common neighbour.
   */
  static boolean hasHiddenCharacters(CharSequence s) {
    int end = s.length();
    for (int i = 0; i < end; ) {
      int cp = Character.codePointAt(s, i);
      int len = Character.charCount(cp);
      if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F) {
        return true;
      }
      if (Character.getType(cp) == Character.FORMAT && i > 0 && i + len < end) {
        int before = Character.codePointBefore(s, i);
        int after = Character.codePointAt(s, i + len);
        if (isEuropeanScript(before) || isEuropeanScript(after)) {
          return true;
        }
      }
      i += len;
    }
    return false;
  }

  private static boolean isEuropeanScript(int cp) {
    int script = UScript.getScript(cp);
    return script == UScript.LATIN || script == UScript.GREEK || script == UScript.CYRILLIC
        || (script == UScript.COMMON && !Character.isWhitespace(cp));
  }
}
