package io.github.ascribe.core.internal;

import io.github.ascribe.core.Match;
import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.text.Names;
import java.util.Map;
import java.util.function.Function;

/**
 * A registry's names and aliases, looked up by the {@link Names#normalize} key of a piece of text
 * without building the key: for ASCII text the key's characters are hashed and compared as they are
 * read from the text. It answers what {@code SourceRegistry.resolveExact} answers for names and
 * aliases, the {@code the} rule included, and leaves domains out: {@code resolveExact(x)} is a name
 * or alias resolution exactly when {@link #name} is non-null, and then the two are equal.
 *
 * <pre>{@code
 * NameIndex names = RegistryAccess.names(SourceRegistry.bundled());
 * names.name("by The Guardian.", 3, 16);   // The Guardian, EXACT
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
public final class NameIndex {

  /** One key buffer per thread for {@link #nonAscii}: the look-up is thread-safe and makes no garbage. */
  private static final ThreadLocal<KeyBuffer> KEYS = ThreadLocal.withInitial(() -> new KeyBuffer(64));
  /** Longer text gets a buffer of its own, so that a thread's buffer stays small. */
  private static final int MAX_SHARED_KEY = 256;

  private final String[] keys;
  private final int[] hashes;
  private final Resolution[] values;
  /** The same sources matched as {@link Match#ALIAS}, for keys found after a leading {@code the}. */
  private final Resolution[] asAlias;
  private final int mask;
  /** Answers {@link #name} for text that is not ASCII. */
  private final Function<String, Resolution> other;

  /**
   * Indexes names and aliases.
   *
   * @param byKey resolutions by normalised key
   * @param other gives {@link #name} of text that is not ASCII, {@link #nameOfKey} or the same
   *     answers (from a cache, say)
   */
  public NameIndex(Map<String, Resolution> byKey, Function<String, Resolution> other) {
    this.other = other;
    int size = Integer.highestOneBit(Math.max(4, byKey.size() * 2 - 1)) << 1;
    keys = new String[size];
    hashes = new int[size];
    values = new Resolution[size];
    asAlias = new Resolution[size];
    mask = size - 1;
    byKey.forEach((key, r) -> {
      int h = key.hashCode();
      int slot = h & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = key;
      hashes[slot] = h;
      values[slot] = r;
      asAlias[slot] = new Resolution(r.source(), Match.ALIAS);
    });
  }

  /**
   * The name or alias the text {@code s[start, end)} resolves to, as {@code resolveExact} would
   * resolve it, or null: no such name or alias (it may still be a domain), an empty key, or a name
   * hiding invisible characters.
   *
   * @param s text
   * @param start first index
   * @param end index past the name
   * @return the resolution, or null
   */
  public Resolution name(CharSequence s, int start, int end) {
    // one pass over ASCII text hashes its key: from the first to the last letter or digit, controls
    // dropped, runs of space as one space, lowercased, the backtick as an apostrophe (what
    // Names.normalize does on ASCII); the state after each letter or digit is kept, since the key
    // ends at the last one
    int first = -1;
    int last = -1;
    int hash = 0;
    int afterThe = 0;
    int length = 0;
    boolean the = true;
    boolean space = false;
    int keyHash = 0;
    int keyAfterThe = 0;
    int keyLength = 0;
    boolean keyThe = false;
    for (int k = start; k < end; k++) {
      char c = s.charAt(k);
      if (c >= 0x80) {
        return nonAscii(s, start, end);
      }
      boolean alnum = isAlnum(c);
      if (first < 0) {
        if (!alnum) {
          continue;
        }
        first = k;
      }
      if (isSpace(c)) {
        space = true;
        continue;
      }
      if (isControl(c)) {
        continue;
      }
      if (space) {
        the &= length >= 3; // "the " has its space at 3
        afterThe = length >= 4 ? 31 * afterThe + ' ' : afterThe;
        hash = 31 * hash + ' ';
        length++;
        space = false;
      }
      char x = lower(c);
      the &= length >= 4 || x == "the ".charAt(length);
      afterThe = length >= 4 ? 31 * afterThe + x : afterThe;
      hash = 31 * hash + x;
      length++;
      if (alnum) {
        last = k;
        keyHash = hash;
        keyAfterThe = afterThe;
        keyLength = length;
        keyThe = the;
      }
    }
    if (first < 0) {
      return null; // an empty key
    }
    int slot = find(keyHash, keyLength, s, first, last, 0);
    if (slot >= 0) {
      return values[slot];
    }
    if (keyThe && keyLength > 4) {
      slot = find(keyAfterThe, keyLength - 4, s, first, last, 4);
      if (slot >= 0) {
        return asAlias[slot];
      }
    }
    return null;
  }

  /**
   * {@link #name} of text that is not ASCII: by its key written into a buffer when each character
   * has a known key on its own, else by {@link #other}.
   */
  private Resolution nonAscii(CharSequence s, int start, int end) {
    KeyBuffer key = end - start <= MAX_SHARED_KEY ? KEYS.get() : new KeyBuffer(end - start);
    if (!key.read(s, start, end)) {
      return other.apply(s.subSequence(start, end).toString());
    }
    if (key.length() == 0) {
      return null;
    }
    Resolution r = null;
    int slot = find(key, 0);
    if (slot >= 0) {
      r = values[slot];
    } else if (key.length() > 4 && key.startsWith("the ")) {
      slot = find(key, 4);
      if (slot >= 0) {
        r = asAlias[slot];
      }
    }
    return r != null && key.mayHideCharacters() && KeyBuffer.hasHiddenCharacters(s, start, end) ? null : r;
  }

  /** The slot of the key in the buffer less its first {@code skip} characters, or -1. */
  private int find(KeyBuffer key, int skip) {
    int hash = key.hash(skip);
    for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && key.equalsFrom(skip, keys[slot])) {
        return slot;
      }
    }
    return -1;
  }

  /**
   * {@link #name} by the key, for any text.
   *
   * @param text any text
   * @return the name or alias resolution, or null
   */
  public Resolution nameOfKey(String text) {
    String key = Names.normalize(text);
    if (key.isEmpty() || Names.hasHiddenCharacters(text)) {
      return null;
    }
    int slot = find(key, 0);
    if (slot >= 0) {
      return values[slot];
    }
    if (key.startsWith("the ")) {
      slot = find(key, 4);
      if (slot >= 0) {
        return asAlias[slot];
      }
    }
    return null;
  }

  /** The slot of the key {@code key.substring(from)}, or -1. */
  private int find(String key, int from) {
    int hash = 0;
    for (int k = from; k < key.length(); k++) {
      hash = 31 * hash + key.charAt(k);
    }
    int length = key.length() - from;
    for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && keys[slot].length() == length && keys[slot].regionMatches(0, key, from, length)) {
        return slot;
      }
    }
    return -1;
  }

  /** The slot of the ASCII key of {@code s[first, last]} less its first {@code skip} characters, or -1. */
  private int find(int hash, int length, CharSequence s, int first, int last, int skip) {
    for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
      if (hashes[slot] == hash && keys[slot].length() == length && keyEquals(keys[slot], s, first, last, skip)) {
        return slot;
      }
    }
    return -1;
  }

  /** Whether the ASCII key of {@code s[first, last]}, less its first {@code skip} characters, is {@code key}. */
  private static boolean keyEquals(String key, CharSequence s, int first, int last, int skip) {
    int at = -skip; // index into key of the next key character
    boolean space = false;
    for (int k = first; k <= last; k++) {
      char c = s.charAt(k);
      if (isSpace(c)) {
        space = true;
        continue;
      }
      if (isControl(c)) {
        continue;
      }
      if (space) {
        if (at >= 0 && key.charAt(at) != ' ') {
          return false;
        }
        at++;
        space = false;
      }
      if (at >= 0 && key.charAt(at) != lower(c)) {
        return false;
      }
      at++;
    }
    return at == key.length();
  }

  private static char lower(char c) {
    if (c >= 'A' && c <= 'Z') {
      return (char) (c + ('a' - 'A'));
    }
    return c == '`' ? '\'' : c;
  }

  private static boolean isAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /** White space for {@link Names#normalize}, on ASCII. */
  private static boolean isSpace(char c) {
    return KeyBuffer.isAsciiSpace(c);
  }

  private static boolean isControl(char c) {
    return c < 0x20 || c == 0x7F;
  }
}
