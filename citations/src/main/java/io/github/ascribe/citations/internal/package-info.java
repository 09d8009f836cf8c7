/** Implementation of the citations module: lexer, reader, formatter, lexicon. Not exported. */
package io.github.ascribe.citations.internal;
