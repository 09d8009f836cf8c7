package io.github.ascribe.citations.internal;

import io.github.ascribe.core.Match;
import io.github.ascribe.core.MatchKind;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.registry.SourceRegistry;
import io.github.ascribe.core.text.Names;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a phrase names a source, and what kind: a registry outlet or agency, a person, an
 * organisation or an anonymous source. Phrases come from around reporting verbs and cue phrases.
 * Immutable; thread-safe.
 */
final class SourcePhrases {

  /** What a phrase was found to be. */
  record Found(Source source, Span span, Match match) {}

  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "some", "several", "many", "few", "other",
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "multiple", "various", "numerous",
      "most", "more", "no", "any", "another", "both", "all", "senior", "top", "former", "current", "unnamed",
      "anonymous", "their", "his", "her", "its", "our", "local", "western", "foreign", "military", "government",
      "administration", "intelligence", "security", "diplomatic", "police", "company", "industry", "party",
      "european", "american", "russian", "ukrainian", "chinese", "israeli", "iranian", "turkish", "british", "french",
      "german", "us", "u.s.", "u.s", "uk", "eu", "un");
  private static final Set<String> PRONOUNS = Set.of("he", "she");
  private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "this", "that", "these", "those", "it", "they",
      "we", "i", "you", "there", "here", "but", "and", "or", "so", "yet", "however", "meanwhile", "also", "still",
      "then", "now", "today", "yesterday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "unfortunately", "although", "while", "when", "after", "before", "as", "if", "in",
      "on", "at", "for", "with", "despite", "during", "since", "notable", "international", "both");
  private static final List<String> ELISIONS = List.of("l'", "l’", "d'", "d’");

  /** How far back "the newspaper" looks for the outlet it refers to, in UTF-16 units. */
  static final int LOOKBACK = 2000;

  private final SourceRegistry registry;
  private final Lexicon lexicon;

  SourcePhrases(SourceRegistry registry, Lexicon lexicon) {
    this.registry = registry;
    this.lexicon = lexicon;
  }

  /**
   * Classifies words {@code [a, b)}; if nothing is found, drops words from the left (for subjects
   * found by reading backwards) or from the right (for phrases read forwards) and tries again.
   */
  Found classify(String s, List<Words.W> w, int a, int b, boolean trimLeft, Context ctx) {
    if (a >= b) {
      return null;
    }
    Found media = registryInside(s, w, a, b);
    if (media != null) {
      return media;
    }
    for (int k = 0; k < b - a; k++) {
      int from = trimLeft ? a + k : a;
      int to = trimLeft ? b : b - k;
      Found f = classifyExactly(s, w, from, to, ctx);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /** The longest capitalised (or domain-like) word sequence inside [a, b) that is a registry name. */
  Found registryInside(String s, List<Words.W> w, int a, int b) {
    int maxWords = registry.maxNameWords();
    for (int len = Math.min(maxWords, b - a); len >= 1; len--) {
      for (int i = a; i + len <= b; i++) {
        if (!w.get(i).word() || !w.get(i + len - 1).word()) {
          continue;
        }
        int start = w.get(i).start();
        int end = w.get(i + len - 1).end();
        String text = stripElision(s.substring(start, end));
        int shift = (end - start) - text.length();
        if (!startsUpper(text) && text.indexOf('.') < 0) {
          continue;
        }
        Optional<Resolution> r = registry.resolveExact(text);
        if (r.isPresent() && r.get().source().isMedia()) {
          if (len == 1 && lexicon.isPlace(Names.normalize(text))) {
            continue; // "Dawn", "Time": a one-word place-or-outlet is not taken inside prose
          }
          if (len == 1 && text.endsWith(".") && lexicon.personTitles().contains(Names.normalize(text))) {
            continue; // "Dr. Okafor": a title, not the broadcaster DR
          }
          return new Found(r.get().source(), Span.of(start + shift, end), r.get().match());
        }
        if (r.isEmpty() && registry.confusable(text).isPresent()) {
          // a look-alike of an outlet: reported, never counted as the outlet
          return new Found(Source.unknown(Names.display(text)), Span.of(start + shift, end), Match.CONFUSABLE);
        }
      }
    }
    return null;
  }

  /** The last capitalised registry outlet named in {@code [from, to)}, or null. */
  Found lastRegistryName(String s, int from, int to) {
    List<Words.W> w = Words.split(s, Math.max(from, to - LOOKBACK), to);
    int maxWords = registry.maxNameWords();
    for (int end = w.size(); end > 0; end--) {
      for (int len = Math.min(maxWords, end); len >= 1; len--) {
        int i = end - len;
        if (!w.get(i).word() || !w.get(end - 1).word() || !startsUpper(Words.text(s, w.get(i)))) {
          continue;
        }
        int a = w.get(i).start();
        int b = w.get(end - 1).end();
        Optional<Resolution> r = registry.resolveExact(s.substring(a, b));
        if (r.isPresent() && r.get().source().isMedia()) {
          return new Found(r.get().source(), Span.of(a, b), r.get().match());
        }
      }
    }
    return null;
  }

  /** Index of the first word that starts a capitalised registry name in [a, b), or -1. */
  int firstRegistryWord(String s, List<Words.W> w, int a, int b) {
    int maxWords = registry.maxNameWords();
    for (int i = a; i < b; i++) {
      if (!w.get(i).word() || !startsUpper(Words.text(s, w.get(i)))) {
        continue;
      }
      for (int len = Math.min(maxWords, b - i); len >= 1; len--) {
        if (!w.get(i + len - 1).word()) {
          continue;
        }
        Optional<Resolution> r = registry.resolveExact(s.substring(w.get(i).start(), w.get(i + len - 1).end()));
        if (r.isPresent() && r.get().source().isMedia()) {
          return i;
        }
      }
    }
    return -1;
  }

  private Found classifyExactly(String s, List<Words.W> w, int a, int b, Context ctx) {
    if (!w.get(a).word() || !w.get(b - 1).word()) {
      return null;
    }
    int start = w.get(a).start();
    int end = w.get(b - 1).end();
    String phrase = s.substring(start, end);
    String key = Names.normalize(phrase);
    Span span = Span.of(start, end);
    int n = b - a;
    // pronouns: the latest person named before, else the pronoun itself
    if (n == 1 && PRONOUNS.contains(key)) {
      Source last = ctx.lastPerson();
      return new Found(last != null ? last : Source.person(key), span, Match.UNRESOLVED);
    }
    // anonymous sources
    if (startsWithAnonymousPhrase(key)) {
      return new Found(Source.anonymous(phrase), span, Match.UNRESOLVED);
    }
    int head = -1;
    for (int i = a; i < b && i < a + 5; i++) {
      String k = Names.normalize(Words.text(s, w.get(i)));
      if (lexicon.anonymousNouns().contains(k)) {
        head = i;
        break;
      }
      if (!DETERMINERS.contains(k) && !(startsUpper(Words.text(s, w.get(i))) && lexicon.isPlace(k))) {
        break;
      }
    }
    if (head >= 0 && !namedAfter(s, w, head + 1, b)) {
      String first = Names.normalize(Words.text(s, w.get(a)));
      if (!first.equals("the") || head > a + 1 || b - a > 2) {
        return new Found(Source.anonymous(phrase), span, Match.UNRESOLVED);
      }
    }
    // organisations: "the ministry", "Russia's foreign ministry", "NATO"
    Found org = organization(s, w, a, b, phrase, key, span);
    if (org != null) {
      return org;
    }
    // people: title + name, first name + surname, a surname seen before
    return person(s, w, a, b, ctx);
  }

  /**
   * Whether the key is an anonymous-source phrase or starts with one followed by a space: the key
   * itself or one of its prefixes that end before a space is in the set (a look-up per word, not a
   * pass over the whole list).
   */
  private boolean startsWithAnonymousPhrase(String key) {
    Set<String> phrases = lexicon.anonymousPhrases();
    if (phrases.contains(key)) {
      return true;
    }
    for (int i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) {
      if (phrases.contains(key.substring(0, i))) {
        return true;
      }
    }
    return false;
  }

  /** A capitalised word right after the head noun names someone: "aide Vladimir Medinsky" is not anonymous. */
  private static boolean namedAfter(String s, List<Words.W> w, int from, int b) {
    return from < b && w.get(from).word() && startsUpper(Words.text(s, w.get(from)));
  }

  private Found organization(String s, List<Words.W> w, int a, int b, String phrase, String key, Span span) {
    String first = Names.normalize(Words.text(s, w.get(a)));
    for (int len = Math.min(3, b - a); len >= 1; len--) {
      String tail = Names.normalize(s.substring(w.get(b - len).start(), w.get(b - 1).end()));
      if (!lexicon.organizationNouns().contains(tail)) {
        continue;
      }
      boolean acronym = len == 1 && isAllCaps(Words.text(s, w.get(b - 1)));
      boolean definite = first.equals("the") || Words.text(s, w.get(a)).endsWith("'s")
          || Words.text(s, w.get(a)).endsWith("’s") || startsUpper(Words.text(s, w.get(a)));
      if (tail.equals("who") && !isAllCaps(Words.text(s, w.get(b - 1)))) {
        continue; // the relative pronoun, not the World Health Organization
      }
      if (acronym || (definite && b - a <= 5)) {
        return new Found(Source.organization(phrase), span, Match.UNRESOLVED);
      }
    }
    if (b - a <= 3 && startsUpper(phrase) && lexicon.isPlace(key)) {
      return new Found(Source.organization(phrase), span, Match.UNRESOLVED); // "Russia said": its government
    }
    return null;
  }

  private Found person(String s, List<Words.W> w, int a, int b, Context ctx) {
    // skip a leading title ("US Secretary of State", "President", "Mr.")
    int nameStart = a;
    for (int i = a; i < b; i++) {
      for (int len = Math.min(4, b - i); len >= 1; len--) {
        String t = Names.normalize(s.substring(w.get(i).start(), w.get(i + len - 1).end()));
        if (lexicon.personTitles().contains(t)) {
          nameStart = Math.max(nameStart, i + len);
        }
      }
    }
    boolean titled = nameStart > a;
    int n = b - nameStart;
    if (n == 0 && titled && b - a <= 4) {
      String first = Names.normalize(Words.text(s, w.get(a)));
      if (first.equals("the") || first.equals("a") || first.equals("an") || titleOnly(s, w, a, b)) {
        // "the minister said", "a spokeswoman said": a person, not named
        return new Found(Source.person(s.substring(w.get(a).start(), w.get(b - 1).end())),
            Span.of(w.get(a).start(), w.get(b - 1).end()), Match.UNRESOLVED);
      }
    }
    if (n < 1 || n > 4) {
      return null;
    }
    for (int i = nameStart; i < b; i++) {
      String word = Words.text(s, w.get(i));
      if (!w.get(i).word() || !startsUpper(word) || NOT_NAMES.contains(Names.normalize(word))) {
        return null;
      }
    }
    String name = s.substring(w.get(nameStart).start(), w.get(b - 1).end());
    String key = Names.normalize(name);
    if (lexicon.isPlace(key) || registry.resolveExact(name).isPresent()) {
      return null;
    }
    String firstWord = Names.normalize(Words.text(s, w.get(nameStart)));
    Span span = Span.of(w.get(a).start(), w.get(b - 1).end());
    if (titled || (n >= 2 && lexicon.isFirstName(firstWord))) {
      Source p = Source.person(name);
      ctx.person(p);
      return new Found(p, span, Match.UNRESOLVED);
    }
    if (n == 1) {
      Source known = ctx.personBySurname(key);
      if (known != null) {
        return new Found(known, span, Match.UNRESOLVED);
      }
    }
    if (n >= 2 && n <= 3) {
      Source p = Source.person(name);
      ctx.person(p);
      return new Found(p, span, Match.UNRESOLVED);
    }
    return null;
  }

  private boolean titleOnly(String s, List<Words.W> w, int a, int b) {
    return lexicon.personTitles().contains(Names.normalize(s.substring(w.get(a).start(), w.get(b - 1).end())));
  }

  /** The longest anonymous-source phrase from the lexicon ending exactly at word {@code end}, as [start, end), or -1. */
  int anonymousPhraseEndingAt(String s, List<Words.W> w, int end) {
    for (int len = Math.min(8, end); len >= 2; len--) {
      int start = end - len;
      if (!w.get(start).word()) {
        continue;
      }
      String key = Names.normalize(s.substring(w.get(start).start(), w.get(end - 1).end()));
      if (lexicon.anonymousPhrases().contains(key)) {
        return start;
      }
    }
    return -1;
  }

  /** Registers people named anywhere in a sentence (title + name, first name + surname) for later references. */
  void notePeople(String s, List<Words.W> w, Context ctx) {
    for (int i = 0; i + 1 < w.size(); i++) {
      if (!w.get(i).word() || !w.get(i + 1).word()) {
        continue;
      }
      String first = Words.text(s, w.get(i));
      String second = Words.text(s, w.get(i + 1));
      if (startsUpper(first) && startsUpper(second) && lexicon.isFirstName(Names.normalize(first))
          && !NOT_NAMES.contains(Names.normalize(second)) && !lexicon.isPlace(Names.normalize(second))) {
        ctx.person(Source.person(first + " " + second));
      }
    }
  }

  static String stripElision(String text) {
    for (String e : ELISIONS) {
      if (text.length() > e.length() + 1 && text.regionMatches(true, 0, e, 0, e.length())) {
        return text.substring(e.length());
      }
    }
    return text;
  }

  static boolean startsUpper(String text) {
    return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
  }

  private static boolean isAllCaps(String text) {
    boolean letter = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }

  /** Per-article memory of people named so far, for pronouns and surnames. */
  static final class Context {
    private final java.util.Map<String, Source> bySurname = new java.util.HashMap<>();
    private Source lastPerson;

    void person(Source p) {
      lastPerson = p;
      String[] parts = p.name().split(" ");
      bySurname.putIfAbsent(Names.normalize(parts[parts.length - 1]), p);
    }

    Source lastPerson() {
      return lastPerson;
    }

    Source personBySurname(String key) {
      return bySurname.get(key.toLowerCase(Locale.ROOT));
    }
  }

  static boolean isMediaMatch(Found f) {
    return f != null && f.source().isMedia() && f.match().kind() != MatchKind.UNRESOLVED;
  }
}
