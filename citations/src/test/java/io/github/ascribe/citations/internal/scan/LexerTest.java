package io.github.ascribe.citations.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.citations.form.LexKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The one lexer: properties over any string and any window (never throws, tokens tile the window in
 * order, deterministic, a window lexes as its substring), and each {@link LexKind} on real examples.
 * QuickTheories prints the failing seed; rerun with {@code -DQT_SEED=<seed>}.
 */
class LexerTest {

  /** Characters the lexer decides on, so that random strings hit every branch. */
  private static final String ALPHABET = "aZ9h w.,;-–—[]()^+=*:\"'“”<>/|&@{}¹²\u200B\u202A\n\r\t ＋＝（）";
  private static final Gen<String> TRICKY = strings().betweenCodePoints(0, ALPHABET.length() - 1)
      .ofLengthBetween(0, 40)
      .map(x -> x.codePoints().mapToObj(c -> String.valueOf(ALPHABET.charAt(c))).reduce("", String::concat));
  private static final Gen<String> ANY = strings().allPossible().ofLengthBetween(0, 60);

  @Test
  void tokensTileAnyString() {
    qt().withExamples(3000).forAll(ANY).checkAssert(s -> tiles(Lexer.lex(s), 0, s.length()));
    qt().withExamples(3000).forAll(TRICKY).checkAssert(s -> tiles(Lexer.lex(s), 0, s.length()));
  }

  @Test
  void aWindowLexesAsItsSubstring() {
    qt().withExamples(3000).forAll(TRICKY, integers().between(0, 40), integers().between(0, 40))
        .checkAssert((s, a, b) -> {
          int from = Math.min(Math.min(a, b), s.length());
          int to = Math.min(Math.max(a, b), s.length());
          TokenStream window = Lexer.lex(s, from, to);
          tiles(window, from, to);
          assertThat(describe(window, from)).as(s).isEqualTo(describe(Lexer.lex(s.substring(from, to)), 0));
        });
  }

  @Test
  void lexingIsDeterministic() {
    qt().withExamples(1000).forAll(TRICKY).checkAssert(s ->
        assertThat(describe(Lexer.lex(s), 0)).isEqualTo(describe(Lexer.lex(s), 0)));
  }

  @Test
  void indexAtFindsTheFirstTokenAtOrAfterAnOffset() {
    qt().withExamples(1000).forAll(TRICKY).checkAssert(s -> {
      TokenStream t = Lexer.lex(s);
      for (int offset = 0; offset <= s.length(); offset++) {
        int i = t.indexAt(offset);
        assertThat(i == t.size() || t.start(i) >= offset).isTrue();
        assertThat(i == 0 || t.start(i - 1) < offset).isTrue();
        assertThat(t.isEdge(offset)).isEqualTo(offset == s.length() || i < t.size() && t.start(i) == offset);
      }
    });
  }

  @Test
  void everyLexKindOnRealExamples() {
    assertThat(kinds("Reuters +2 [1]")).containsExactly(LexKind.WORD, LexKind.SPACE, LexKind.PLUS_COUNT,
        LexKind.SPACE, LexKind.MARKER);
    assertThat(kinds("BBC\nAP")).containsExactly(LexKind.WORD, LexKind.LINE_END, LexKind.WORD);
    assertThat(kinds("BBC + AP")).contains(LexKind.PLUS);
    assertThat(kinds("=The Guardian =4")).containsExactly(LexKind.EQUALS, LexKind.WORD, LexKind.SPACE,
        LexKind.WORD, LexKind.SPACE, LexKind.EQUALS);
    assertThat(kinds("(dpa)")).containsExactly(LexKind.OPEN, LexKind.WORD, LexKind.CLOSE);
    assertThat(kinds("see https://apnews.com/x.")).containsExactly(LexKind.WORD, LexKind.SPACE, LexKind.URL,
        LexKind.STOP);
    assertThat(kinds("via apnews.com")).containsExactly(LexKind.WORD, LexKind.SPACE, LexKind.URL);
    assertThat(kinds("[AP](https://apnews.com)")).containsExactly(LexKind.OPEN, LexKind.WORD, LexKind.CLOSE,
        LexKind.URL);
    assertThat(kinds("[1, 3] [2-4] [^1]")).containsExactly(LexKind.MARKER, LexKind.SPACE, LexKind.MARKER,
        LexKind.SPACE, LexKind.MARKER);
    assertThat(kinds("the report¹²")).containsExactly(LexKind.WORD, LexKind.SPACE, LexKind.WORD,
        LexKind.SUPERSCRIPT);
    assertThat(kinds("“Reuters”")).containsExactly(LexKind.QUOTE, LexKind.WORD, LexKind.QUOTE);
    assertThat(kinds("WASHINGTON (AP) — Officials")).contains(LexKind.DASH);
    assertThat(kinds("WSJ, The Guardian; Yahoo")).containsSubsequence(LexKind.SEPARATOR, LexKind.SEPARATOR);
    assertThat(kinds("said Reuters.")).endsWith(LexKind.STOP);
    // a market move is one word, never a count: "+1.8%", "+2%", "+0,6%", "+1.25"
    assertThat(kinds("News Corp +1.8%")).containsExactly(LexKind.WORD, LexKind.SPACE, LexKind.WORD,
        LexKind.SPACE, LexKind.WORD);
    assertThat(kinds("Nikkei +2% +0,6% +1.25")).doesNotContain(LexKind.PLUS_COUNT);
    assertThat(kinds("Reuters +2.")).containsExactly(LexKind.WORD, LexKind.SPACE, LexKind.PLUS_COUNT,
        LexKind.STOP);
    assertThat(kinds("Reuters +1,000")).contains(LexKind.PLUS_COUNT);
    assertThat(kinds("**Source:**")).containsExactly(LexKind.OTHER, LexKind.WORD, LexKind.OTHER, LexKind.OTHER);
    assertThat(kinds("#AP @BBC")).contains(LexKind.OTHER);
  }

