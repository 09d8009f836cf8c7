/**
 * The attribution forms' extension point (beta: it may still change): {@link
 * io.github.ascribe.citations.form.FormRecognizer}, one per form, reads a range of the article
 * through {@link io.github.ascribe.citations.form.FormInput} and reports {@link
 * io.github.ascribe.citations.form.Recognized} results with the {@link
 * io.github.ascribe.citations.form.Reach} they cover. The built-in forms implement it; a user adds
 * one with {@code Analyzer.builder().form(...)}. The lexeme kinds of the one lexer ({@link
 * io.github.ascribe.citations.form.LexKind}) are the triggers a recogniser declares.
 */
package io.github.ascribe.citations.form;
