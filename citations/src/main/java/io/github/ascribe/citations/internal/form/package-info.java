/**
 * The built-in attribution forms, one {@link io.github.ascribe.citations.form.FormRecognizer} each,
 * listed in order of precedence by {@link io.github.ascribe.citations.internal.form.CoreForms}, and
 * the small text helpers they share. Rules: no form class uses another form class, and nothing here
 * uses {@code internal.article}: forms only report, the article reader decides coverage.
 */
package io.github.ascribe.citations.internal.form;
