package io.github.ascribe.citations.internal.notation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.citations.Token;
import io.github.ascribe.citations.TokenKind;
import io.github.ascribe.citations.internal.scan.Lexer;
import io.github.ascribe.citations.internal.scan.TokenStream;
import io.github.ascribe.citations.Verdict;
import io.github.ascribe.core.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The last stage: tokens tile the window, offsets relative to it, diagnostics by span. */
class ResultBuilderTest {

  private static NotationResult build(NotationRead r) {
    SegmentAll.run(r);
    ChipGrouper.Groups g = Stages.GROUPER.group(r);
    return ResultBuilder.build(r, g, new Verdict(true, "x", "x"), null);
  }

  /** The name passes, as the reader runs them. */
  private static final class SegmentAll {
    static void run(NotationRead r) {
      NotationGrammar.read(r);
      Stages.SEGMENTER.markEnd(r);
      Stages.SEGMENTER.joinNames(r);
      NameSegmenter.applyLinkTargets(r);
      Stages.SEGMENTER.splitNames(r);
    }
  }

  @Test
  void tokensTileTheWindowWithTheTextBetweenPartsUnrecognized() {
    String s = "xx Reuters: AP yy";
    TokenStream t = Lexer.lex(s);
    NotationRead r = new NotationRead(s, 3, 14, Lexemes.of(t, t.indexAt(3), t.indexAt(14)), false);
    NotationResult result = build(r);
    assertThat(result.input()).isEqualTo("Reuters: AP");
    List<Token> tokens = result.tokens();
    assertThat(tokens).extracting(Token::kind).containsExactly(TokenKind.NAME, TokenKind.UNRECOGNIZED,
        TokenKind.SPACE, TokenKind.NAME);
    assertThat(tokens.get(3).span()).isEqualTo(Span.of(9, 11));
    assertThat(result.diagnostics()).singleElement().satisfies(d -> assertThat(d.span()).isEqualTo(Span.of(7, 8)));
  }

  @Test
  void diagnosticsComeInOrderOfTheirSpans() {
    NotationResult result = build(Stages.start("(Reuters +0,"));
    assertThat(result.diagnostics()).extracting(d -> d.span().start()).isSorted();
  }
}
