package io.github.ascribe.nlp.internal;

import java.util.Locale;

/**
 * A range of text as tagged tokens: each token's span, word, lower-cased word and Universal
 * Dependencies part of speech. Immutable.
 *
 * <pre>{@code
 * Tagged t = new Tagged(text, tokens, tags);
 * t.is(3, "VERB");       // the fourth token is a verb
 * }</pre>
 */
public final class Tagged {

  private final String text;
  private final Tokens tokens;
  private final String[] words;
  private final String[] lower;
  private final String[] tags;

  /**
   * Tagged tokens.
   *
   * @param text the whole text
   * @param tokens its tokens in the range
   * @param words the tokens' words
   * @param tags one tag per token
   */
  public Tagged(String text, Tokens tokens, String[] words, String[] tags) {
    if (tags.length != tokens.size() || words.length != tokens.size()) {
      throw new IllegalArgumentException("one tag and word per token: " + tokens.size() + " tokens, " + tags.length
          + " tags");
    }
    this.text = text;
    this.tokens = tokens;
    this.words = words.clone();
    this.tags = new String[tags.length];
    for (int i = 0; i < tags.length; i++) {
      // a contraction's tag names both words (German "am", French "du": ADP+DET); the first one counts
      int plus = tags[i].indexOf('+');
      this.tags[i] = plus > 0 ? tags[i].substring(0, plus) : tags[i];
    }
    this.lower = new String[words.length];
    for (int i = 0; i < words.length; i++) {
      lower[i] = words[i].toLowerCase(Locale.ROOT).replace('’', '\'');
    }
  }

  /** @return the whole text */
  public String text() {
    return text;
  }

  /** @return the number of tokens */
  public int size() {
    return tags.length;
  }

  /** @param i a token @return its first index in the text */
  public int start(int i) {
    return tokens.start(i);
  }

  /** @param i a token @return the index past its last character */
  public int end(int i) {
    return tokens.end(i);
  }

  /** @param i a token @return its word */
  public String word(int i) {
    return words[i];
  }

  /** @param i a token @return its word in lower case (root locale) */
  public String lower(int i) {
    return lower[i];
  }

  /** @param i a token @return its tag */
  public String tag(int i) {
    return tags[i];
  }

  /**
   * Whether token {@code i} exists and has one of the tags.
   *
   * @param i a token index, possibly out of range
   * @param anyOf tags
   * @return true if it has one of them
   */
  public boolean is(int i, String... anyOf) {
    if (i < 0 || i >= tags.length) {
      return false;
    }
    for (String t : anyOf) {
      if (tags[i].equals(t)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token {@code i} exists and is one of the words (lower case).
   *
   * @param i a token index, possibly out of range
   * @param anyOf words in lower case
   * @return true if it is one of them
   */
  public boolean isWord(int i, String... anyOf) {
    if (i < 0 || i >= tags.length) {
      return false;
    }
    for (String w : anyOf) {
      if (lower[i].equals(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether token {@code i} starts with an upper-case letter.
   *
   * @param i a token
   * @return true if capitalised
   */
  public boolean capitalised(int i) {
    return i >= 0 && i < tags.length && Character.isUpperCase(words[i].codePointAt(0));
  }
}
