/**
 * Ascribe NLP: an optional prose recogniser that tags each sentence with Apache OpenNLP's
 * part-of-speech models and reads the source and content of reporting verbs from the tags. Plugged
 * into an analyser with {@code Analyzer.builder().form(...)}; {@code ascribe-core} and
 * {@code ascribe-citations} do not depend on it.
 */
module io.github.ascribe.nlp {
  requires transitive io.github.ascribe.citations;
  requires org.apache.opennlp.tools;

  exports io.github.ascribe.nlp;
}
