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
  void asciiKeyWordsCountTheWordsOfTheKey() {
    String alphabet = "aZ09 -'`.\t\n\u000B\u001C\u001F\u0000\u0007\u007F,;é";
    qt().withExamples(20_000)
        .forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 16))
        .checkAssert(ks -> {
          StringBuilder sb = new StringBuilder("x");
          for (int k : ks) {
            sb.append(alphabet.charAt(k));
          }
          String text = sb.append('y').toString();
          int from = 1;
          int to = text.length() - 1;
          String range = text.substring(from, to);
          int expected = io.github.ascribe.core.internal.AsciiChars.isAscii(range, 0, range.length())
              ? NotationReader.splitCount(io.github.ascribe.core.text.Names.normalize(range)) : -1;
          assertThat(NotationReader.asciiKeyWords(text, from, to)).as("'%s'", range).isEqualTo(expected);
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

  @Test
  void allNamesKnownVerdictsExplainThemselvesAsBefore() {
    NotationReader reader = new NotationReader(SourceRegistry.bundled(), false);
    String[] names = {"Reuters", "AP News", "BBC", "The Guardian", "Yahoo News", "CNN", "WSJ", "Al Jazeera", "Le Monde",
        "NPR"};
    for (int n = 1; n <= names.length; n++) {
      var verdict = reader.read(String.join(", ", java.util.Arrays.copyOf(names, n))).verdict();
      assertThat(verdict.reason()).isEqualTo("all-names-known");
      assertThat(verdict.explanation()).isEqualTo("all " + n + " names are known sources");
    }
  }

  /**
   * A reader that defers tokens reads exactly as the plain reader does: equal results (tokens
   * included, made on demand by reading again), the same null from {@code readUnlessProse}, and the
   * kinds of its tokens known without making them.
   */
  @Test
  void deferredTokensAreTheTokensOfAPlainRead() {
    NotationReader plain = new NotationReader(SourceRegistry.bundled(), false);
    NotationReader deferring = plain.deferringTokens();
    assertThat(deferring.deferringTokens()).isSameAs(deferring);
    qt().withExamples(3_000).forAll(texts()).checkAssert(text -> {
      var deferred = deferring.read(text);
      TokenList kinds = (TokenList) deferred.tokens();
      for (io.github.ascribe.citations.TokenKind kind : io.github.ascribe.citations.TokenKind.values()) {
        boolean any = plain.read(text).tokens().stream().anyMatch(t -> t.kind() == kind);
        assertThat(kinds.hasKind(kind)).as("%s in '%s'", kind, text).isEqualTo(any);
      }
      var eager = plain.read(text);
      assertThat(deferred).isEqualTo(eager).hasSameHashCodeAs(eager).hasToString(eager.toString());
      assertThat(deferred.tokens()).isEqualTo(eager.tokens());
      var unlessProse = deferring.readUnlessProse(text);
      var plainUnlessProse = plain.readUnlessProse(text);
      assertThat(unlessProse).isEqualTo(plainUnlessProse);
      if (unlessProse != null) {
        assertThat(unlessProse.tokens()).isEqualTo(eager.tokens());
      }
    });
  }

  @Test
  void deferredTokensAreMadeOnceAndSeenWholeByEveryThread() throws Exception {
    NotationReader deferring = new NotationReader(SourceRegistry.bundled(), false).deferringTokens();
    String text = "The Guardian/AP News +2/The Times of India +4 Reuters =The Guardian =4";
    List<io.github.ascribe.citations.Token> expected = new NotationReader(SourceRegistry.bundled(), false).read(text)
        .tokens();
    for (int round = 0; round < 50; round++) {
      var tokens = deferring.read(text).tokens();
      var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
      try {
        List<java.util.concurrent.Future<List<io.github.ascribe.citations.Token>>> seen = new java.util.ArrayList<>();
        for (int t = 0; t < 4; t++) {
          seen.add(pool.submit(() -> List.copyOf(tokens)));
        }
        for (var f : seen) {
          assertThat(f.get()).isEqualTo(expected);
        }
      } finally {
        pool.shutdown();
      }
    }
  }

  /**
   * One reader's run is set up again for each read on a thread: whatever the reads before it left
   * (brackets, links, unknown names, prose stops), a read gives what a reader of its own gives.
   */
  @Test
  void aReusedRunReadsAsAFreshOne() {
    SourceRegistry registry = SourceRegistry.bundled();
    NotationReader shared = new NotationReader(registry, false);
    qt().withExamples(2_000).forAll(lists().of(texts()).ofSizeBetween(1, 6)).checkAssert(sequence -> {
      // what readers of their own give, first: a read by another reader replaces the kept run
      List<Object> expected = new java.util.ArrayList<>();
      for (String text : sequence) {
        expected.add(java.util.Optional.ofNullable(new NotationReader(registry, false).readUnlessProse(text)));
        expected.add(new NotationReader(registry, false).read(text));
      }
      // then the shared reader, whose run every read after the first takes up again
      List<Object> actual = new java.util.ArrayList<>();
      for (String text : sequence) {
        actual.add(java.util.Optional.ofNullable(shared.readUnlessProse(text)));
        actual.add(shared.read(text));
      }
      assertThat(actual).isEqualTo(expected);
    });
  }
}
