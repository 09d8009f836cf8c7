package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.text.Names;

/**
 * What the prose finders remember across one article, so that a word or name met again is not
 * copied, normalised or looked up again: the normalised key of each word and phrase, the text of
 * phrases, the registry's answer for each capitalised phrase, and the people named. Every remembered value is a function of the text alone. Not
 * thread-safe: one per article being read.
 */
final class ArticleMemo {

  private final RangeMemo<String> keys = new RangeMemo<>();
  /** Keys of phrases of more than one word, apart from the words' so that neither pushes the other out. */
  private final RangeMemo<String> phraseKeys = new RangeMemo<>();
  private final RangeMemo<String> texts = new RangeMemo<>();
  /** Registry answers, kept by {@link SourcePhrases} as it sees fit. */
  final RangeMemo<Object> registry = new RangeMemo<>();
  /** People named by two words with one space between, by that text. */
  final RangeMemo<io.github.ascribe.core.Source> people = new RangeMemo<>();

  /**
   * The key of {@code s[start, end)}.
   *
   * @param s the text
   * @param start first index
   * @param end index past the last
   * @return {@code Names.normalize(s.substring(start, end))}
   */
  String key(String s, int start, int end) {
    return key(keys, s, start, end);
  }

  /**
   * The key of a phrase {@code s[start, end)}, remembered apart from the keys of words.
   *
   * @return {@code Names.normalize(s.substring(start, end))}
   */
  String phraseKey(String s, int start, int end) {
    return key(phraseKeys, s, start, end);
  }

  private static String key(RangeMemo<String> memo, String s, int start, int end) {
    String key = memo.get(s, start, end);
    if (key == null) {
      String w = s.substring(start, end);
      key = Names.normalize(w);
      memo.put(w, key);
    }
    return key;
  }

  /**
   * The text of {@code s[start, end)}: a string made for the same text before, or a new one.
   *
   * @return a string equal to {@code s.substring(start, end)}
   */
  String text(String s, int start, int end) {
    String text = texts.get(s, start, end);
    if (text == null) {
      text = s.substring(start, end);
      texts.put(text, text);
    }
    return text;
  }
}
