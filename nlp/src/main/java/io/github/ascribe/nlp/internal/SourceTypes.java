package io.github.ascribe.nlp.internal;

import io.github.ascribe.core.ProseRelation.SourceType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The type of a source phrase from its words, read from {@code sources-<lang>.tsv} beside this class
 * (lines {@code TYPE<tab>word|word|...}): a pronoun is a person, a phrase whose head or first word is
 * listed takes that word's type ({@code officials} anonymous, {@code ministry} government, {@code
 * report} document), and otherwise capitalised words are a person (two or three of them) or an
 * organisation. Immutable and thread-safe.
 *
 * <pre>{@code
 * SourceTypes.load("en").type(tagged, 0, 3);   // GOVERNMENT for "The interior ministry"
 * }</pre>
 */
public final class SourceTypes {

  private final Map<String, SourceType> words;

  private SourceTypes(Map<String, SourceType> words) {
    this.words = Map.copyOf(words);
  }

  /**
   * Reads the word list of a language.
   *
   * @param language an ISO 639-1 code
   * @return the types; empty lists if the language has none
   */
  public static SourceTypes load(String language) {
    Map<String, SourceType> words = new HashMap<>();
    try (InputStream in = SourceTypes.class.getResourceAsStream("sources-" + language + ".tsv")) {
      if (in != null) {
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          String[] f = line.split("\t");
          SourceType type = SourceType.valueOf(f[0]);
          for (String w : f[1].split("\\|")) {
            words.put(w.strip().toLowerCase(Locale.ROOT), type);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("sources-" + language + ".tsv", e);
    }
    return new SourceTypes(words);
  }

  /**
   * The type of the phrase of tokens {@code [from, to)}.
   *
   * @param t the tokens
   * @param from its first token
   * @param to the token past its last
   * @return its type
   */
  public SourceType type(Tagged t, int from, int to) {
    if (to - from == 1 && t.is(from, "PRON")) {
      return words.getOrDefault(t.lower(from), SourceType.PERSON);
    }
    // a title before a name: US Secretary of State Marco Rubio, Finance Minister Ana Ruiz
    if (to - from >= 3 && name(t, to - 1) && name(t, to - 2) && t.capitalised(to - 3)) {
      return SourceType.PERSON;
    }
    for (int i = to - 1; i >= from; i--) {
      SourceType listed = words.get(t.lower(i));
      if (listed != null) {
        return listed;
      }
    }
    int capitalised = 0;
    for (int i = from; i < to; i++) {
      if (t.capitalised(i) && t.is(i, "PROPN", "NOUN", "ADJ", "X")) {
        capitalised++;
      }
    }
    if (capitalised == to - from && capitalised >= 1 && capitalised <= 3) {
      return capitalised == 1 && !t.is(from, "PROPN") ? SourceType.UNKNOWN : SourceType.PERSON;
    }
    return capitalised > 0 ? SourceType.ORGANISATION : SourceType.UNKNOWN;
  }

  /** A capitalised proper name that is no listed word. */
  private boolean name(Tagged t, int i) {
    return t.is(i, "PROPN") && t.capitalised(i) && !words.containsKey(t.lower(i));
  }
}
