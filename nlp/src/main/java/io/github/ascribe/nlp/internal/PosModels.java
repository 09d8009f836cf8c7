package io.github.ascribe.nlp.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import opennlp.tools.postag.POSModel;

/**
 * Where the part-of-speech models are: the model artifacts on Maven Central ({@code
 * org.apache.opennlp:opennlp-models-pos-<lang>}) each hold one model file at the root of the jar,
 * named after its treebank. Only the languages whose artifact is served are listed.
 *
 * <pre>{@code
 * POSModel en = PosModels.load("en");   // about 2 s, once per recogniser
 * }</pre>
 */
public final class PosModels {

  /** Language to model file, from the 1.3.0 model artifacts (Universal Dependencies tag set). */
  private static final Map<String, String> FILES = Map.of(
      "en", "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin",
      "de", "opennlp-de-ud-gsd-pos-1.3-2.5.4.bin",
      "fr", "opennlp-fr-ud-gsd-pos-1.3-2.5.4.bin");

  private PosModels() {}

  /**
   * The languages that have a model, as ISO 639-1 codes.
   *
   * @return the codes, sorted
   */
  public static Set<String> languages() {
    return new TreeSet<>(FILES.keySet());
  }

  /**
   * Whether the model of a language is on the class path.
   *
   * @param language an ISO 639-1 code
   * @return true if its model artifact is present
   */
  public static boolean available(String language) {
    return Optional.ofNullable(FILES.get(language)).map(f -> loader().getResource(f) != null).orElse(false);
  }

  /**
   * Reads the model of a language from the class path.
   *
   * @param language an ISO 639-1 code from {@link #languages()}
   * @return the model: immutable, shared by every tagger made from it
   * @throws IllegalArgumentException if the language has no model, or its artifact is missing
   * @throws UncheckedIOException if the model cannot be read
   */
  public static POSModel load(String language) {
    String file = FILES.get(language);
    if (file == null) {
      throw new IllegalArgumentException("no part-of-speech model for language '" + language + "'; there are "
          + languages());
    }
    try (InputStream in = loader().getResourceAsStream(file)) {
      if (in == null) {
        throw new IllegalArgumentException("the part-of-speech model of '" + language + "' (" + file
            + ") is not on the class path: add org.apache.opennlp:opennlp-models-pos-" + language);
      }
      return new POSModel(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the part-of-speech model " + file, e);
    }
  }

  private static ClassLoader loader() {
    ClassLoader l = PosModels.class.getClassLoader();
    return l != null ? l : ClassLoader.getSystemClassLoader();
  }
}
