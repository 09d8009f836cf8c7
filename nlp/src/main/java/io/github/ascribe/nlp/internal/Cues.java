package io.github.ascribe.nlp.internal;

import io.github.ascribe.core.ProseRelation;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The cue words of one language, read from {@code cues-<lang>.tsv} beside this class: each line is
 * {@code kind, lemma, group, forms} (tab-separated, forms separated by {@code |}, a multi-word form
 * by spaces). Kinds: {@code verb} (a reporting verb whose subject is the source: {@code said}),
 * {@code tell} (a verb with an addressee before the content: {@code told reporters}), {@code before}
 * (a phrase before the source: {@code according to}), {@code after} (a word after the source: German
 * {@code zufolge}). Immutable and thread-safe.
 *
 * <pre>{@code
 * Cues en = Cues.load("en");
 * en.verb("said");   // Optional[Cue[say, SAYING, VERB]]
 * }</pre>
 */
public final class Cues {

  /** How a cue relates to its source. */
  public enum Kind {
    /** The source is the subject: {@code X said}, {@code said X}. */
    VERB,
    /** Like {@link #VERB}, with an addressee before the content: {@code X told reporters}. */
    TELL,
    /** The source follows: {@code according to X}. */
    BEFORE,
    /** The source precedes: {@code X zufolge}. */
    AFTER
  }

  /**
   * One cue.
   *
   * @param lemma its dictionary form
   * @param group its group
   * @param kind how it relates to its source
   * @param words its words in lower case (one for a verb)
   */
  public record Cue(String lemma, ProseRelation.CueGroup group, Kind kind, List<String> words) {
    /** Copies the words. */
    public Cue {
      words = List.copyOf(words);
    }
  }

  private final Map<String, Cue> verbs;
  private final List<Cue> phrases;

  private Cues(Map<String, Cue> verbs, List<Cue> phrases) {
    this.verbs = Map.copyOf(verbs);
    this.phrases = List.copyOf(phrases);
  }

  /**
   * Reads the cues of a language.
   *
   * @param language an ISO 639-1 code with a cue file
   * @return the cues
   * @throws IllegalArgumentException if there is no cue file for it
   */
  public static Cues load(String language) {
    String name = "cues-" + language + ".tsv";
    Map<String, Cue> verbs = new HashMap<>();
    List<Cue> phrases = new ArrayList<>();
    try (InputStream in = Cues.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no cue list for language '" + language + "'");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        if (f.length != 4) {
          throw new IllegalStateException(name + ": 4 tab-separated fields expected: " + line);
        }
        Kind kind = Kind.valueOf(f[0].toUpperCase(Locale.ROOT));
        ProseRelation.CueGroup group = ProseRelation.CueGroup.valueOf(f[2]);
        for (String form : f[3].split("\\|")) {
          List<String> words = List.of(form.strip().toLowerCase(Locale.ROOT).split(" "));
          Cue cue = new Cue(f[1], group, kind, words);
          if ((kind == Kind.VERB || kind == Kind.TELL) && words.size() == 1) {
            verbs.put(words.get(0), cue);
          } else {
            phrases.add(cue);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(name, e);
    }
    // longest phrases first, so that "according to" is tried before a shorter phrase at the same place
    phrases.sort((a, b) -> b.words().size() - a.words().size());
    return new Cues(verbs, phrases);
  }

  /**
   * The verb cue of a word form.
   *
   * @param lower a word in lower case
   * @return its cue, or empty
   */
  public Optional<Cue> verb(String lower) {
    return Optional.ofNullable(verbs.get(lower));
  }

  /**
   * The longest phrase cue starting at token {@code i}.
   *
   * @param t the tagged tokens
   * @param i a token
   * @return the cue, or empty
   */
  public Optional<Cue> phraseAt(Tagged t, int i) {
    for (Cue c : phrases) {
      List<String> w = c.words();
      if (i + w.size() > t.size()) {
        continue;
      }
      boolean all = true;
      for (int k = 0; k < w.size() && all; k++) {
        all = t.lower(i + k).equals(w.get(k));
      }
      if (all) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