  @Test
  void everyLexKindIsProduced() {
    Set<LexKind> seen = EnumSet.noneOf(LexKind.class);
    for (String s : List.of("Reuters +2 [1]", "BBC\nAP + CNN", "=X =4", "(a)", "https://x.org apnews.com",
        "¹ “q” — , . #")) {
      seen.addAll(kinds(s));
    }
    assertThat(seen).containsExactlyInAnyOrder(LexKind.values());
  }

  @Test
  void wordsKeepTheirInWordMarks() {
    TokenStream t = Lexer.lex("O'Brien U.S. AT&T 10:30 Agence France-Presse");
    List<String> words = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.type(i) == TokenType.WORD) {
        words.add(t.text(i));
      }
    }
    assertThat(words).containsExactly("O'Brien", "U.S", "AT&T", "10:30", "Agence", "France-Presse");
  }

  @Test
  void piecesOfOneWordAreJoined() {
    TokenStream t = Lexer.lex("“Reuters.” AP");
    assertThat(t.toString()).isEqualTo("[QUOTE\"“\" WORD\"Reuters\" STOP\".\" QUOTE\"”\" SPACE\" \" WORD\"AP\"]");
    assertThat(t.joined(0)).isFalse();
    assertThat(t.joined(1) && t.joined(2) && t.joined(3)).isTrue();
    assertThat(t.inWord(3) && !t.inWord(4) && !t.joined(5)).isTrue();
  }

  @Test
  void countsAndTotalsCarryTheirNumber() {
    TokenStream t = Lexer.lex("+12 = 7 +99999");
    assertThat(t.number(0, 9_999)).isEqualTo(12);
    assertThat(t.number(2, 9_999)).isEqualTo(7);
    assertThat(t.number(4, 9_999)).isEqualTo(-1);
    assertThat(t.number(1, 9_999)).isZero();
  }

  /**
   * A guard against hangs, not a speed claim: how the time per character grows with hostile input is
   * measured by the benchmarks' {@code HostileTiming} (docs/performance.md), since a wall-clock limit
   * in a unit test fails on a busy machine and passes a slow lexer on a fast one.
   */
  @Test
  void longHostileInputsLexAndTile() {
    for (String unit : List.of("](", "[1", "http://", "\u200B", "a.", "=", "+", "((((")) {
      String s = unit.repeat(200_000 / unit.length());
      assertTimeoutPreemptively(Duration.ofSeconds(60), () -> tiles(Lexer.lex(s), 0, s.length()), unit);
    }
  }

  private static List<LexKind> kinds(String s) {
    TokenStream t = Lexer.lex(s);
    List<LexKind> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      out.add(t.lexKind(i));
    }
    return out;
  }

  private static String describe(TokenStream t, int shift) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < t.size(); i++) {
      sb.append(t.type(i)).append(t.start(i) - shift).append(t.joined(i) ? "j" : "").append(t.inWord(i) ? "w" : "")
          .append(' ');
    }
    return sb.toString();
  }

  private static void tiles(TokenStream t, int from, int to) {
    assertThat(t.from()).isEqualTo(from);
    assertThat(t.to()).isEqualTo(to);
    int at = from;
    for (int i = 0; i < t.size(); i++) {
      assertThat(t.start(i)).isEqualTo(at);
      assertThat(t.end(i)).isGreaterThan(t.start(i));
      assertThat(!t.joined(i) || i > 0).isTrue();
      at = t.end(i);
    }
    assertThat(at).isEqualTo(to);
  }
}
