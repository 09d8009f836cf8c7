/**
 * Article analysis as a pipeline over one per-call {@code ReadContext}: {@code Layout} and {@code
 * References}, then {@code Claims} (sentences from {@code Sentences}, attributions from the form
 * recognisers through {@code FormDriver}), then {@code Scoping} (reach to claims, quote extension),
 * then {@code ArticleBuilder}. {@link io.github.ascribe.citations.internal.article.ArticleReader}
 * drives it. Shared objects hold configuration only.
 */
package io.github.ascribe.citations.internal.article;
