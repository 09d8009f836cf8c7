package io.github.ascribe.citations.internal;

import io.github.ascribe.core.AttributionForm;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.TreeSet;

/** An attribution being built: its claims are filled in as the article is read. Parser-private. */
final class Pending {
  final AttributionForm form;
  final String rule;
  final Span span;
  final List<SourceMention> mentions;
  final int unnamed;
  final OptionalInt total;
  final TreeSet<Integer> claims = new TreeSet<>();

  Pending(AttributionForm form, String rule, Span span, List<SourceMention> mentions, int unnamed, OptionalInt total) {
    this.form = form;
    this.rule = rule;
    this.span = span;
    this.mentions = new ArrayList<>(mentions);
    this.unnamed = unnamed;
    this.total = total;
  }
}
