package io.github.ascribe.citations.internal.article;

import io.github.ascribe.citations.form.LexKind;
import io.github.ascribe.citations.internal.scan.TokenStream;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which lexeme kinds occur in a range of a paragraph, from the paragraph's one token stream: what
 * the recognisers' triggers are checked against. A token that overlaps the range counts. Stateless.
 */
final class LexScan {

  private LexScan() {}

  /**
   * The kinds of the tokens of {@code tokens} that overlap {@code [from, to)}.
   *
   * @param tokens the paragraph's tokens
   * @param from first index
   * @param to index past the last
   * @return the kinds present
   */
  static Set<LexKind> kinds(TokenStream tokens, int from, int to) {
    EnumSet<LexKind> kinds = EnumSet.noneOf(LexKind.class);
    int i = tokens.indexAt(from);
    if (i > 0 && (i == tokens.size() || tokens.start(i) > from)) {
      i--; // the token that runs across from
    }
    for (; i < tokens.size() && tokens.start(i) < to; i++) {
      if (tokens.end(i) > from) {
        kinds.add(tokens.lexKind(i));
      }
    }
    return kinds;
  }
}
