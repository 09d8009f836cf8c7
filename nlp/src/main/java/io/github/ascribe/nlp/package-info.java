/**
 * The optional NLP prose recogniser: {@link io.github.ascribe.nlp.NlpProseForm}, which tags each
 * sentence with an Apache OpenNLP part-of-speech model and reads source, cue and content from the
 * tags; plugged into an analyser with {@code Analyzer.builder().form(...)}.
 */
package io.github.ascribe.nlp;
