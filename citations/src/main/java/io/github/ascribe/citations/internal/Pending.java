package io.github.ascribe.citations.internal;

import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import java.util.List;
import java.util.OptionalInt;

/**
 * An attribution being built: its claims, the set it is, are filled in as the article is read.
 * Parser-private.
 */
final class Pending extends ClaimSet {
  final AttributionForm form;
  final String rule;
  final Span span;
  /** Immutable, so that the attribution made from it keeps this list instead of copying it. */
  final List<SourceMention> mentions;
  final int unnamed;
  final OptionalInt total;

  Pending(AttributionForm form, String rule, Span span, List<SourceMention> mentions, int unnamed, OptionalInt total) {
    this.form = form;
    this.rule = rule;
    this.span = span;
    this.mentions = List.copyOf(mentions);
    this.unnamed = unnamed;
    this.total = total;
  }

  /** @return the claims covered so far: this attribution itself, seen as its set of claims */
  ClaimSet claims() {
    return this;
  }
}
