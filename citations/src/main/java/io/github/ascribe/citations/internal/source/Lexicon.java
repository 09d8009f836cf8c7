package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.text.Names;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the parsers read as data: reporting verbs, cue phrases, anonymous-source phrases,
 * organisation nouns, person titles, places and given names. Loaded once; immutable afterwards.
 */
public final class Lexicon {

  /** A reporting verb form and what it belongs to. */
  public record Verb(String lemma, String category) {}

  /** A cue phrase: language, the phrase, and its kind ({@code according}, {@code citing}, ...). */
  public record Cue(String language, String phrase, String kind) {}

  private static final String DIR = "/io/github/ascribe/citations/lexicon/";

  private final Map<String, Verb> verbForms;
  private final Set<String> intlVerbForms;
  private final List<Cue> cues;
  private final Set<String> anonymousNouns;
  private final Set<String> anonymousPhrases;
  private final Set<String> organizationNouns;
  private final Set<String> personTitles;
  private final Set<String> places;
  private final Set<String> firstNames;
  private final int maxVerbWords;
  /** For each first word of a verb form (English or international), the most words a form starting with it has. */
  private final Map<String, Integer> longestVerbByFirstWord;

  private Lexicon() {
    Map<String, Verb> forms = new HashMap<>();
    int words = 1;
    for (String[] row : rows("reporting-verbs.tsv", 3)) {
      Verb v = new Verb(row[0], row[1]);
      for (String form : row[2].split("\\|")) {
        String key = Names.normalize(form);
        forms.putIfAbsent(key, v);
        words = Math.max(words, key.split(" ").length);
      }
    }
    this.verbForms = Collections.unmodifiableMap(forms);
    this.maxVerbWords = words;
    Set<String> intl = new HashSet<>();
    for (String[] row : rows("reporting-verbs-intl.tsv", 2)) {
      intl.add(Names.normalize(row[1]));
    }
    this.intlVerbForms = Collections.unmodifiableSet(intl);
    Map<String, Integer> longest = new HashMap<>();
    for (Set<String> all : List.of(forms.keySet(), intl)) {
      for (String form : all) {
        String[] w = form.split(" ");
        longest.merge(w[0], w.length, Math::max);
      }
    }
    this.longestVerbByFirstWord = Collections.unmodifiableMap(longest);
    List<Cue> cueList = new ArrayList<>();
    for (String[] row : rows("cues.tsv", 3)) {
      cueList.add(new Cue(row[0], row[1], row[2]));
    }
    this.cues = List.copyOf(cueList);
    this.anonymousNouns = set("anonymous-nouns.txt");
    this.anonymousPhrases = set("anonymous-phrases.txt");
    this.organizationNouns = set("organization-nouns.txt");
    this.personTitles = set("person-titles.txt");
    this.places = set("places.txt");
    this.firstNames = set("first-names.txt");
  }

  private static final class Holder {
    static final Lexicon INSTANCE = new Lexicon();
  }

  /**
   * The bundled lexicon.
   *
   * @return the shared instance
   */
  public static Lexicon get() {
    return Holder.INSTANCE;
  }

  static List<String> lines(String file) {
    try (InputStream in = Lexicon.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("lexicon resource missing: " + file);
      }
      List<String> out = new ArrayList<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        if (!line.isBlank() && !line.startsWith("#")) {
          out.add(line);
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String[]> rows(String file, int columns) {
    List<String[]> out = new ArrayList<>();
    int n = 0;
    for (String line : lines(file)) {
      n++;
      String[] cols = line.split("\t");
      if (cols.length < columns) {
        throw new IllegalStateException(file + ": row " + n + " has " + cols.length + " columns, expected " + columns);
      }
      out.add(cols);
    }
    return out;
  }

  private static Set<String> set(String file) {
    Set<String> out = new HashSet<>();
    for (String line : lines(file)) {
      out.add(Names.normalize(line));
    }
    return Collections.unmodifiableSet(out);
  }

  /**
   * The verb a normalised form belongs to.
   *
   * @param normalizedForm a form made with {@link Names#normalize}
   * @return the verb, or null
   */
  public Verb verb(String normalizedForm) {
    return verbForms.get(normalizedForm);
  }

  /**
   * The most words of a verb form (English or international) whose first word is this one; 0 if no
   * form starts with it: no longer phrase starting with the word is a verb form.
   *
   * @param normalizedWord a normalised word without spaces
   * @return the word count, or 0
   */
  public int longestVerbStartingWith(String normalizedWord) {
    return longestVerbByFirstWord.getOrDefault(normalizedWord, 0);
  }

  /** @return the longest verb form, in words */
  public int maxVerbWords() {
    return maxVerbWords;
  }

  /**
   * Whether a normalised form is a reporting verb in a language other than English.
   *
   * @param normalizedForm the form
   * @return true if listed
   */
  public boolean isIntlVerb(String normalizedForm) {
    return intlVerbForms.contains(normalizedForm);
  }

  /** @return all cue phrases */
  public List<Cue> cues() {
    return cues;
  }

  /** @return nouns that head anonymous source phrases, normalised */
  public Set<String> anonymousNouns() {
    return anonymousNouns;
  }

  /** @return fixed anonymous-source phrases, normalised */
  public Set<String> anonymousPhrases() {
    return anonymousPhrases;
  }

  /** @return nouns that denote organisations after "the", normalised */
  public Set<String> organizationNouns() {
    return organizationNouns;
  }

  /** @return person titles, normalised */
  public Set<String> personTitles() {
    return personTitles;
  }

  /** @return countries, regions and cities, normalised */
  public Set<String> places() {
    return places;
  }

  /**
   * Whether a normalised name is a country, region or city.
   *
   * @param normalizedName the name
   * @return true if listed
   */
  public boolean isPlace(String normalizedName) {
    return places.contains(normalizedName);
  }

  /**
   * Whether a normalised word is a common given name.
   *
   * @param normalizedWord the word
   * @return true if listed
   */
  public boolean isFirstName(String normalizedWord) {
    return firstNames.contains(normalizedWord);
  }
}
