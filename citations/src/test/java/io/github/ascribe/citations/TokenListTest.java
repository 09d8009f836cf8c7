package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import io.github.ascribe.citations.internal.notation.TokenList;
import io.github.ascribe.core.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ListIterator;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;

/**
 * The parser's token list makes each token when asked for; as a list it is what {@code List.of} of
 * the same tokens made eagerly is: equal both ways, the same hash code and string form, the same
 * elements by index and by iteration, and unmodifiable in the same way. Checked on a hand-built
 * list and on the tokens of generated notation, damaged notation and any string.
 */
class TokenListTest {

  private static final String INPUT = "AP +2, Reuters";

  private static TokenList sample() {
    return new TokenList.Builder(INPUT, 5)
        .add(TokenKind.NAME, 0, 2)
        .add(TokenKind.SPACE, 2, 3)
        .add(TokenKind.COUNT, 3, 5)
        .add(TokenKind.SEPARATOR, 5, 6)
        .add(TokenKind.NAME, 6, 14)
        .build();
  }

  /** The same tokens, made eagerly from the spans. */
  private static List<Token> eager(String input, List<Token> lazy) {
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < lazy.size(); i++) {
      Span span = lazy.get(i).span();
      out.add(new Token(lazy.get(i).kind(), Span.of(span.start(), span.end()), span.text(input)));
    }
    return List.copyOf(out);
  }

  @Test
  void isWhatListOfTheSameTokensIs() {
    TokenList lazy = sample();
    List<Token> eager = List.of(new Token(TokenKind.NAME, Span.of(0, 2), "AP"),
        new Token(TokenKind.SPACE, Span.of(2, 3), " "), new Token(TokenKind.COUNT, Span.of(3, 5), "+2"),
        new Token(TokenKind.SEPARATOR, Span.of(5, 6), ","), new Token(TokenKind.NAME, Span.of(6, 14), " Reuters"));
    assertSameList(lazy, eager);
    assertThat(lazy.kind(2)).isEqualTo(TokenKind.COUNT);
    assertThat(lazy.subList(1, 3)).isEqualTo(eager.subList(1, 3));
    assertThat(lazy).isNotEqualTo(eager.subList(0, 4)).isNotEqualTo(List.of());
  }

  @Test
  void anEmptyListIsListOf() {
    TokenList empty = new TokenList.Builder("", 0).build();
    assertSameList(empty, List.of());
    assertThatThrownBy(empty::clear).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void mutatorsThrowAsListOfsDo() {
    TokenList lazy = sample();
    Token t = lazy.get(0);
    List<Callable<?>> mutators = List.of(() -> lazy.add(t), () -> { lazy.add(0, t); return null; },
        () -> lazy.addAll(List.of(t)), () -> lazy.addAll(0, List.of(t)), () -> lazy.addAll(List.of()),
        () -> lazy.set(0, t), () -> lazy.remove(0), () -> lazy.remove(t), () -> lazy.remove("x"),
        () -> lazy.removeAll(List.of(t)), () -> lazy.removeAll(List.of()), () -> lazy.retainAll(List.of(t)),
        () -> lazy.removeIf(x -> false), () -> { lazy.replaceAll(x -> x); return null; },
        () -> { lazy.sort(Comparator.comparing(Token::span)); return null; }, () -> { lazy.clear(); return null; },
        () -> { lazy.subList(0, 2).clear(); return null; }, () -> lazy.subList(0, 2).add(t), () -> {
          var it = lazy.iterator();
          it.next();
          it.remove();
          return null;
        }, () -> {
          ListIterator<Token> it = lazy.listIterator();
          it.next();
          it.set(t);
          return null;
        }, () -> {
          lazy.listIterator().add(t);
          return null;
        });
    for (Callable<?> m : mutators) {
      assertThatThrownBy(m::call).isInstanceOf(UnsupportedOperationException.class);
    }
    assertThat(lazy).isEqualTo(sample());
  }

  @Test
  void boundsAreChecked() {
    TokenList lazy = sample();
    for (int bad : new int[] {-1, 5, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
      assertThatThrownBy(() -> lazy.get(bad)).isInstanceOf(IndexOutOfBoundsException.class);
      assertThatThrownBy(() -> lazy.kind(bad)).isInstanceOf(IndexOutOfBoundsException.class);
    }
    assertThatThrownBy(() -> lazy.listIterator(6)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> lazy.subList(2, 6)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void theBuilderTakesExactlyTheTokensItAnnounced() {
    assertThatThrownBy(() -> new TokenList.Builder("ab", 1).add(TokenKind.NAME, 0, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[0, 3)");
    assertThatThrownBy(() -> new TokenList.Builder("ab", 1).add(TokenKind.NAME, 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TokenList.Builder("ab", 1).add(TokenKind.NAME, -1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new TokenList.Builder("ab", 1).add(TokenKind.NAME, 0, 1).add(TokenKind.NAME, 1, 2))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new TokenList.Builder("ab", 2).add(TokenKind.NAME, 0, 1).build())
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void theParsersTokensAreTheEagerTokensOnGeneratedInput() {
    qt().withExamples(1500).forAll(NotationGen.wellFormed()).checkAssert(x -> agree(x.text()));
    qt().withExamples(1500).forAll(NotationGen.damaged()).checkAssert(x -> agree(x.text()));
    qt().withExamples(1500).forAll(strings().allPossible().ofLengthBetween(0, 40)).checkAssert(TokenListTest::agree);
  }

  @Test
  void aResultKeepsTheParsersListAndCopiesAnyOther() {
    NotationResult r = Notation.parse("The Guardian/AP News +2/The Times of India +4 Reuters =The Guardian =4");
    assertThat(r.tokens()).isInstanceOf(TokenList.class);
    NotationResult copy = new NotationResult(r.input(), r.tokens(), r.entries(), r.restatements(), r.declaredTotal(),
        r.diagnostics(), r.verdict());
    assertThat(copy.tokens()).isSameAs(r.tokens());
    List<Token> mutable = new ArrayList<>(r.tokens());
    NotationResult other = new NotationResult(r.input(), mutable, r.entries(), r.restatements(), r.declaredTotal(),
        r.diagnostics(), r.verdict());
    mutable.clear();
    assertThat(other.tokens()).isNotInstanceOf(TokenList.class).hasSize(r.tokens().size());
    assertThat(other).isEqualTo(r).hasSameHashCodeAs(r).hasToString(r.toString());
  }

  private static void agree(String input) {
    NotationResult r = Notation.parse(input);
    List<Token> lazy = r.tokens();
    List<Token> eager = eager(input, lazy);
    assertSameList(lazy, eager);
    NotationResult withEager = new NotationResult(input, eager, r.entries(), r.restatements(), r.declaredTotal(),
        r.diagnostics(), r.verdict());
    assertThat(withEager).isEqualTo(r);
    assertThat(r).isEqualTo(withEager).hasSameHashCodeAs(withEager).hasToString(withEager.toString());
    assertThat(Notation.parse(input).tokens()).isEqualTo(lazy);
  }

  private static void assertSameList(List<Token> lazy, List<Token> eager) {
    assertThat(lazy.equals(eager)).isTrue();
    assertThat(eager.equals(lazy)).isTrue();
    assertThat(lazy.hashCode()).isEqualTo(eager.hashCode());
    assertThat(lazy.toString()).isEqualTo(eager.toString());
    assertThat(lazy.size()).isEqualTo(eager.size());
    assertThat(lazy.isEmpty()).isEqualTo(eager.isEmpty());
    assertThat(lazy.toArray()).isEqualTo(eager.toArray());
    assertThat(List.copyOf(lazy)).isEqualTo(eager);
    assertThat(lazy.stream().toList()).isEqualTo(eager);
    for (int i = 0; i < eager.size(); i++) {
      assertThat(lazy.get(i)).isEqualTo(eager.get(i)).isNotSameAs(eager.get(i));
      assertThat(lazy.indexOf(eager.get(i))).isEqualTo(eager.indexOf(eager.get(i)));
      assertThat(lazy.contains(eager.get(i))).isTrue();
    }
    ListIterator<Token> back = lazy.listIterator(lazy.size());
    for (int i = eager.size() - 1; i >= 0; i--) {
      assertThat(back.previous()).isEqualTo(eager.get(i));
    }
  }
}
