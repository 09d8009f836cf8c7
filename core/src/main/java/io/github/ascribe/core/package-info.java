/**
 * The model: an {@link io.github.ascribe.core.Article} holds {@link io.github.ascribe.core.Claim}s
 * (sentences), {@link io.github.ascribe.core.Attribution}s (text naming sources, in one of the
 * {@link io.github.ascribe.core.AttributionForm}s) and {@link io.github.ascribe.core.Diagnostic}s;
 * attributions hold {@link io.github.ascribe.core.SourceMention}s resolved to canonical {@link
 * io.github.ascribe.core.Source}s. Every type is immutable and thread-safe, and every {@link
 * io.github.ascribe.core.Span} is a UTF-16 range of the original input.
 */
package io.github.ascribe.core;
