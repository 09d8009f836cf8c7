package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.Match;
import io.github.ascribe.core.MatchKind;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.registry.SourceRegistry;
import io.github.ascribe.core.text.Names;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a phrase names a source, and what kind: a registry outlet or agency, a person, an
 * organisation or an anonymous source. Phrases come from around reporting verbs and cue phrases.
 * Holds only configuration: immutable and thread-safe; what an article has named so far lives in a
 * {@link Context} made for that article.
 *
 * <pre>{@code
 * SourcePhrases phrases = new SourcePhrases(SourceRegistry.bundled(), Lexicon.get());
 * SourcePhrases.Context ctx = new SourcePhrases.Context();
 * WordTokens w = ctx.words(text, sentenceStart, sentenceEnd);
 * SourcePhrases.Found f = phrases.classify(w, 0, 3, true, ctx);
 * }</pre>
 */
public final class SourcePhrases {

  /** What a phrase was found to be: the source, the text naming it, and how it matched. */
  public record Found(Source source, Span span, Match match) {}

  private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "some", "several", "many", "few", "other",
      "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "multiple", "various", "numerous",
      "most", "more", "no", "any", "another", "both", "all", "senior", "top", "former", "current", "unnamed",
      "anonymous", "their", "his", "her", "its", "our", "local", "western", "foreign", "military", "government",
      "administration", "intelligence", "security", "diplomatic", "police", "company", "industry", "party",
      "european", "american", "russian", "ukrainian", "chinese", "israeli", "iranian", "turkish", "british", "french",
      "german", "us", "u.s.", "u.s", "uk", "eu", "un");
  private static final Set<String> PRONOUNS = Set.of("he", "she");

  /** How far back, in UTF-16 units, "the company" looks for the organisation it stands for. */
  private static final int ANTECEDENT_REACH = 1_500;
  /** How far back "the newspaper" looks for the outlet it refers to, in UTF-16 units. */
  static final int LOOKBACK = 2000;

  private final SourceRegistry registry;
  private final Lexicon lexicon;
  private final PersonNames people;
  private final OrganisationNames organisations;

  /**
   * Phrase rules over a registry and word lists.
   *
   * @param registry the outlets and agencies names resolve against
   * @param lexicon the word lists
   */
  public SourcePhrases(SourceRegistry registry, Lexicon lexicon) {
    this.registry = registry;
    this.lexicon = lexicon;
    this.people = new PersonNames(registry, lexicon);
    this.organisations = new OrganisationNames(lexicon);
  }

  /**
   * Classifies words {@code [a, b)}; if nothing is found, drops words from the left (for subjects
   * found by reading backwards) or from the right (for phrases read forwards) and tries again.
   */
  Found classify(WordTokens w, int a, int b, boolean trimLeft, Context ctx) {
    if (a >= b) {
      return null;
    }
    Found media = registryInside(w, a, b, ctx);
    if (media != null) {
      return media;
    }
    for (int k = 0; k < b - a; k++) {
      int from = trimLeft ? a + k : a;
      int to = trimLeft ? b : b - k;
      Found f = classifyExactly(w, from, to, ctx);
      if (f != null) {
        return f;
      }
    }
    return null;
  }

  /** The longest capitalised (or domain-like) word sequence inside [a, b) that is a registry name. */
  Found registryInside(WordTokens w, int a, int b, Context ctx) {
    String s = w.text();
    for (int len = Math.min(registry.maxNameWords(), b - a); len >= 1; len--) {
      for (int i = a; i + len <= b; i++) {
        if (!w.word(i) || !w.word(i + len - 1)) {
          continue;
        }
        int start = w.start(i);
        int end = w.end(i + len - 1);
        int shift = Words.elisionLength(s, start, end);
        // a name is capitalised, or holds a period as a domain does
        if (!Character.isUpperCase(WordTokens.codePointAt(s, start + shift, end)) && !w.hasPeriod(i, i + len)) {
          continue;
        }
        String text = s.substring(start + shift, end);
        RegistryAnswer answer = ctx.registryAnswers.computeIfAbsent(text, this::registryAnswer);
        Resolution r = answer.resolution();
        if (r != null && r.source().isMedia()) {
          if (len == 1 && lexicon.isPlace(shift == 0 ? w.key(i) : Names.normalize(text))) {
            continue; // "Dawn", "Time": a one-word place-or-outlet is not taken inside prose
          }
          if (len == 1 && s.charAt(end - 1) == '.' && lexicon.personTitles().contains(Names.normalize(text))) {
            continue; // "Dr. Okafor": a title, not the broadcaster DR
          }
          return new Found(r.source(), Span.of(start + shift, end), r.match());
        }
        if (answer.confusable()) {
          // a look-alike of an outlet: reported, never counted as the outlet
          return new Found(Source.unknown(Names.display(text)), Span.of(start + shift, end), Match.CONFUSABLE);
        }
      }
    }
    return null;
  }

  /** What the registry says about a text: its exact resolution, and if none, whether it imitates a name. */
  private RegistryAnswer registryAnswer(String text) {
    Optional<Resolution> r = registry.resolveExact(text);
    if (r.isPresent()) {
      return new RegistryAnswer(r.get(), false);
    }
    return new RegistryAnswer(null, registry.confusable(text).isPresent());
  }

  /** The registry's exact resolution of a text (or null), and if there is none, whether the text imitates a name. */
  private record RegistryAnswer(Resolution resolution, boolean confusable) {}

  /**
   * The last capitalised registry outlet named in {@code [from, to)}, looking back at most {@link
   * #LOOKBACK} units, or null.
   */
  Found lastRegistryName(String s, int from, int to, Context ctx) {
    WordTokens w = WordTokens.of(s, Math.max(from, to - LOOKBACK), to);
    int maxWords = registry.maxNameWords();
    for (int end = w.size(); end > 0; end--) {
      for (int len = Math.min(maxWords, end); len >= 1; len--) {
        int i = end - len;
        if (!w.word(i) || !w.word(end - 1) || !w.startsUpper(i)) {
          continue;
        }
        Optional<Resolution> r = registry.resolveExact(w.phrase(i, end));
        if (r.isPresent() && r.get().source().isMedia()) {
          return new Found(r.get().source(), Span.of(w.start(i), w.end(end - 1)), r.get().match());
        }
      }
    }
    return null;
  }

  /** Index of the first word that starts a capitalised registry name in [a, b), or -1. */
  int firstRegistryWord(WordTokens w, int a, int b) {
    int maxWords = registry.maxNameWords();
    for (int i = a; i < b; i++) {
      if (!w.word(i) || !w.startsUpper(i)) {
        continue;
      }
      for (int len = Math.min(maxWords, b - i); len >= 1; len--) {
        if (!w.word(i + len - 1)) {
          continue;
        }
        Optional<Resolution> r = registry.resolveExact(w.phrase(i, i + len));
        if (r.isPresent() && r.get().source().isMedia()) {
          return i;
        }
      }
    }
    return -1;
  }

  private Found classifyExactly(WordTokens w, int a, int b, Context ctx) {
    if (!w.word(a) || !w.word(b - 1)) {
      return null;
    }
    Span span = Span.of(w.start(a), w.end(b - 1));
    // pronouns: the latest person named before, else the pronoun itself
    if (b - a == 1 && PRONOUNS.contains(w.key(a))) {
      return pronoun(span, w.key(a), ctx);
    }
    // anonymous sources: a listed phrase, or a head noun after determiners and places
    if (startsWithAnonymousPhrase(w, a, b)) {
      return new Found(ctx.anonymous(w.phrase(a, b)), span, Match.UNRESOLVED);
    }
    int head = anonymousHead(w, a, b);
    if (head >= 0 && !namedAfter(w, head + 1, b)) {
      if (!w.keyIs(a, "the") || head > a + 1 || b - a > 2) {
        return new Found(ctx.anonymous(w.phrase(a, b)), span, Match.UNRESOLVED);
      }
    }
    // organisations: "the ministry", "Russia's foreign ministry", "NATO"
    Found org = organization(w, a, b, ctx);
    if (org != null) {
      return org;
    }
    // people: title + name, first name + surname, a surname seen before
    return people.person(w, a, b, ctx.people);
  }

  /**
   * The anonymous-source noun among the first five words of {@code [a, b)} that only determiners
   * and capitalised places come before ("two senior US officials"), or -1.
   */
  private int anonymousHead(WordTokens w, int a, int b) {
    for (int i = a; i < b && i < a + 5; i++) {
      if (lexicon.anonymousNouns().contains(w.key(i))) {
        return i;
      }
      if (!DETERMINERS.contains(w.key(i)) && !(w.startsUpper(i) && w.keyIn(lexicon.places(), i, i + 1))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether the key of words {@code [a, b)} is an anonymous-source phrase or starts with one
   * followed by a space.
   */
  private boolean startsWithAnonymousPhrase(WordTokens w, int a, int b) {
    String key = w.phraseKey(a, b);
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
  private static boolean namedAfter(WordTokens w, int from, int b) {
    return from < b && w.word(from) && w.startsUpper(from);
  }

  /** An organisation named by words {@code [a, b)}, its span theirs, or null. */
  private Found organization(WordTokens w, int a, int b, Context ctx) {
    for (int len = Math.min(3, b - a); len >= 1; len--) {
      if (!w.keyIn(lexicon.organizationNouns(), b - len, b)) {
        continue;
      }
      String tail = w.phraseKey(b - len, b);
      boolean acronym = len == 1 && w.isAllCaps(b - 1);
      boolean definite = w.keyIs(a, "the") || w.endsWith(a, "'s") || w.endsWith(a, "’s") || w.startsUpper(a);
      if (tail.equals("who") && !w.isAllCaps(b - 1)) {
        continue; // the relative pronoun, not the World Health Organization
      }
      if (acronym || (definite && b - a <= 5)) {
        Span span = Span.of(w.start(a), w.end(b - 1));
        if (w.keyIs(a, "the") && b - a <= 3 && !w.startsUpper(b - 1)) {
          // "the company", "the foreign ministry": the organisation named last, if near enough
          Span named = ctx.lastOrganization;
          if (named != null && span.start() - named.end() <= ANTECEDENT_REACH) {
            ctx.noteAntecedent(span.start(), named);
          }
        } else {
          ctx.lastOrganization = span;
        }
        return new Found(ctx.organization(w.phrase(a, b)), span, Match.UNRESOLVED);
      }
    }
    if (organisations.names(w, a, b)) { // "Siemens Energy said", "the Bundeskartellamt found", "selon l'Insee"
      ctx.lastOrganization = Span.of(w.start(a), w.end(b - 1));
      return new Found(ctx.organization(w.phrase(a, b)), ctx.lastOrganization, Match.UNRESOLVED);
    }
    if (b - a <= 3 && w.startsUpper(a) && w.keyIn(lexicon.places(), a, b)) {
      // "Russia said": its government
      return new Found(ctx.organization(w.phrase(a, b)), Span.of(w.start(a), w.end(b - 1)), Match.UNRESOLVED);
    }
    return null;
  }

  /** The longest anonymous-source phrase from the lexicon ending exactly at word {@code end}, as [start, end), or -1. */
  int anonymousPhraseEndingAt(WordTokens w, int end) {
    for (int len = Math.min(8, end); len >= 2; len--) {
      int start = end - len;
      if (w.word(start) && w.keyIn(lexicon.anonymousPhrases(), start, end)) {
        return start;
      }
    }
    return -1;
  }

  /** Registers people named anywhere in a sentence (first name + surname) for later references. */
  void notePeople(WordTokens w, Context ctx) {
    people.notePeople(w, ctx.people);
  }

  /** The person a pronoun at {@code span} stands for: the latest person named before, else the pronoun itself. */
  Found pronoun(Span span, String key, Context ctx) {
    Source last = ctx.people.last();
    if (last != null) {
      ctx.noteAntecedent(span.start(), ctx.people.lastSpan());
    }
    return new Found(last != null ? last : ctx.people.named(key), span, Match.UNRESOLVED);
  }

  /** Whether a phrase was found to be a registry outlet or agency, resolved. */
  static boolean isMediaMatch(Found f) {
    return f != null && f.source().isMedia() && f.match().kind() != MatchKind.UNRESOLVED;
  }

  /**
   * What one article has named so far (people for pronouns and surnames, organisations, anonymous
   * sources) and the registry's answers for the phrases met in it. Made for one article and dropped after
   * it; not thread-safe.
   */
  public static final class Context {
    private final PersonTracker people = new PersonTracker();
    private final Map<String, Source> organizations = new HashMap<>();
    private final Map<String, Source> anonymous = new HashMap<>();
    /** For each pronoun or description read as a source, by its start, where what it stands for was named. */
    private final Map<Integer, Span> antecedents = new HashMap<>();
    /** Where the organisation last read as a source by its name was named, or null. */
    private Span lastOrganization;
    private Span lastGroup; // the organisation or plural last read as a source, or null
    /** The registry's answers for the capitalised phrases of the article, by their text. */
    private final Map<String, RegistryAnswer> registryAnswers = new HashMap<>();
    /** The range last asked of {@link #words}, and its tokens. */
    private String wordsText;
    private int wordsFrom;
    private int wordsTo;
    private WordTokens words;

    /** A context for one article. */
    public Context() {}

    /**
     * The tokens of {@code [from, to)} of {@code s}; asked again for the same range, the same
     * tokens: the corroboration check and the prose finder read a sentence from one token list.
     *
     * @param s the article
     * @param from first index
     * @param to index past the last
     * @return the tokens
     */
    public WordTokens words(String s, int from, int to) {
      if (s != wordsText || from != wordsFrom || to != wordsTo) {
        wordsText = s;
        wordsFrom = from;
        wordsTo = to;
        words = WordTokens.of(s, from, to);
      }
      return words;
    }

    /**
     * The text of a range.
     *
     * @return {@code s.substring(start, end)}
     */
    public String text(String s, int start, int end) {
      return s.substring(start, end);
    }

    /** Notes that the source starting at {@code start} stands for what was named at {@code named}, if that is earlier. */
    void noteAntecedent(int start, Span named) {
      if (named != null && named.end() <= start) {
        antecedents.put(start, named);
      }
    }

    /** @return where what "they" or "it" may stand for was last named (an organisation or group source), or null */
    Span lastOrganizationSpan() {
      return lastGroup == null || lastOrganization != null && lastOrganization.start() > lastGroup.start()
          ? lastOrganization : lastGroup;
    }

    /** Notes a source "they" may stand for: an organisation or a plural ("The federation", "Lawyers"). */
    void noteGroup(Span span) {
      lastGroup = span;
    }

    /** @return where what a pronoun or description source starting at {@code start} stands for was named, or null */
    Span antecedent(int start) {
      return antecedents.get(start);
    }

    /** @return {@code Source.organization(name)}, made once per name in the article */
    Source organization(String name) {
      return organizations.computeIfAbsent(name, Source::organization);
    }

    /** @return {@code Source.anonymous(description)}, made once per description in the article */
    Source anonymous(String description) {
      return anonymous.computeIfAbsent(description, Source::anonymous);
    }
  }
}
