package io.github.ascribe.citations;

import io.github.ascribe.citations.internal.NotationReader;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Severity;
import io.github.ascribe.core.Span;
import java.util.ArrayList;
import java.util.List;

/** Applies input limits: the cut-off part stays in the tokens, unread, and a diagnostic says so. */
final class Limits {

  private Limits() {}

  static NotationResult truncated(NotationReader reader, String input, int max) {
    int cut = max;
    if (Character.isLowSurrogate(input.charAt(cut)) && Character.isHighSurrogate(input.charAt(cut - 1))) {
      cut--;
    }
    NotationResult head = reader.read(input.substring(0, cut));
    List<Token> tokens = new ArrayList<>(head.tokens());
    tokens.add(new Token(TokenKind.UNRECOGNIZED, Span.of(cut, input.length()), input.substring(cut)));
    List<Diagnostic> diagnostics = new ArrayList<>(head.diagnostics());
    diagnostics.add(new Diagnostic(Severity.ERROR, "input-truncated",
        "input is " + input.length() + " characters; only the first " + cut + " were read (maxInput)",
        Span.of(cut, input.length())));
    return new NotationResult(input, tokens, head.entries(), head.restatements(), head.declaredTotal(),
        diagnostics, head.verdict());
  }
}
