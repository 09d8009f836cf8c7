/** The NLP recogniser's implementation: tokens, tagging, cue lists, phrase chunks and relations. Not exported. */
package io.github.ascribe.nlp.internal;
