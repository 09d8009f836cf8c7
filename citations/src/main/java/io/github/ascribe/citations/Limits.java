package io.github.ascribe.citations;

import io.github.ascribe.citations.internal.notation.NotationReader;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Severity;
import io.github.ascribe.core.Span;
import java.util.ArrayList;
import java.util.List;

/** Applies input limits: the cut-off part stays in the tokens, unread, and a diagnostic says so. */
final class Limits {

  private Limits() {}

  /** Where to cut {@code input} to at most {@code max} units without splitting a surrogate pair. */
  static int cutPoint(String input, int max) {
    int cut = max;
    if (Character.isLowSurrogate(input.charAt(cut)) && Character.isHighSurrogate(input.charAt(cut - 1))) {
      cut--;
    }
    return cut;
  }

  /** The {@code input-truncated} error spanning the unread rest of {@code input} from {@code cut}. */
  static Diagnostic truncation(String input, int cut, String verb) {
    return new Diagnostic(Severity.ERROR, "input-truncated", "input is " + input.length()
        + " characters; only the first " + cut + " were " + verb + " (maxInput)", Span.of(cut, input.length()));
  }

  static NotationResult truncated(NotationReader reader, String input, int max) {
    int cut = cutPoint(input, max);
    NotationResult head = reader.read(input.substring(0, cut));
    List<Token> tokens = new ArrayList<>(head.tokens());
    tokens.add(new Token(TokenKind.UNRECOGNIZED, Span.of(cut, input.length()), input.substring(cut)));
    List<Diagnostic> diagnostics = new ArrayList<>(head.diagnostics());
    diagnostics.add(truncation(input, cut, "read"));
    return new NotationResult(input, tokens, head.entries(), head.restatements(), head.declaredTotal(),
        diagnostics, head.verdict());
  }
}
