package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.Match;
import io.github.ascribe.core.MatchKind;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.registry.SourceRegistry;
import io.github.ascribe.core.text.Names;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a phrase names a source, and what kind: a registry outlet or agency, a person, an
 * organisation or an anonymous source. Phrases come from around reporting verbs and cue phrases.
 * Immutable; thread-safe.
 */
public final class SourcePhrases {

  /** What a phrase was found to be. */
  public record Found(Source source, Span span, Match match) {}

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
  private static final KeyIndex<Boolean> DETERMINER = KeyIndex.of(DETERMINERS);
  private static final KeyIndex<Boolean> PRONOUN = KeyIndex.of(PRONOUNS);
  private static final KeyIndex<Boolean> NOT_NAME = KeyIndex.of(NOT_NAMES);
  private static final String[] ELISIONS = {"l'", "l’", "d'", "d’"};

  /** How far back "the newspaper" looks for the outlet it refers to, in UTF-16 units. */
  static final int LOOKBACK = 2000;

  /** How far back {@link #lastRegistryName} reads first, before the whole {@link #LOOKBACK}. */
  static final int NEAR = 300;

  private final SourceRegistry registry;
  /** The registry's names and aliases, looked up in place. */
  private final io.github.ascribe.core.internal.NameIndex names;
  private final Lexicon lexicon;
  private final KeyFilter anonymousPhrases;
  private final KeyFilter organizationNouns;
  private final KeyFilter personTitles;
  private final KeyFilter places;
  private final KeyFilter firstNames;
  private final KeyIndex<Boolean> anonymousNouns;

  public SourcePhrases(SourceRegistry registry, Lexicon lexicon) {
    this.registry = registry;
    this.names = io.github.ascribe.core.internal.RegistryAccess.names(registry);
    this.lexicon = lexicon;
    this.anonymousPhrases = new KeyFilter(lexicon.anonymousPhrases());
    this.organizationNouns = new KeyFilter(lexicon.organizationNouns());
    this.personTitles = new KeyFilter(lexicon.personTitles());
    this.places = new KeyFilter(lexicon.places());
    this.firstNames = new KeyFilter(lexicon.firstNames());
    this.anonymousNouns = KeyIndex.of(lexicon.anonymousNouns());
  }

