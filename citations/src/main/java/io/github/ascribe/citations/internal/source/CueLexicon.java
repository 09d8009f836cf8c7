package io.github.ascribe.citations.internal.source;

import io.github.ascribe.core.ProseRelation.CueGroup;
import io.github.ascribe.core.text.Names;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The cue lexicon: for each language a data file {@code lexicon/cues/<language>.tsv} of the words
 * that attribute a statement, grouped after the PARC 3.0 categories ({@link CueGroup}), each with its
 * lemma and every form written in news copy. A line is {@code group TAB lemma TAB form|form|...};
 * blank lines and lines starting with {@code #} are skipped. A form listed by two languages or lemmas keeps both, the earlier first. A malformed line is an error naming the
 * file, the line and what is wrong. Immutable and thread-safe.
 *
 * <pre>{@code
 * CueLexicon cues = CueLexicon.bundled();
 * cues.lookup("sagte").orElseThrow();            // Entry[de, SAYING, sagen]
 * cues.lookup("according to").orElseThrow();     // Entry[en, ADJUNCT, according to]
 * cues.entries("disse");                         // [Entry[it, SAYING, dire], Entry[pt, SAYING, dizer]]
 * }</pre>
 */
public final class CueLexicon {

  /** The languages bundled, in the order their files are read: on a clash the earlier one wins. */
  public static final List<String> LANGUAGES = List.of("en", "de", "es", "fr", "it", "pt");

  /**
   * One cue form's entry.
   *
   * @param language the ISO 639-1 code of its file
   * @param group its group
   * @param lemma its dictionary form
   */
  public record Entry(String language, CueGroup group, String lemma) {
    /** Checks the values. */
    public Entry {
      Objects.requireNonNull(language, "language");
      Objects.requireNonNull(group, "group");
      Objects.requireNonNull(lemma, "lemma");
    }
  }

  private static final String DIR = "/io/github/ascribe/citations/lexicon/cues/";

  private final Map<String, List<Entry>> byForm;
  private final Map<String, Integer> longestByFirstWord;
  private final Map<String, Integer> formsByLanguage;

  private CueLexicon(Map<String, List<Entry>> byForm, Map<String, Integer> formsByLanguage) {
    this.byForm = Collections.unmodifiableMap(byForm);
    Map<String, Integer> longest = new HashMap<>();
    for (String form : byForm.keySet()) {
      String[] words = form.split(" ");
      longest.merge(words[0], words.length, Math::max);
    }
    this.longestByFirstWord = Collections.unmodifiableMap(longest);
    this.formsByLanguage = Collections.unmodifiableMap(formsByLanguage);
  }

  private static final class Holder {
    static final CueLexicon INSTANCE = load();
  }

  /**
   * The bundled lexicon of {@link #LANGUAGES}.
   *
   * @return the shared instance
   * @throws IllegalStateException if a bundled file is missing or malformed (a build error)
   */
  public static CueLexicon bundled() {
    return Holder.INSTANCE;
  }

  private static CueLexicon load() {
    Map<String, List<String>> files = new LinkedHashMap<>();
    for (String language : LANGUAGES) {
      files.put(language, lines(language + ".tsv"));
    }
    return parse(files);
  }

  /**
   * Reads cue files.
   *
   * @param files the lines of each language's file, by language, in the order they are read
   * @return the lexicon
   * @throws IllegalArgumentException naming the file, the line and the fault, for a malformed line
   */
  public static CueLexicon parse(Map<String, List<String>> files) {
    Map<String, List<Entry>> byForm = new HashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> file : files.entrySet()) {
      String language = file.getKey();
      int n = 0;
      int forms = 0;
      for (String line : file.getValue()) {
        n++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String where = "cues/" + language + ".tsv line " + n + ": ";
        String[] cols = line.split("\t", -1);
        if (cols.length != 3) {
          throw new IllegalArgumentException(where + "expected 3 TAB-separated columns (group, lemma, forms), found "
              + cols.length + " in '" + line + "'");
        }
        CueGroup group = group(where, cols[0].strip());
        String lemma = cols[1].strip();
        if (lemma.isEmpty()) {
          throw new IllegalArgumentException(where + "the lemma is empty");
        }
        Entry entry = new Entry(language, group, lemma);
        for (String form : cols[2].split("\\|", -1)) {
          String key = Names.normalize(form.strip());
          if (key.isEmpty()) {
            throw new IllegalArgumentException(where + "an empty form in '" + cols[2] + "' (a stray '|'?)");
          }
          List<Entry> listed = byForm.computeIfAbsent(key, k -> new ArrayList<>(1));
          if (!listed.contains(entry)) {
            listed.add(entry);
          }
          forms++;
        }
      }
      counts.put(language, forms);
    }
    return new CueLexicon(byForm, counts);
  }

  private static CueGroup group(String where, String name) {
    for (CueGroup g : CueGroup.values()) {
      if (g.name().equals(name)) {
        return g;
      }
    }
    throw new IllegalArgumentException(where + "unknown group '" + name + "', expected one of "
        + Arrays.toString(CueGroup.values()));
  }

  /**
   * A bundled word list of the cue directory ({@code government-words.txt}): its lines other than
   * blanks and comments, stripped and normalised.
   *
   * @param file the file name
   * @return the words
   */
  static Set<String> words(String file) {
    Set<String> out = new HashSet<>();
    for (String line : lines(file)) {
      if (!line.isBlank() && !line.startsWith("#")) {
        out.add(Names.normalize(line.strip()));
      }
    }
    return Set.copyOf(out);
  }

  static List<String> lines(String file) {
    try (InputStream in = CueLexicon.class.getResourceAsStream(DIR + file)) {
      if (in == null) {
        throw new IllegalStateException("cue lexicon resource missing: cues/" + file);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<String> out = new ArrayList<>();
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        out.add(line);
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The entry of a form.
   *
   * @param form a cue as written or normalised ({@code said}, {@code según}, {@code a-t-il déclaré})
   * @return its entry, or empty
   */
  public Optional<Entry> lookup(String form) {
    return Optional.ofNullable(entry(Names.normalize(form)));
  }

  /**
   * Every entry of a form, one per language and lemma that lists it, in reading order: {@code
   * disse} is Italian {@code dire} and Portuguese {@code dizer}.
   *
   * @param form a cue as written or normalised
   * @return the entries, or an empty list
   */
  public List<Entry> entries(String form) {
    List<Entry> listed = byForm.get(Names.normalize(form));
    return listed == null ? List.of() : List.copyOf(listed);
  }

  /**
   * The entry of a normalised key, or null.
   *
   * @param key a key made with {@link Names#normalize}
   * @return the entry, or null
   */
  Entry entry(String key) {
    List<Entry> listed = byForm.get(key);
    return listed == null ? null : listed.get(0);
  }

  /**
   * The most words a form starting with this normalised word has; 0 if none starts with it.
   *
   * @param key a normalised word
   * @return the word count, or 0
   */
  int longestStartingWith(String key) {
    return longestByFirstWord.getOrDefault(key, 0);
  }

  /**
   * How many forms each language's file lists.
   *
   * @return the counts, by language in reading order
   */
  public Map<String, Integer> formsByLanguage() {
    return formsByLanguage;
  }
}
