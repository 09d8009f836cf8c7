package io.github.ascribe.core.text;

import com.ibm.icu.text.Transliterator;
import io.github.ascribe.core.internal.AsciiChars;
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
 * <p>Stateless and thread-safe: it keeps no state between calls, and the ICU objects it shares
 * (normalisers, one transliterator) are documented by ICU as safe to share between threads.
 */
public final class Names {

  private static final int MAX_SLUG = 60;

  /**
   * Transliterates keys that are not ASCII for {@link #slug}. ICU4J documents transliterators as
   * stateless (they keep nothing between calls to {@code transliterate}), so threads share this one
   * without synchronising; {@code NamesConcurrencyTest} checks it. ASCII keys never get here.
   */
  private static final Transliterator TO_ASCII = Transliterator.getInstance("Any-Latin; Latin-ASCII");

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
    return NameKeys.normalizeUnicode(name);
  }

  /** The typographic apostrophe, U+2019, which the ASCII path keys as {@code '}. */
  private static final char RIGHT_QUOTE = '\u2019';

  /**
   * {@link #normalize} for ASCII text, in which typographic apostrophes ({@code ’}) may stand, or null
   * for any other text. On ASCII, NFKC case folding
   * is lowercasing, NFD and NFC change nothing and there are no marks to strip, so this gives exactly
   * what {@link #normalizeUnicode} gives (a test checks both on every short ASCII string and on random
   * ones), without the normalisation passes; {@code ’} is left alone by those passes and unified
   * to {@code '} by the last step, as here.
   */
  static String normalizeAscii(CharSequence name) {
    if (name instanceof String text) {
      int shape = asciiKeyShape(text);
      if (shape == OWN_KEY) {
        return text; // most words of prose are their own key: no copy
      }
      if (shape == OWN_KEY_LOWER_CASED) {
        return text.toLowerCase(Locale.ROOT); // on ASCII, what the loop below does, in one copy
      }
    }
    int n = name.length();
    char[] out = null;
    int len = 0;
    boolean pendingSpace = false;
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c == RIGHT_QUOTE) {
        c = '\''; // spec: "Turkey’s" keys as "turkey's", as on the full path
      } else if (c >= 0x80) {
        return null;
      }
      if (AsciiChars.isAsciiSpace(c)) {
        pendingSpace = len > 0;
        continue;
      }
      if (AsciiChars.isAsciiControl(c)) {
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

  /** {@link #asciiKeyShape}: the text is its own key. */
  static final int OWN_KEY = 1;
  /** {@link #asciiKeyShape}: the text lower-cased is its key. */
  static final int OWN_KEY_LOWER_CASED = 2;

  /**
   * What {@link #normalizeAscii} gives for a text that starts and ends with an ASCII letter or digit
   * and holds only printable ASCII characters other than the backquote, with no white space other
   * than single spaces: the text itself ({@link #OWN_KEY}) if it has no upper-case letter, else the
   * text lower-cased ({@link #OWN_KEY_LOWER_CASED}); 0 for any other text.
   */
  static int asciiKeyShape(String text) {
    int n = text.length();
    if (n == 0 || !isAsciiLetterOrDigit(text.charAt(0)) || !isAsciiLetterOrDigit(text.charAt(n - 1))) {
      return 0;
    }
    boolean upper = false;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (text.charAt(i - 1) == ' ') { // not at 0: the first character is a letter or digit
          return 0;
        }
      } else if (c <= 0x20 || c >= 0x7F || c == '`') {
        return 0;
      } else if (c >= 'A' && c <= 'Z') {
        upper = true;
      }
    }
    return upper ? OWN_KEY_LOWER_CASED : OWN_KEY;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
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
    if (name instanceof String text && isOwnAsciiDisplay(text)) {
      return text; // nothing to remove or collapse: no copy
    }
    return displayByCodePoint(name);
  }

  /**
   * Whether {@link #display} gives an ASCII text back as it is: printable characters with single
   * spaces between them, and no space at either end.
   */
  static boolean isOwnAsciiDisplay(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (i == 0 || i == n - 1 || text.charAt(i - 1) == ' ') {
          return false;
        }
      } else if (c < 0x21 || c > 0x7E) {
        return false;
      }
    }
    return true;
  }

  /** {@link #display} code point by code point, whatever the text (for tests of the ASCII shortcut). */
  static String displayByCodePoint(CharSequence name) {
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
    return prefixedSlug(null, name);
  }

  /**
   * An id made of a prefix and the {@link #slug} of a name, as one string: what ad-hoc sources are
   * identified by.
   *
   * <pre>{@code
   * Names.id("person", "Hakan Fidan");   // "person-hakan-fidan"
   * }</pre>
   *
   * @param prefix the id's prefix, written as it is
   * @param name any text
   * @return {@code prefix + "-" + slug(name)}
   */
  public static String id(String prefix, CharSequence name) {
    return prefixedSlug(Objects.requireNonNull(prefix, "prefix"), name);
  }

  /** {@link #slug} of {@code name}, after {@code prefix} and a hyphen if {@code prefix} is not null. */
  private static String prefixedSlug(String prefix, CharSequence name) {
    if (name instanceof String text && AsciiChars.isAscii(text, 0, text.length())) {
      // on ASCII, what the key changes (case, white space, controls, the ends) the slug changes
      // the same way: the slug of the text is the slug of its key, without making the key
      String slug = slugOf(prefix, text);
      if (slug != null) {
        return slug;
      }
    }
    String slug = slugByKey(name);
    return prefix == null ? slug : prefix + "-" + slug;
  }

  /** {@link #slug} by the book: the key made, transliterated if need be, then slugged. */
  static String slugByKey(CharSequence name) {
    String key = normalize(name);
    String latin = AsciiChars.isAscii(key, 0, key.length()) ? key : TO_ASCII.transliterate(key);
    String slug = slugOf(null, latin);
    return slug != null ? slug : hashSlug(key);
  }

  /** The slug of a key with nothing to keep (emoji only, say): {@code x} and the key's hash code. */
  private static String hashSlug(String key) {
    return "x" + Integer.toHexString(key.hashCode()).toLowerCase(Locale.ROOT);
  }

  /**
   * The ASCII letters and digits of {@code latin}, lower-cased, runs of anything else but control
   * characters as one hyphen, at most {@link #MAX_SLUG} characters, after {@code prefix} and a
   * hyphen if {@code prefix} is not null; null if there are no letters or digits.
   */
  private static String slugOf(String prefix, String latin) {
    int head = prefix == null ? 0 : prefix.length() + 1; // the prefix and its hyphen come first
    char[] out = null;
    int len = 0;
    boolean dash = false;
    for (int i = 0; i < latin.length() && len < MAX_SLUG; i++) {
      char c = Character.toLowerCase(latin.charAt(i));
      if (AsciiChars.isAsciiControl(c)) {
        continue; // a control character, which the key drops rather than turns into a space
      }
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        if (out == null) {
          out = new char[head + Math.min(latin.length() - i, MAX_SLUG + 1)];
        }
        if (dash && len > 0) {
          out[head + len++] = '-';
        }
        dash = false;
        out[head + len++] = c;
      } else {
        dash = true;
      }
    }
    if (len == 0) {
      return null;
    }
    if (head > 0) {
      prefix.getChars(0, prefix.length(), out, 0);
      out[head - 1] = '-';
    }
    return new String(out, 0, head + len);
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
    return NameKeys.hasHiddenCharacters(name);
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

  /** {@link #slug} with the transliteration always applied, for tests of the ASCII shortcut. */
  static String slugByTransliteration(CharSequence name) {
    String key = normalize(name);
    String slug = slugOf(null, TO_ASCII.transliterate(key));
    return slug != null ? slug : hashSlug(key);
  }
}
