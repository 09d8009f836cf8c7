package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.Match;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.Set;

/**
 * Whether a phrase names a person: a title and a name ({@code Dr. Amara Okafor}, {@code the
 * minister}), a given name and a surname, or a surname the article named before. Immutable;
 * thread-safe: the people an article named live in its {@link PersonTracker}.
 */
final class PersonNames {

  private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "these", "those", "it", "they",
      "we", "i", "you", "there", "here", "but", "and", "or", "so", "yet", "however", "meanwhile", "also", "still",
      "then", "now", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "unfortunately", "although", "while", "when", "after", "before", "as", "if", "in",
      "on", "at", "for", "with", "despite", "during", "since", "notable", "international", "both");
  /** The most words a person title has ("US Secretary of State"). */
  private static final int TITLE_WORDS = 4;

  private final SourceRegistry registry;
  private final Lexicon lexicon;

  PersonNames(SourceRegistry registry, Lexicon lexicon) {
    this.registry = registry;
    this.lexicon = lexicon;
  }

  /** The person named by words {@code [a, b)}, its span theirs, or null. */
  SourcePhrases.Found person(WordTokens w, int a, int b, PersonTracker people) {
    // a leading title ("US Secretary of State", "President", "Mr.") is no part of the name
    int nameStart = a;
    for (int i = a; i < b; i++) {
      for (int len = Math.min(TITLE_WORDS, b - i); len >= 1; len--) {
        if (w.keyIn(lexicon.personTitles(), i, i + len)) {
          nameStart = Math.max(nameStart, i + len);
        }
      }
    }
    boolean titled = nameStart > a;
    int n = b - nameStart;
    Span span = Span.of(w.start(a), w.end(b - 1));
    if (n == 0 && titled && b - a <= TITLE_WORDS) {
      if (w.keyIs(a, "the") || w.keyIs(a, "a") || w.keyIs(a, "an") || w.keyIn(lexicon.personTitles(), a, b)) {
        // "the minister said", "a spokeswoman said": a person, not named
        return new SourcePhrases.Found(people.named(w.phrase(a, b)), span, Match.UNRESOLVED);
      }
    }
    if (n < 1 || n > 4) {
      return null;
    }
    for (int i = nameStart; i < b; i++) {
      if (!w.word(i) || !w.startsUpper(i) || NOT_NAMES.contains(w.key(i))) {
        return null;
      }
    }
    if (w.keyIn(lexicon.places(), nameStart, b) || registry.resolveExact(w.phrase(nameStart, b)).isPresent()) {
      return null; // a place or an outlet, not a person
    }
    if (titled || (n >= 2 && lexicon.isFirstName(w.key(nameStart)))) {
      return mentioned(w.phrase(nameStart, b), span, Span.of(w.start(nameStart), w.end(b - 1)), people);
    }
    if (n == 1) {
      Source known = people.bySurname(w.phraseKey(nameStart, b));
      if (known != null) {
        return new SourcePhrases.Found(known, span, Match.UNRESOLVED);
      }
    }
    if (n >= 2 && n <= 3) {
      return mentioned(w.phrase(nameStart, b), span, Span.of(w.start(nameStart), w.end(b - 1)), people);
    }
    return null;
  }

  private static SourcePhrases.Found mentioned(String name, Span span, Span nameSpan, PersonTracker people) {
    Source p = people.named(name);
    people.mention(p, nameSpan);
    return new SourcePhrases.Found(p, span, Match.UNRESOLVED);
  }

  /** Notes the people a sentence names by a given name and a surname, for later surnames and pronouns. */
  void notePeople(WordTokens w, PersonTracker people) {
    for (int i = 0; i + 1 < w.size(); i++) {
      if (w.word(i) && w.word(i + 1) && w.startsUpper(i) && w.startsUpper(i + 1) && lexicon.isFirstName(w.key(i))
          && !NOT_NAMES.contains(w.key(i + 1)) && !w.keyIn(lexicon.places(), i + 1, i + 2)) {
        people.mention(people.named(w.text(i) + " " + w.text(i + 1)), Span.of(w.start(i), w.end(i + 1)));
      }
    }
  }
}
