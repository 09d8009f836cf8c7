/**
 * The one lexer: a single linear pass turns a text, or a window of it, into the token stream that
 * notation parsing and every attribution form read. Depends on nothing else in {@code citations}
 * but the public {@link io.github.ascribe.citations.form.LexKind}.
 */
package io.github.ascribe.citations.internal.scan;
