package io.github.ascribe.citations.internal;

import io.github.ascribe.core.text.Names;

/**
 * What the prose finders remember across one article, so that a word or name met again is not
 * copied, normalised or looked up again: the normalised key of each word, the registry's answer for
 * each capitalised phrase, and the people named. Every remembered value is a function of the text alone. Not
 * thread-safe: one per article being read.
 */
final class ArticleMemo {

  private final RangeMemo<String> keys = new RangeMemo<>();
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
    String key = keys.get(s, start, end);
    if (key == null) {
      String w = s.substring(start, end);
      key = Names.normalize(w);
      keys.put(w, key);
    }
    return key;
  }
}
