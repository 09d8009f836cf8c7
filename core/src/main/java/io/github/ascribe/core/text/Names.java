package io.github.ascribe.core.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Objects;

/**
 * Normalises source names for look-up, display and ids.
 *
 * <p>{@link #normalize(CharSequence)} is the key every registry look-up uses. It applies, in order:
 * Unicode NFKC case folding (which also folds full-width forms and removes zero-width and bidi
 * control characters); removal of diacritics on Latin letters ({@code Libération} = {@code
 * Liberation}; dotless {@code ı} to {@code i}); all apostrophes and single quotes to {@code '}, double quotes to {@code "}, dashes to
 * {@code -}; every run of white space (including NBSP and line breaks) to one space; and trimming of
 * white space and punctuation at both ends. It is idempotent. Case folding is locale-independent,
 * so a Turkish default locale changes nothing.
 *
 * <pre>{@code
 * Names.normalize("  The\u00a0Guardian.");   // "the guardian"
 * Names.normalize("Libération");             // "liberation"
 * Names.slug("Le Monde");                    // "le-monde"
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class Names {

  private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();
  private static final Normalizer2 NFD = Normalizer2.getNFDInstance();
  private static final Normalizer2 NFC = Normalizer2.getNFCInstance();
  private static final int MAX_SLUG = 60;

  /** Characters below this have an entry in {@link #ALONE}. */
  private static final int TABLE_LIMIT = 0x3000;

  /**
   * Per character below {@link #TABLE_LIMIT}: what the four normalisation passes of {@link
   * #normalizeUnicode} make of it, filled on first use; {@link #CONTEXTUAL} for a character whose
   * result can depend on its neighbours. Racy but safe: every writer stores an equal immutable value.
   */
  private static final String[] ALONE = new String[TABLE_LIMIT];

  /** Marks characters {@link #normalizeByCharacter} leaves to the full path; compared by identity. */
  private static final String CONTEXTUAL = new String("contextual");

  /**
   * Transliterators are not thread-safe; one per thread instead of a lock, so that threads analysing
   * different articles never wait for each other. ASCII keys, which transliteration leaves as they
   * are, never get here.
   */
  private static final ThreadLocal<Transliterator> TO_ASCII =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  private Names() {}

  /**
   * The look-up key of a name.
   *
   * @param name any text
   * @return the normalised key, possibly empty
   */
  public static String normalize(CharSequence name) {
    Objects.requireNonNull(name, "name");
    String ascii = normalizeAscii(name);
    if (ascii != null) {
      return ascii;
    }
    String byCharacter = normalizeByCharacter(name);
    return byCharacter != null ? byCharacter : normalizeUnicode(name);
  }

  /**
   * {@link #normalize} character by character, or null for text with a character this cannot
   * decide alone. Each normalisation pass (NFKC case folding, NFD, NFC) works on segments that start
   * at a character with a <em>boundary before</em> it ({@link Normalizer2#hasBoundaryBefore}). When
   * every character of the text, and the first character each pass makes of it, starts a segment,
   * and no character's decomposition starts with a mark (which the mark stripping would attach to
   * the previous letter), then each pass gives the concatenation of what it gives for each character
   * alone. So the passes are looked up per character ({@link #ALONE}) and only the last step, spaces,
   * punctuation and trimming, runs on the text. A test checks this against {@link #normalizeUnicode}
   * on every character below {@link #TABLE_LIMIT}, next to marks and other characters, and on random
   * text.
   */
  static String normalizeByCharacter(CharSequence name) {
    int n = name.length();
    StringBuilder sb = null;
    boolean pendingSpace = false;
    for (int i = 0; i < n; i++) {
      String alone = alone(name.charAt(i));
      if (alone == null) {
        return null;
      }
      if (sb == null) {
        sb = new StringBuilder(n + 4);
      }
      for (int k = 0; k < alone.length(); ) {
        int cp = alone.codePointAt(k);
        k += Character.charCount(cp);
        pendingSpace = append(sb, cp, pendingSpace);
      }
    }
    return sb == null ? "" : trimPunctuation(sb);
  }

  /** What the passes make of {@code c} in any text of characters that have a table entry, or null. */
  private static String alone(char c) {
    if (c >= TABLE_LIMIT || Character.isSurrogate(c)) {
      return null;
    }
    String m = ALONE[c];
    if (m == null) {
      m = passesAlone(c);
      ALONE[c] = m;
    }
    return m == CONTEXTUAL ? null : m;
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
   * {@link #normalize} for pure ASCII text, or null for any other text. On ASCII, NFKC case folding
   * is lowercasing, NFD and NFC change nothing and there are no marks to strip, so this gives exactly
   * what {@link #normalizeUnicode} gives (a test checks both on every short ASCII string and on random
   * ones), without the four normalisation passes.
   */
  static String normalizeAscii(CharSequence name) {
    int n = name.length();
    char[] out = null;
    int len = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c >= 0x80) {
        return null;
      }
      if ((c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x20)) { // isSpace on ASCII
        pendingSpace = len > 0;
        continue;
      }
      if (c < 0x20 || c == 0x7F) { // CONTROL
        continue;
      }
      if (out == null) {
        out = new char[n];
      }
      if (pendingSpace) {
        out[len++] = ' ';
        pendingSpace = false;
      }
      if (c >= 'A' && c <= 'Z') {
        c = (char) (c + ('a' - 'A'));
      } else if (c == '`') {
        c = '\'';
      }
      out[len++] = c;
    }
    int start = 0;
    while (start < len && !isAsciiLetterOrDigit(out[start])) {
      start++;
    }
    int end = len;
    while (end > start && !isAsciiLetterOrDigit(out[end - 1])) {
      end--;
    }
    return start == end ? "" : new String(out, start, end - start);
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
  }

  /** {@link #normalize} by the book: NFKC case folding, Latin marks, punctuation, spaces, trimming. */
  static String normalizeUnicode(CharSequence name) {
    // invisible characters go first, so that a mark after one still finds its Latin base letter:
    // "T\u0000\u0300he" and "T\u0300he" are the same key
    String folded = NFKC_CF.normalize(dropInvisible(name));
    String unmarked = NFC.normalize(stripLatinMarks(NFD.normalize(folded)));
    StringBuilder sb = new StringBuilder(unmarked.length());
    boolean pendingSpace = false;
    for (int i = 0; i < unmarked.length(); ) {
      int cp = unmarked.codePointAt(i);
      i += Character.charCount(cp);
      pendingSpace = append(sb, cp, pendingSpace);
    }
    return trimPunctuation(sb);
  }

  /**
   * The last step of {@link #normalize} for one code point of the passes' result: spaces collapse,
   * invisible characters go, punctuation is unified.
   *
   * @return whether a space is pending
   */
  private static boolean append(StringBuilder sb, int cp, boolean pendingSpace) {
    if (isSpace(cp)) {
      return sb.length() > 0;
    }
    int type = Character.getType(cp);
    if (type == Character.FORMAT || type == Character.CONTROL) {
      return pendingSpace;
    }
    if (pendingSpace) {
      sb.append(' ');
    }
    sb.appendCodePoint(unifyPunctuation(cp));
    return false;
  }

  /**
   * A name cleaned for display: control, format (zero-width, bidi) characters removed, white space
   * collapsed and trimmed; case and letters kept as written.
   *
   * @param name any text
   * @return the display form, possibly empty
   */
  public static String display(CharSequence name) {
    Objects.requireNonNull(name, "name");
    StringBuilder sb = new StringBuilder(name.length());
    boolean pendingSpace = false;
    for (int i = 0; i < name.length(); ) {
      int cp = Character.codePointAt(name, i);
      i += Character.charCount(cp);
      if (isSpace(cp)) {
        pendingSpace = sb.length() > 0;
        continue;
      }
      int type = Character.getType(cp);
      if (type == Character.FORMAT || type == Character.CONTROL) {
        continue;
      }
      if (type == Character.SURROGATE) {
        cp = 0xFFFD;
      }
      if (pendingSpace) {
        sb.append(' ');
        pendingSpace = false;
      }
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }

  /**
   * A kebab-case ASCII id fragment for a name: transliterated to Latin, lowercased, runs of other
   * characters turned into single hyphens, at most 60 characters. Names with nothing to transliterate
   * (emoji only, say) get {@code x} and a hash.
   *
   * @param name any text
   * @return a non-empty string matching {@code [a-z0-9]+(-[a-z0-9]+)*}
   */
  public static String slug(CharSequence name) {
    String key = normalize(name);
    String latin = isAscii(key) ? key : TO_ASCII.get().transliterate(key);
    return slugOf(latin, key);
  }

  private static String slugOf(String latin, String key) {
    StringBuilder sb = new StringBuilder();
    boolean dash = false;
    for (int i = 0; i < latin.length() && sb.length() < MAX_SLUG; i++) {
      char c = Character.toLowerCase(latin.charAt(i));
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (dash && sb.length() > 0) {
          sb.append('-');
        }
        dash = false;
        sb.append(c);
      } else {
        dash = true;
      }
    }
    if (sb.length() == 0) {
      return "x" + Integer.toHexString(key.hashCode()).toLowerCase(Locale.ROOT);
    }
    return sb.toString();
  }

  /**
   * Whether a name hides something: a bidi embedding, override or isolate control anywhere, or an
   * invisible format character (zero-width space, joiner, word joiner, BOM, soft hyphen) next to a
   * Latin, Greek, Cyrillic or common character. Zero-width joiners inside Arabic, Indic and other
   * scripts, where they are part of normal spelling, do not count.
   *
   * @param name a name as written
   * @return true if the name contains such a character
   */
  public static boolean hasHiddenCharacters(CharSequence name) {
    Objects.requireNonNull(name, "name");
    for (int i = 0; i < name.length(); ) {
      if (name.charAt(i) < 0x80) {
        i++; // no ASCII character is a bidi control or a format character
        continue;
      }
      int cp = Character.codePointAt(name, i);
      int len = Character.charCount(cp);
      if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F) {
        return true;
      }
      if (Character.getType(cp) == Character.FORMAT && i > 0 && i + len < name.length()) {
        int before = Character.codePointBefore(name, i);
        int after = Character.codePointAt(name, i + len);
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

  /**
   * Whether a code point is white space for name purposes: Unicode white space, NBSP and friends
   * included.
   *
   * @param cp a code point
   * @return true for spaces, tabs, line breaks and other separators
   */
  public static boolean isSpace(int cp) {
    return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** {@link #slug} with the transliteration always applied, for tests of the ASCII shortcut. */
  static String slugByTransliteration(CharSequence name) {
    String latin = TO_ASCII.get().transliterate(normalize(name));
    return slugOf(latin, normalize(name));
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

  /** Characters {@link #normalizeUnicode} drops before the normalisation passes. */
  private static boolean isInvisible(char c) {
    int type = Character.getType(c);
    return (type == Character.CONTROL && !isSpace(c)) || type == Character.FORMAT;
  }

  private static String stripLatinMarks(String s) {
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

  private static String trimPunctuation(StringBuilder sb) {
    int start = 0;
    int end = sb.length();
    while (start < end) {
      int cp = sb.codePointAt(start);
      if (Character.isLetterOrDigit(cp)) {
        break;
      }
      start += Character.charCount(cp);
    }
    while (end > start) {
      int cp = sb.codePointBefore(end);
      if (Character.isLetterOrDigit(cp)) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return sb.substring(start, end);
  }
}
