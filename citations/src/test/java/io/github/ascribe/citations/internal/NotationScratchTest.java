package io.github.ascribe.citations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import io.github.ascribe.core.registry.SourceRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The shortcuts of a notation read give what the plain path gives: lexing into a reused
 * {@link Lexemes} finds the same lexemes, with blank memos, as lexing into a new one, whatever was
 * lexed into it before; {@link NotationReader#splitCount} is {@code split(" ").length}; a verdict
 * on syntax explains itself in the words it always used, from few names to many.
 */
class NotationScratchTest {

  /** Pieces of notation and prose, so that every kind of lexeme comes up. */
  private static final String[] PIECES = {"Reuters", "AP", " ", "  ", "+2", "+12345", "=3", "= 4", "=", ",", ";",
      "/", "|", "&", " and ", " — ", "-", "(", ")", "[", "]", "(https://x.com/a)", "https://apnews.com", "www.bbc.com",
      "*", "**", ":", "Sources:", "\u200B", "é", "\uD83D\uDE00", "the", "3 others", "more", "\t", "a", "Z"};

  private static Gen<String> texts() {
    return lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 40).map(ks -> {
      StringBuilder sb = new StringBuilder();
      for (int k : ks) {
        sb.append(PIECES[k]);
      }
      return sb.toString();
    });
  }

  @Test
  void reusedLexemesAreTheFreshOnes() {
    Lexemes reused = new Lexemes(1);
    qt().withExamples(5_000).forAll(texts(), integers().between(0, 7)).checkAssert((text, memos) -> {
      for (int i = 0; i < reused.size(); i += 1 + memos) {
        reused.memo(i, 1 + i); // what an earlier read left behind
      }
      Lexemes fresh = NotationLexer.lex(text);
      assertThat(NotationLexer.lex(text, reused)).isSameAs(reused);
      assertThat(reused.size()).isEqualTo(fresh.size());
      for (int i = 0; i < fresh.size(); i++) {
        assertThat(reused.kind(i)).isEqualTo(fresh.kind(i));
        assertThat(reused.start(i)).isEqualTo(fresh.start(i));
        assertThat(reused.end(i)).isEqualTo(fresh.end(i));
        assertThat(reused.value(i)).isEqualTo(fresh.value(i));
        assertThat(reused.memo(i)).isZero();
        assertThat(fresh.memo(i)).isZero();
      }
      assertThat(reused.toString()).isEqualTo(fresh.toString());
    });
  }

  @Test
  void splitCountIsSplitLength() {
    qt().withExamples(5_000)
        .forAll(lists().of(integers().between(0, 3)).ofSizeBetween(0, 12))
        .checkAssert(ks -> {
          StringBuilder sb = new StringBuilder();
          for (int k : ks) {
            sb.append(" ab\u00A0".charAt(k));
          }
          String text = sb.toString();
          assertThat(NotationReader.splitCount(text)).as("'%s'", text).isEqualTo(text.split(" ").length);
        });
    for (String text : List.of("", " ", "  ", "a", " a", "a ", " a ", "a  b", "a b  ", "  a b", "\u00A0 a")) {
      assertThat(NotationReader.splitCount(text)).as("'%s'", text).isEqualTo(text.split(" ").length);
    }
  }

  @Test
  void syntaxVerdictsExplainThemselvesAsBefore() {
    NotationReader reader = new NotationReader(SourceRegistry.bundled(), false);
    for (int names = 1; names <= 12; names++) {
      StringBuilder sb = new StringBuilder("Sources: ");
      for (int k = 0; k < names; k++) {
        sb.append(k == 0 ? "" : ", ").append(k % 2 == 0 ? "Reuters" + (k > 0 ? " +" + k : "") : "Blah Daily " + k);
      }
      var verdict = reader.read(sb.toString()).verdict();
      int known = (names + 1) / 2;
      assertThat(verdict.explanation()).as(sb.toString()).isEqualTo("attribution syntax (" + verdict.reason()
          + ") with " + known + " of " + names + " names known");
    }
  }
}