  /**
   * Classifies words {@code [a, b)}; if nothing is found, drops words from the left (for subjects
   * found by reading backwards) or from the right (for phrases read forwards) and tries again.
   */
  Found classify(WordTable w, int a, int b, boolean trimLeft, Context ctx) {
    if (a >= b) {
      return null;
    }
    Found media = registryInside(w, a, b);
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
  Found registryInside(WordTable w, int a, int b) {
    String s = w.text();
    int maxWords = registry.maxNameWords();
    for (int len = Math.min(maxWords, b - a); len >= 1; len--) {
      for (int i = a; i + len <= b; i++) {
        if (!w.word(i) || !w.word(i + len - 1)) {
          continue;
        }
        int start = w.start(i);
        int end = w.end(i + len - 1);
        int shift = elisionLength(s, start, end);
        if (!Character.isUpperCase(WordTable.codePointAt(s, start + shift, end)) && !hasPeriod(w, i, i + len)) {
          continue;
        }
        RegistryAnswer answer = registryAnswer(w.memo(), s, start + shift, end);
        Resolution r = answer.resolution();
        if (r != null && r.source().isMedia()) {
          if (len == 1 && lexicon.isPlace(shift == 0 ? w.key(i) : Names.normalize(s.substring(start + shift, end)))) {
            continue; // "Dawn", "Time": a one-word place-or-outlet is not taken inside prose
          }
          if (len == 1 && s.charAt(end - 1) == '.'
              && lexicon.personTitles().contains(Names.normalize(s.substring(start + shift, end)))) {
            continue; // "Dr. Okafor": a title, not the broadcaster DR
          }
          return new Found(r.source(), Span.of(start + shift, end), r.match());
        }
        if (answer.confusable()) {
          // a look-alike of an outlet: reported, never counted as the outlet
          return new Found(Source.unknown(Names.display(s.substring(start + shift, end))), Span.of(start + shift, end),
              Match.CONFUSABLE);
        }
      }
    }
    return null;
  }

  /**
   * What the registry says about {@code s[start, end)}: its exact resolution, and if it has none,
   * whether it imitates a registry name. Remembered in the article's memo, if there is one.
   */
  private RegistryAnswer registryAnswer(ArticleMemo memo, String s, int start, int end) {
    if (isAsciiWithoutDot(s, start, end)) {
      // no domain, and ASCII imitates no name: the name index answers as resolveExact would, in place
      Resolution r = names.name(s, start, end);
      return r == null ? RegistryAnswer.NONE : new RegistryAnswer(r, false);
    }
    if (memo != null) {
      Object known = memo.registry.get(s, start, end);
      if (known != null) {
        return (RegistryAnswer) known;
      }
    }
    String text = memo != null ? memo.text(s, start, end) : s.substring(start, end);
    Optional<Resolution> r = registry.resolveExact(text);
    RegistryAnswer answer = r.isPresent() ? new RegistryAnswer(r.get(), false)
        : registry.confusable(text).isPresent() ? RegistryAnswer.CONFUSABLE : RegistryAnswer.NONE;
    if (memo != null) {
      memo.registry.put(text, answer);
    }
    return answer;
  }

  /**
   * Whether the registry resolves the text of words {@code [a, b)} exactly: {@code
   * resolveExact(w.phrase(a, b)).isPresent()}, answered in place for ASCII text without a dot.
   */
  private boolean registryKnows(WordTable w, int a, int b) {
    String s = w.text();
    int start = w.start(a);
    int end = w.end(b - 1);
    return isAsciiWithoutDot(s, start, end) ? names.name(s, start, end) != null
        : registry.resolveExact(w.phrase(a, b)).isPresent();
  }

  /** Whether {@code s[start, end)} is ASCII and holds no dot. */
  static boolean isAsciiWithoutDot(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = s.charAt(i);
      if (c >= 0x80 || c == '.') {
        return false;
      }
    }
    return true;
  }

  /** The registry's exact resolution of a text (or null), and if there is none, whether the text imitates a name. */
  private record RegistryAnswer(Resolution resolution, boolean confusable) {
    static final RegistryAnswer NONE = new RegistryAnswer(null, false);
    static final RegistryAnswer CONFUSABLE = new RegistryAnswer(null, true);
  }

  /**
   * The last capitalised registry outlet named in {@code [from, to)}, looking back at most {@link
   * #LOOKBACK} units, or null.
   *
   * <p>The outlet is usually named shortly before, so the last {@link #NEAR} units are read first.
   * They are cut into tokens from just after a space, where a table of the whole range has a token
   * boundary too, so both tables end with the same tokens. A name found there whose last token has
   * at least {@code maxNameWords} tokens before it in the short table is the one the whole range
   * gives: every candidate the whole range tries before it is tried on the same tokens.
   */
  Found lastRegistryName(String s, int from, int to) {
    return lastRegistryName(s, from, to, null);
  }

  /**
   * {@link #lastRegistryName(String, int, int)}, reading through a table the article's context
   * keeps for it and taking candidate names' texts from the context's memo; with a null context,
   * through new tables and copies.
   */
  Found lastRegistryName(String s, int from, int to, Context ctx) {
    int windowStart = Math.max(from, to - LOOKBACK);
    int maxWords = registry.maxNameWords();
    int k = to - NEAR;
    if (k > windowStart) {
      while (k < to && s.charAt(k - 1) != ' ') {
        k++;
      }
      if (k < to) {
        Found near = lastRegistryName(lookBack(ctx, s, k, to), maxWords, maxWords, ctx);
        if (near != null) {
          return near;
        }
      }
    }
    return lastRegistryName(lookBack(ctx, s, windowStart, to), maxWords, 0, ctx);
  }

  /** The tokens of {@code s[from, to)}: in the context's look-back table, or a new one. */
  private static WordTable lookBack(Context ctx, String s, int from, int to) {
    return ctx == null ? WordTable.of(s, from, to) : ctx.lookBack.fill(s, from, to, Integer.MAX_VALUE);
  }

