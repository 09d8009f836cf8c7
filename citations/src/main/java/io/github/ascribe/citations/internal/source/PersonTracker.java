package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.Source;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.text.Names;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The people one article has named so far: the last one, for "he" and "she", and each by surname,
 * for "Okafor said" after "Dr. Amara Okafor". Made for one article and dropped after it; not
 * thread-safe.
 */
final class PersonTracker {

  /** The source of each person named in the article, by name. */
  private final Map<String, Source> byName = new HashMap<>();
  /** The first person named with each surname, by the surname's key. */
  private final Map<String, Source> bySurname = new HashMap<>();
  private Source last;
  /** Where the article named {@link #last} last, or null. */
  private Span lastSpan;

  /** @return {@code Source.person(name)}, made once per name in the article */
  Source named(String name) {
    return byName.computeIfAbsent(name, Source::person);
  }

  /**
   * Notes that the article names person {@code p} at {@code where}: the latest person, known by
   * surname from now on.
   */
  void mention(Source p, Span where) {
    last = p;
    lastSpan = where;
    bySurname.putIfAbsent(Names.normalize(lastWord(p.name())), p);
  }

  /** @return the person the article named last, or null */
  Source last() {
    return last;
  }

  /** @return where the article named the person it named last, or null */
  Span lastSpan() {
    return lastSpan;
  }

  /** @return the first person named with this surname key, or null */
  Source bySurname(String key) {
    return bySurname.get(key.toLowerCase(Locale.ROOT));
  }

  /** The last word of a name: what follows its last space, trailing spaces left out; "" for spaces alone. */
  static String lastWord(String name) {
    String[] words = name.split(" ");
    return words.length == 0 ? "" : words[words.length - 1];
  }
}
