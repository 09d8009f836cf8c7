package io.github.ascribe.nlp.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;

/**
 * The taggers of one analysis: OpenNLP's {@code POSTaggerME} keeps per-call state and is not
 * thread-safe, and making one costs milliseconds (it builds its feature generators), so each analysis
 * makes one per model on first use, keeps it in its per-call state ({@code FormInput.state}) and drops
 * it when the analysis returns. Not thread-safe: it belongs to one analysis.
 *
 * <pre>{@code
 * Taggers t = in.state(Taggers.class, Taggers::new);
 * String[] tags = t.tag(model, words);
 * }</pre>
 */
public final class Taggers {

  private final Map<POSModel, POSTaggerME> taggers = new IdentityHashMap<>(2);

  /** No tagger yet. */
  public Taggers() {}

  /**
   * Tags words with the Universal Dependencies tag set.
   *
   * @param model the language's model
   * @param words the words of a sentence
   * @return one tag per word ({@code NOUN}, {@code PROPN}, {@code VERB}, {@code AUX}, {@code PUNCT}, ...)
   */
  public String[] tag(POSModel model, String[] words) {
    return taggers.computeIfAbsent(model, m -> new POSTaggerME(m, POSTagFormat.UD)).tag(words);
  }
}