  /**
   * The last capitalised registry outlet in the tokens of {@code w} that ends at a token with at
   * least {@code minEnd} tokens up to it, or null.
   */
  private Found lastRegistryName(WordTable w, int maxWords, int minEnd, Context ctx) {
    String s = w.text();
    for (int end = w.size(); end > 0 && end >= minEnd; end--) {
      for (int len = Math.min(maxWords, end); len >= 1; len--) {
        int i = end - len;
        if (!w.word(i) || !w.word(end - 1) || !w.startsUpper(i)) {
          continue;
        }
        int a = w.start(i);
        int b = w.end(end - 1);
        Optional<Resolution> r = registry.resolveExact(ctx == null ? s.substring(a, b) : ctx.text(s, a, b));
        if (r.isPresent() && r.get().source().isMedia()) {
          return new Found(r.get().source(), Span.of(a, b), r.get().match());
        }
      }
    }
    return null;
  }

  /** Index of the first word that starts a capitalised registry name in [a, b), or -1. */
  int firstRegistryWord(WordTable w, int a, int b) {
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

  private Found classifyExactly(WordTable w, int a, int b, Context ctx) {
    if (!w.word(a) || !w.word(b - 1)) {
      return null;
    }
    int start = w.start(a);
    int end = w.end(b - 1);
    int n = b - a;
    // pronouns: the latest person named before, else the pronoun itself
    if (n == 1 && PRONOUN.contains(w, a)) {
      Source last = ctx.lastPerson();
      return new Found(last != null ? last : ctx.personNamed(w.key(a)), Span.of(start, end), Match.UNRESOLVED);
    }
    // anonymous sources
    if (startsWithAnonymousPhrase(w, a, b)) {
      return new Found(ctx.anonymous(w.phrase(a, b)), Span.of(start, end), Match.UNRESOLVED);
    }
    int head = -1;
    for (int i = a; i < b && i < a + 5; i++) {
      if (anonymousNouns.contains(w, i)) {
        head = i;
        break;
      }
      if (!DETERMINER.contains(w, i) && !(w.startsUpper(i) && w.keyIn(lexicon.places(), places, i, i + 1))) {
        break;
      }
    }
    if (head >= 0 && !namedAfter(w, head + 1, b)) {
      if (!w.wordKeyEquals(a, "the") || head > a + 1 || b - a > 2) {
        return new Found(ctx.anonymous(w.phrase(a, b)), Span.of(start, end), Match.UNRESOLVED);
      }
    }
    // organisations: "the ministry", "Russia's foreign ministry", "NATO"
    Found org = organization(w, a, b, ctx);
    if (org != null) {
      return org;
    }
    // people: title + name, first name + surname, a surname seen before
    return person(w, a, b, ctx);
  }

  /**
   * Whether the key of words {@code [a, b)} is an anonymous-source phrase or starts with one followed
   * by a space: the key itself or one of its prefixes that end before a space is in the set (a
   * look-up per word, not a pass over the whole list). The filter rules most phrases out first.
   */
  private boolean startsWithAnonymousPhrase(WordTable w, int a, int b) {
    if (!w.keyOrPrefixMayBeIn(anonymousPhrases, a, b)) {
      return false;
    }
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
  private static boolean namedAfter(WordTable w, int from, int b) {
    return from < b && w.word(from) && w.startsUpper(from);
  }

  /** An organisation named by words {@code [a, b)}, its span theirs, or null. */
  private Found organization(WordTable w, int a, int b, Context ctx) {
    int tails = organizationTailLengths(w, b);
    for (int len = Math.min(3, b - a); len >= 1; len--) {
      if ((tails & (1 << (ORGANIZATIONS_SHIFT + len))) == 0) {
        continue;
      }
      String tail = w.phraseKey(b - len, b);
      boolean acronym = len == 1 && w.isAllCaps(b - 1);
      boolean definite = w.wordKeyEquals(a, "the") || w.endsWith(a, "'s") || w.endsWith(a, "’s") || w.startsUpper(a);
      if (tail.equals("who") && !w.isAllCaps(b - 1)) {
        continue; // the relative pronoun, not the World Health Organization
      }
      if (acronym || (definite && b - a <= 5)) {
        return new Found(ctx.organization(w.phrase(a, b)), Span.of(w.start(a), w.end(b - 1)), Match.UNRESOLVED);
      }
    }
    if (b - a <= 3 && w.startsUpper(a) && w.keyIn(lexicon.places(), places, a, b)) {
      // "Russia said": its government
      return new Found(ctx.organization(w.phrase(a, b)), Span.of(w.start(a), w.end(b - 1)), Match.UNRESOLVED);
    }
    return null;
  }

  private Found person(WordTable w, int a, int b, Context ctx) {
    // skip a leading title ("US Secretary of State", "President", "Mr.")
    int nameStart = a;
    for (int i = a; i < b; i++) {
      int titles = titleLengths(w, i);
      for (int len = Math.min(4, b - i); len >= 1; len--) {
        if ((titles & (1 << len)) != 0) {
          nameStart = Math.max(nameStart, i + len);
        }
      }
    }
    boolean titled = nameStart > a;
    int n = b - nameStart;
    if (n == 0 && titled && b - a <= 4) {
      if (w.wordKeyEquals(a, "the") || w.wordKeyEquals(a, "a") || w.wordKeyEquals(a, "an") || titleOnly(w, a, b)) {
        // "the minister said", "a spokeswoman said": a person, not named
        return new Found(ctx.personNamed(w.phrase(a, b)), Span.of(w.start(a), w.end(b - 1)), Match.UNRESOLVED);
      }
    }
    if (n < 1 || n > 4) {
      return null;
    }
    for (int i = nameStart; i < b; i++) {
      if (!w.word(i) || !w.startsUpper(i) || NOT_NAME.contains(w, i)) {
        return null;
      }
    }
    if (w.keyIn(lexicon.places(), places, nameStart, b)) {
      return null;
    }
    if (registryKnows(w, nameStart, b)) {
      return null;
    }
    String name = w.phrase(nameStart, b);
    Span span = Span.of(w.start(a), w.end(b - 1));
    if (titled || (n >= 2 && w.wordKeyMayBeIn(firstNames, nameStart) && lexicon.isFirstName(w.key(nameStart)))) {
      Source p = ctx.personNamed(name);
      ctx.person(p);
      return new Found(p, span, Match.UNRESOLVED);
    }
    if (n == 1) {
      Source known = ctx.personBySurname(w.phraseKey(nameStart, b));
      if (known != null) {
        return new Found(known, span, Match.UNRESOLVED);
      }
    }
    if (n >= 2 && n <= 3) {
      Source p = ctx.personNamed(name);
      ctx.person(p);
      return new Found(p, span, Match.UNRESOLVED);
    }
    return null;
  }

  /** {@link WordTable#flags} bit: {@link #titleLengths} of the token is known. */
  private static final int TITLES_KNOWN = 1;

  /**
   * The lengths {@code len} in 1 to 4 for which tokens {@code [i, i + len)} (within the table) are a
   * person title, as bit {@code 1 << len}; worked out once per token and table, because {@link
   * #classify} asks about the same tokens for each phrase it tries.
   */
  private int titleLengths(WordTable w, int i) {
    int bits = w.flags(i);
    if ((bits & TITLES_KNOWN) == 0) {
      bits = TITLES_KNOWN;
      for (int len = Math.min(4, w.size() - i); len >= 1; len--) {
        if (w.keyIn(lexicon.personTitles(), personTitles, i, i + len)) {
          bits |= 1 << len;
        }
      }
      w.setFlags(i, bits);
    }
    return bits;
  }

  /** {@link WordTable#flags} bits of {@link #organizationTailLengths}, above those of {@link #titleLengths}. */
  private static final int ORGANIZATIONS_SHIFT = 5;
  private static final int ORGANIZATIONS_KNOWN = 1 << ORGANIZATIONS_SHIFT;

  /**
   * The lengths {@code len} in 1 to 3 for which tokens {@code [b - len, b)} are an organisation noun,
   * as bit {@code 1 << (ORGANIZATIONS_SHIFT + len)}, kept with token {@code b - 1}; worked out once per
   * token and table.
   */
  private int organizationTailLengths(WordTable w, int b) {
    int bits = w.flags(b - 1);
    if ((bits & ORGANIZATIONS_KNOWN) == 0) {
      bits |= ORGANIZATIONS_KNOWN;
      for (int len = Math.min(3, b); len >= 1; len--) {
        if (w.keyIn(lexicon.organizationNouns(), organizationNouns, b - len, b)) {
          bits |= 1 << (ORGANIZATIONS_SHIFT + len);
        }
      }
      w.setFlags(b - 1, bits);
    }
    return bits;
  }

  private boolean titleOnly(WordTable w, int a, int b) {
    return w.keyIn(lexicon.personTitles(), personTitles, a, b);
  }

  /** The longest anonymous-source phrase from the lexicon ending exactly at word {@code end}, as [start, end), or -1. */
  int anonymousPhraseEndingAt(WordTable w, int end) {
    for (int len = Math.min(8, end); len >= 2; len--) {
      int start = end - len;
      if (!w.word(start)) {
        continue;
      }
      if (w.keyIn(lexicon.anonymousPhrases(), anonymousPhrases, start, end)) {
        return start;
      }
    }
    return -1;
  }

  /** Registers people named anywhere in a sentence (title + name, first name + surname) for later references. */
  void notePeople(WordTable w, Context ctx) {
    for (int i = 0; i + 1 < w.size(); i++) {
      if (!w.word(i) || !w.word(i + 1)) {
        continue;
      }
      if (w.startsUpper(i) && w.startsUpper(i + 1) && w.wordKeyMayBeIn(firstNames, i) && lexicon.isFirstName(w.key(i))
          && !NOT_NAME.contains(w, i + 1) && !w.keyIn(lexicon.places(), places, i + 1, i + 2)) {
        ctx.person(personNamed(w, i, ctx));
      }
    }
  }

  /**
   * The person named by words {@code i} and {@code i + 1}: {@code Source.person} of the two words
   * joined by a space. When one space separates them in the text, the name is the text itself, and
   * the article's memo finds it again without copying it.
   */
  private static Source personNamed(WordTable w, int i, Context ctx) {
    String s = w.text();
    ArticleMemo memo = w.memo();
    int start = w.start(i);
    int end = w.end(i + 1);
    if (memo == null || w.start(i + 1) != w.end(i) + 1 || s.charAt(w.end(i)) != ' ') {
      return ctx.personNamed(w.text(i) + " " + w.text(i + 1));
    }
    Source p = memo.people.get(s, start, end);
    if (p == null) {
      String name = s.substring(start, end);
      p = ctx.personNamed(name);
      memo.people.put(name, p);
    }
    return p;
  }

  /** The length of the elision ({@code l'}, {@code d’}) at the start of {@code s[start, end)} to leave out of a name, or 0. */
  private static int elisionLength(String s, int start, int end) {
    char c = s.charAt(start);
    if (c < 0x80 && (c | 0x20) != 'l' && (c | 0x20) != 'd') {
      return 0; // every elision starts with l or d
    }
    for (String e : ELISIONS) {
      if (end - start > e.length() + 1 && s.regionMatches(true, start, e, 0, e.length())) {
        return e.length();
      }
    }
    return 0;
  }

  /** {@link WordTable#flags} bits: whether the token holds a period is known, and whether it does. */
  private static final int PERIOD_KNOWN = 1 << 9;
  private static final int PERIOD = 1 << 10;

  /**
   * Whether the text of tokens {@code [a, b)} holds a period: one of the tokens does, as white space
   * is no period. Each token's answer is worked out once per table.
   */
  private static boolean hasPeriod(WordTable w, int a, int b) {
    for (int k = a; k < b; k++) {
      int bits = w.flags(k);
      if ((bits & PERIOD_KNOWN) == 0) {
        bits |= PERIOD_KNOWN;
        String s = w.text();
        for (int c = w.start(k); c < w.end(k); c++) {
          if (s.charAt(c) == '.') {
            bits |= PERIOD;
            break;
          }
        }
        w.setFlags(k, bits);
      }
      if ((bits & PERIOD) != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The last word of a name, as the last element of {@code name.split(" ")} (trailing spaces are
   * passed over), made without the array: an empty string for a name of spaces alone.
   */
  static String lastWord(String name) {
    int end = name.length();
    int space = name.lastIndexOf(' ');
    while (end > 0 && space == end - 1) {
      end--;
      space = name.lastIndexOf(' ', end - 1);
    }
    return name.substring(space + 1, end);
  }

  /** Per-article memory of people named so far, for pronouns and surnames. */
  public static final class Context {
    private final java.util.Map<String, Source> bySurname = new java.util.HashMap<>();
    private Source lastPerson;
    private final WordTable words;
    /** The table {@link #lastRegistryName} refills for each look-back. */
    private final WordTable lookBack;

    /**
     * The two tables of the last context released on this thread, for the next context; null while
     * a context holds them. A table grows to the longest sentence it reads, several times over in a
     * short article, so a new context takes the grown arrays rather than grow new ones.
     */
    private static final ThreadLocal<WordTable[]> TABLES = new ThreadLocal<>();
    /** Tables grown beyond this many tokens (a sentence of thousands of words) are not kept. */
    private static final int KEPT_TOKENS = 1 << 10;

    /** A context for one article. */
    public Context() {
      WordTable[] kept = TABLES.get();
      if (kept != null) {
        TABLES.set(null);
        words = kept[0].reuse(new ArticleMemo());
        lookBack = kept[1].reuse(null);
      } else {
        words = new WordTable(new ArticleMemo());
        lookBack = new WordTable(null);
      }
    }

    /**
     * Hands this context's tables to the next context on this thread, emptied; the context must not
     * be used after. A context never released only leaves its tables to the garbage collector.
     */
    public void release() {
      if (words.capacity() <= KEPT_TOKENS && lookBack.capacity() <= KEPT_TOKENS) {
        wordsText = null;
        TABLES.set(new WordTable[] {words.reuse(null), lookBack.reuse(null)});
      }
    }

    /** The range {@link #words} holds: its text, first index and index past the last. */
    private String wordsText;
    private int wordsFrom;
    private int wordsTo;

    /**
     * The words of {@code [from, to)} of {@code s}, in a table this context reuses (and refills on the
     * next call), with word keys remembered across the article. Asked again for the range it holds,
     * it keeps the tokens and clears only their {@link WordTable#flags}, so that the table is as if
     * refilled: the corroboration check and the prose finder read a sentence from one table.
     */
    public WordTable words(String s, int from, int to) {
      if (s == wordsText && from == wordsFrom && to == wordsTo) {
        return words.clearFlags();
      }
      wordsText = s;
      wordsFrom = from;
      wordsTo = to;
      return words.fill(s, from, to, Integer.MAX_VALUE);
    }

    /** Sources made for names in this article: each is a function of its name, so one instance serves. */
    private final java.util.Map<String, Source> people = new java.util.HashMap<>();
    private final java.util.Map<String, Source> organizations = new java.util.HashMap<>();
    private final java.util.Map<String, Source> anonymous = new java.util.HashMap<>();
    /**
     * People already passed to {@link #person}: their surnames are registered. Made at the first, as
     * an identity map makes its table at once.
     */
    private Set<Source> registered;

    void person(Source p) {
      lastPerson = p;
      if (registered == null) {
        registered = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
      }
      if (registered.add(p)) {
        bySurname.putIfAbsent(Names.normalize(lastWord(p.name())), p);
      }
    }

    /** @return {@code Source.person(name)}, made once per name in the article */
    Source personNamed(String name) {
      return people.computeIfAbsent(name, Source::person);
    }

    /** @return {@code Source.organization(name)}, made once per name in the article */
    Source organization(String name) {
      return organizations.computeIfAbsent(name, Source::organization);
    }

    /** @return {@code Source.anonymous(description)}, made once per description in the article */
    Source anonymous(String description) {
      return anonymous.computeIfAbsent(description, Source::anonymous);
    }

    Source lastPerson() {
      return lastPerson;
    }

    /** @return a string equal to {@code s.substring(start, end)}, made once for each text in the article */
    public String text(String s, int start, int end) {
      return words.memo().text(s, start, end);
    }

    Source personBySurname(String key) {
      return bySurname.get(key.toLowerCase(Locale.ROOT));
    }
  }

  static boolean isMediaMatch(Found f) {
    return f != null && f.source().isMedia() && f.match().kind() != MatchKind.UNRESOLVED;
  }
}
