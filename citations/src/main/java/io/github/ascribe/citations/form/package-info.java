/**
 * The attribution forms' extension point: the lexeme kinds of the one lexer, and (as the pipeline
 * is rebuilt) the recogniser interface through which each form, built in or added by a user through
 * {@code Analyzer.builder()}, reports what it finds.
 */
package io.github.ascribe.citations.form;
