package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.text.Names;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the prose finder for German, Spanish, French, Italian and Portuguese reads with
 * (the data file {@code lexicon/cues/intl-grammar.tsv}): for each language and role (determiners,
 * pronouns, the words that join or end a noun phrase, adjunct cues, organisation nouns, ...) a set
 * of normalised words or phrases, and the language of a sentence guessed from its function words.
 * A line is {@code language TAB role TAB word|word|...}. Immutable and thread-safe.
 *
 * <pre>{@code
 * IntlGrammar g = IntlGrammar.bundled();
 * g.has("es", "det", "la");                        // true
 * g.languages(WordTokens.of(s, 0, s.length()));    // [es] for "Según la policía, el fuego ..."
 * }</pre>
 */
final class IntlGrammar {

  /** The languages read, in the order a tie of function words is decided. */
  static final List<String> LANGUAGES = List.of("de", "es", "fr", "it", "pt");
  /** The roles a line may have. */
  static final Set<String> ROLES = Set.of("function", "det", "pronoun", "link", "stop", "relative", "prep", "skip",
      "before", "after", "as", "refer", "anonymous", "org", "org-suffix", "title", "title-suffix", "outlet-noun", "to");

  private static final String FILE = "intl-grammar.tsv";

  /** The words of each language and role: language, then role. */
  private final Map<String, Map<String, Set<String>>> words;
  /** The most words an entry has. */
  private final int longest;
  /**
   * For each function word, the languages it is a function word of: bit {@code l} for {@code
   * LANGUAGES.get(l)}, bit {@link #ENGLISH} for English. One look-up per word guesses a sentence's
   * language, instead of one per language.
   */
  private final Map<String, Integer> functionLanguages;

  /** The bit of English in {@link #functionLanguages}. */
  private static final int ENGLISH = 1 << LANGUAGES.size();

  private IntlGrammar(Map<String, Map<String, Set<String>>> words, int longest) {
    this.words = Collections.unmodifiableMap(words);
    this.longest = longest;
    Map<String, Integer> masks = new HashMap<>();
    for (String word : set("en", "function")) {
      masks.merge(word, ENGLISH, (a, b) -> a | b);
    }
    for (int l = 0; l < LANGUAGES.size(); l++) {
      for (String word : set(LANGUAGES.get(l), "function")) {
        masks.merge(word, 1 << l, (a, b) -> a | b);
      }
    }
    this.functionLanguages = Map.copyOf(masks);
  }

  private static final class Holder {
    static final IntlGrammar INSTANCE = parse(CueLexicon.lines(FILE));
  }

  /**
   * The bundled lists.
   *
   * @return the shared instance
   */
  static IntlGrammar bundled() {
    return Holder.INSTANCE;
  }

  /**
   * Reads the lines of a grammar file.
   *
   * @param lines the lines; blank lines and lines starting with {@code #} are skipped
   * @return the grammar
   * @throws IllegalArgumentException naming the line and the fault, for a malformed line
   */
  static IntlGrammar parse(List<String> lines) {
    Map<String, Set<String>> words = new HashMap<>();
    int longest = 1;
    int n = 0;
    for (String line : lines) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != 3 || !ROLES.contains(cols[1])
          || !(LANGUAGES.contains(cols[0]) || (cols[0].equals("en") && cols[1].equals("function")))) {
        throw new IllegalArgumentException("cues/" + FILE + " line " + n
            + ": expected language (de, es, fr, it, pt), role and words, found '" + line + "'");
      }
      Set<String> set = words.computeIfAbsent(cols[0] + " " + cols[1], k -> new HashSet<>());
      for (String word : cols[2].split("\\|")) {
        String key = Names.normalize(word);
        if (!key.isEmpty()) {
          set.add(key);
          longest = Math.max(longest, key.split(" ").length);
        }
      }
    }
    Map<String, Map<String, Set<String>>> frozen = new HashMap<>();
    words.forEach((k, v) -> frozen.computeIfAbsent(k.substring(0, k.indexOf(' ')), x -> new HashMap<>())
        .put(k.substring(k.indexOf(' ') + 1), Set.copyOf(v)));
    frozen.replaceAll((k, v) -> Map.copyOf(v));
    return new IntlGrammar(frozen, longest);
  }

  private Set<String> set(String language, String role) {
    return words.getOrDefault(language, Map.of()).getOrDefault(role, Set.of());
  }

  /** @return whether normalised {@code key} is one of the words of {@code language}'s {@code role} */
  boolean has(String language, String role, String key) {
    return set(language, role).contains(key);
  }

  /** @return whether token {@code i} is a word listed for {@code language}'s {@code role} */
  boolean has(String language, String role, WordTokens w, int i) {
    return i >= 0 && i < w.size() && w.word(i) && has(language, role, w.key(i));
  }

  /** @return whether a word of {@code language}'s {@code role} ends the key of token {@code i} (German compounds) */
  boolean endsWith(String language, String role, WordTokens w, int i) {
    if (i < 0 || i >= w.size() || !w.word(i)) {
      return false;
    }
    String key = w.key(i);
    for (String suffix : set(language, role)) {
      if (key.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The number of tokens of the longest entry of {@code language}'s {@code role} starting at token
   * {@code i} (words joined by spaces, as listed), or 0.
   */
  int phraseAt(String language, String role, WordTokens w, int i) {
    Set<String> set = set(language, role);
    if (set.isEmpty() || !w.word(i)) {
      return 0;
    }
    StringBuilder key = new StringBuilder();
    List<Integer> ends = new ArrayList<>(longest);
    for (int k = i; k < w.size() && k - i < longest && w.word(k); k++) {
      if (k > i) {
        key.append(' ');
      }
      key.append(w.key(k));
      if (set.contains(key.toString())) {
        ends.add(k + 1 - i);
      }
    }
    return ends.isEmpty() ? 0 : ends.get(ends.size() - 1);
  }

  /**
   * The languages tokens {@code [a, b)} may be written in: those of {@link #LANGUAGES} with more
   * function words than English and at least half as many as the language with most, most first
   * (then in the order of {@link #LANGUAGES}); all of them when no language has any function word.
   * A cue is read in a sentence only in one of them ({@code la}, {@code que} are shared).
   */
  List<String> languages(WordTokens w, int a, int b) {
    int[] counts = new int[LANGUAGES.size()];
    int english = 0;
    for (int i = a; i < b; i++) {
      if (!w.word(i)) {
        continue;
      }
      int mask = functionLanguages.getOrDefault(w.key(i), 0);
      if ((mask & ENGLISH) != 0) {
        english++;
      }
      for (int l = 0; l < counts.length; l++) {
        if ((mask & (1 << l)) != 0) {
          counts[l]++;
        }
      }
    }
    int best = 0;
    for (int c : counts) {
      best = Math.max(best, c);
    }
    if (best == 0 && english == 0) {
      return LANGUAGES; // no function word of any language: the cues' own languages decide
    }
    // spec: a language with at least half the best count and more than English is read too, the
    // best first: "O secretário afirmou que há …" shares "que", "há" with Spanish
    List<String> out = new ArrayList<>(2);
    for (int c = best; c > english && 2 * c >= best; c--) {
      for (int l = 0; l < counts.length; l++) {
        if (counts[l] == c) {
          out.add(LANGUAGES.get(l));
        }
      }
    }
    return out;
  }
}
