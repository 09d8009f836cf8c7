package io.github.ascribe.citations.internal.notation;

import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.citations.Token;
import io.github.ascribe.citations.TokenKind;
import io.github.ascribe.citations.Verdict;
import io.github.ascribe.core.Diagnostic;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The last stage: the typed result of one read, with the parts as tokens tiling the window (the
 * text between parts as UNRECOGNIZED tokens), offsets relative to the window, and diagnostics in
 * order of their spans. Stateless.
 */
final class ResultBuilder {

  private static final Comparator<Diagnostic> BY_SPAN = Comparator.comparing(Diagnostic::span);

  private ResultBuilder() {}

  /**
   * The result of a read.
   *
   * @param retokenize null to make the tokens now; else how to read the input again for its tokens,
   *     when they are first asked for
   */
  static NotationResult build(NotationRead r, ChipGrouper.Groups groups, Verdict verdict,
      Function<String, List<Token>> retokenize) {
    String input = r.s.substring(r.from, r.to);
    List<Token> tokens = retokenize != null ? TokenList.deferred(input, tokenKinds(r), retokenize) : tokens(r, input);
    r.diagnostics.sort(BY_SPAN);
    return new NotationResult(input, tokens, groups.entries(), groups.restatements(), groups.total(),
        r.diagnostics, verdict);
  }

  /** The parts as tokens, with UNRECOGNIZED ones for the text between them. */
  private static List<Token> tokens(NotationRead r, String input) {
    int count = 0;
    int at = r.from;
    for (Part p : r.parts) {
      count += (p.start > at ? 1 : 0) + (p.end > p.start ? 1 : 0);
      at = Math.max(at, p.end);
    }
    TokenList.Builder out = new TokenList.Builder(input, at < r.to ? count + 1 : count);
    at = r.from;
    for (Part p : r.parts) {
      if (p.start > at) {
        out.add(TokenKind.UNRECOGNIZED, at - r.from, p.start - r.from);
      }
      if (p.end > p.start) {
        out.add(kindOf(p), p.start - r.from, p.end - r.from);
      }
      at = Math.max(at, p.end);
    }
    if (at < r.to) {
      out.add(TokenKind.UNRECOGNIZED, at - r.from, r.to - r.from);
    }
    return out.build();
  }

  /** Bit {@code kind.ordinal()} set for each kind {@link #tokens} would give, without making them. */
  private static int tokenKinds(NotationRead r) {
    int mask = 0;
    int at = r.from;
    for (Part p : r.parts) {
      if (p.start > at) {
        mask |= 1 << TokenKind.UNRECOGNIZED.ordinal();
      }
      if (p.end > p.start) {
        mask |= 1 << kindOf(p).ordinal();
      }
      at = Math.max(at, p.end);
    }
    if (at < r.to) {
      mask |= 1 << TokenKind.UNRECOGNIZED.ordinal();
    }
    return mask;
  }

  private static TokenKind kindOf(Part p) {
    return switch (p.kind) {
      case NAME -> TokenKind.NAME;
      case COUNT -> TokenKind.COUNT;
      case SEP -> TokenKind.SEPARATOR;
      case RESTATE -> TokenKind.RESTATEMENT;
      case TOTAL -> TokenKind.TOTAL;
      case WRAPPER -> TokenKind.WRAPPER;
      case LINK_TARGET -> TokenKind.LINK_TARGET;
      case LEAD_IN -> TokenKind.LEAD_IN;
      case END -> TokenKind.END;
      case SPACE -> TokenKind.SPACE;
      case UNRECOGNIZED -> TokenKind.UNRECOGNIZED;
    };
  }
}
