package io.github.ascribe.citations.internal.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link LinkTargets} answers what a direct scan from each position answers (the depth of
 * parentheses back at 0, no white space, at most {@link Lexer#MAX_LINK_TARGET} long), for
 * targets short and long, balanced or not, asked in order or not.
 */
class LinkTargetsTest {

  /** The definition: scan from {@code at} until the parenthesis opened there is balanced. */
  private static int scan(CharSequence s, int at, int to) {
    if (at >= to || s.charAt(at) != '(') {
      return -1;
    }
    int depth = 0;
    for (int i = at; i < to && i - at <= Lexer.MAX_LINK_TARGET; i++) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        return -1;
      }
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
    }
    return -1;
  }

  /** Text of parentheses, brackets, letters and now and then a space: long targets, deep ones, unbalanced ones. */
  private static String text(long seed, int length) {
    Random r = new Random(seed);
    String alphabet = r.nextBoolean() ? "(()))]x" : "((((]x)";
    StringBuilder sb = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      sb.append(r.nextInt(400) == 0 ? ' ' : alphabet.charAt(r.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  @Test
  void answersAsTheDirectScanInOrder() {
    qt().withExamples(300).forAll(longs().all(), integers().between(0, 6_000)).checkAssert((seed, length) -> {
      String s = text(seed, length);
      int to = length == 0 ? 0 : new Random(seed).nextInt(length + 1);
      LinkTargets links = new LinkTargets(s, to);
      for (int at = 0; at <= to; at++) {
        assertThat(links.end(at)).as("at %d of %d", at, to).isEqualTo(scan(s, at, to));
      }
    });
  }

  @Test
  void answersAsTheDirectScanInAnyOrder() {
    qt().withExamples(200).forAll(longs().all(), integers().between(0, 3_000)).checkAssert((seed, length) -> {
      String s = text(seed, length);
      List<Integer> order = new ArrayList<>();
      for (int at = 0; at < length; at++) {
        order.add(at);
      }
      Collections.shuffle(order, new Random(seed));
      LinkTargets links = new LinkTargets(s, length);
      for (int at : order) {
        assertThat(links.end(at)).as("at %d", at).isEqualTo(scan(s, at, length));
      }
    });
  }

  @Test
  void edgesOfTheLimits() {
    int max = Lexer.MAX_LINK_TARGET;
    for (int inner : new int[] {0, 1, LinkTargets.DIRECT - 2, LinkTargets.DIRECT - 1, LinkTargets.DIRECT,
        max - 2, max - 1, max, max + 1}) {
      String s = "](" + "x".repeat(inner) + ")";
      LinkTargets links = new LinkTargets(s, s.length());
      assertThat(links.end(1)).as("%d inside", inner).isEqualTo(scan(s, 1, s.length()));
      String nested = "](" + "(".repeat(inner) + ")".repeat(inner + 1);
      assertThat(new LinkTargets(nested, nested.length()).end(1)).as("%d deep", inner)
          .isEqualTo(scan(nested, 1, nested.length()));
    }
    String spaced = "](" + "x".repeat(100) + " )";
    assertThat(new LinkTargets(spaced, spaced.length()).end(1)).isEqualTo(-1);
    String brackets = "](".repeat(5_000);
    LinkTargets links = new LinkTargets(brackets, brackets.length());
    for (int at = 1; at < brackets.length(); at += 2) {
      assertThat(links.end(at)).isEqualTo(-1);
    }
  }

  @Test
  void aTitleAfterTheAddressClosesTheTarget() {
    for (String url : new String[] {"https://a.com/x", "https://a.com/" + "x".repeat(LinkTargets.DIRECT * 3)}) {
      for (String title : new String[] {" \"Storm halts ferries\")", " 'A title')", "  \u201CTyped\u201D )"}) {
        String s = "](" + url + title + " rest";
        assertThat(new LinkTargets(s, s.length()).end(1)).as(s).isEqualTo(s.length() - " rest".length());
      }
      String open = "](" + url + " \"never closed)";
      assertThat(new LinkTargets(open, open.length()).end(1)).isEqualTo(-1);
      String word = "](" + url + " word)";
      assertThat(new LinkTargets(word, word.length()).end(1)).isEqualTo(-1);
    }
  }
}
