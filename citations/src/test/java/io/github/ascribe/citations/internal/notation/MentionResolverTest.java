package io.github.ascribe.citations.internal.notation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.MatchKind;
import io.github.ascribe.core.SourceMention;
import org.junit.jupiter.api.Test;

/** The resolution stage: exact, fuzzy, confusable and unknown names, and names with no letter. */
class MentionResolverTest {

  private static SourceMention mention(String s) {
    NotationRead r = Stages.names(s);
    Part name = r.parts.stream().filter(p -> p.kind == Part.Kind.NAME).findFirst().orElseThrow();
    return Stages.RESOLVER.mention(r, name);
  }

  @Test
  void exactFuzzyAndHostMatches() {
    assertThat(mention("Reuters").match().kind()).isEqualTo(MatchKind.EXACT);
    assertThat(mention("Reuetrs").match().kind()).isEqualTo(MatchKind.FUZZY);
    assertThat(mention("https://apnews.com/article/x").source().id()).isEqualTo("associated-press");
  }

  @Test
  void lookAlikesAreKeptAsUnknownSources() {
    SourceMention m = mention("Reu\u200Bters");
    assertThat(m.match().kind()).isEqualTo(MatchKind.CONFUSABLE);
    assertThat(m.source().name()).isEqualTo("Reu{U200B}ters");
    assertThat(mention("Bl\u043E\u043Emberg").match().kind()).isEqualTo(MatchKind.CONFUSABLE);
  }

  @Test
  void unknownNamesAndNoNames() {
    SourceMention m = mention("The Daily Blah");
    assertThat(m.match().kind()).isEqualTo(MatchKind.UNRESOLVED);
    assertThat(m.source().name()).isEqualTo("The Daily Blah");
    NotationRead r = Stages.names("\"");
    Part p = r.parts.get(0);
    assertThat(Stages.RESOLVER.mention(r, p)).isNull();
    assertThat(p.kind).isEqualTo(Part.Kind.UNRECOGNIZED);
    assertThat(Stages.codes(r)).isEqualTo("not-a-name");
  }

  @Test
  void spansAreRelativeToTheWindow() {
    String s = "said: Reuters";
    io.github.ascribe.citations.internal.scan.TokenStream t = io.github.ascribe.citations.internal.scan.Lexer.lex(s);
    NotationRead r = new NotationRead(s, 6, s.length(), Lexemes.of(t, t.indexAt(6), t.size()), false);
    NotationGrammar.read(r);
    assertThat(Stages.RESOLVER.mention(r, r.parts.get(0)).span().start()).isZero();
  }
}
