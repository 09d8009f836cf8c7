package io.github.ascribe.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ModelTest {

  static final Source AP = new Source("associated-press", "Associated Press", SourceKind.AGENCY, "US", "en",
      List.of("apnews.com"), List.of("AP"));
  static final Source YAHOO = new Source("yahoo-news", "Yahoo News", SourceKind.AGGREGATOR, "US", "en",
      List.of("news.yahoo.com"), List.of("Yahoo"));

  @Test
  void sourcesValidateTheirFields() {
    assertThatThrownBy(() -> new Source("Bad Id", "x", SourceKind.OUTLET, "", "", List.of(), List.of()))
        .hasMessageContaining("'Bad Id'");
    assertThatThrownBy(() -> new Source("a", " ", SourceKind.OUTLET, "", "", List.of(), List.of()))
        .hasMessageContaining("blank");
    assertThatThrownBy(() -> new Source("a", "A", SourceKind.OUTLET, "usa", "", List.of(), List.of()))
        .hasMessageContaining("'usa'");
    assertThatThrownBy(() -> new Source("a", "A", null, "", "", List.of(), List.of()))
        .isInstanceOf(NullPointerException.class).hasMessage("kind");
  }

  @Test
  void adHocSourcesHaveStableIds() {
    assertThat(Source.unknown("The Daily Blah").id()).isEqualTo("unknown-the-daily-blah");
    assertThat(Source.unknown("The  Daily\u200BBlah ")).isNotEqualTo(Source.unknown("The Daily Blah"));
    assertThat(Source.person("Marco Rubio").kind()).isEqualTo(SourceKind.PERSON);
    assertThat(Source.anonymous("an official").id()).isEqualTo("anonymous-an-official");
    assertThatThrownBy(() -> Source.unknown("\u200B")).hasMessageContaining("visible");
  }

  private static Article article() {
    String text = "Talks ended. Prices rose.\nAP, Yahoo +2\nAn official said so.";
    SourceMention ap = new SourceMention("AP", Span.of(26, 28), AP, Match.ALIAS);
    SourceMention yahoo = new SourceMention("Yahoo", Span.of(30, 35), YAHOO, Match.ALIAS);
    Attribution line = new Attribution(0, AttributionForm.SOURCE_LINE, "source-line", Span.of(26, 38),
        List.of(ap, yahoo), 2, OptionalInt.empty(), List.of(0, 1));
    Source anon = Source.anonymous("An official");
    Attribution prose = new Attribution(1, AttributionForm.PROSE, "prose-verb", Span.of(39, 54),
        List.of(new SourceMention("An official", Span.of(39, 50), anon, Match.UNRESOLVED)), 0,
        OptionalInt.empty(), List.of(2));
    List<Claim> claims = List.of(
        new Claim(0, 0, "Talks ended.", Span.of(0, 12), List.of(line)),
        new Claim(1, 0, "Prices rose.", Span.of(13, 25), List.of(line)),
        new Claim(2, 2, "An official said so.", Span.of(39, 59), List.of(prose)));
    List<Paragraph> paragraphs = List.of(new Paragraph(0, Span.of(0, 25)), new Paragraph(1, Span.of(26, 38)),
        new Paragraph(2, Span.of(39, 59)));
    return new Article(text, paragraphs, claims, List.of(line, prose), List.of());
  }

  @Test
  void aConfusableMentionIsNoSourceOfTheClaim() {
    Source fake = Source.unknown("Guard\u0456an");
    Attribution prose = new Attribution(0, AttributionForm.PROSE, "prose-according", Span.of(0, 20),
        List.of(new SourceMention("Guard\u0456an", Span.of(13, 20), fake, Match.CONFUSABLE)), 0,
        OptionalInt.empty(), List.of(0));
    Claim c = new Claim(0, 0, "According to Guard\u0456an, talks ended.", Span.of(0, 35), List.of(prose));
    assertThat(prose.mentions()).hasSize(1);
    assertThat(prose.sources()).isEmpty();
    assertThat(c.sources()).isEmpty();
    assertThat(c.isAttributed()).isFalse();
  }

  @Test
  void claimsDeriveTheirSources() {
    Article a = article();
    Claim first = a.claims().get(0);
    assertThat(first.mediaSources()).containsExactly(AP, YAHOO);
    assertThat(first.unnamedSources()).isEqualTo(2);
    assertThat(first.sourceCount()).isEqualTo(4);
    assertThat(first.isAttributed()).isTrue();
    Claim third = a.claims().get(2);
    assertThat(third.isAttributed()).as("anonymous sources are not media coverage").isFalse();
    assertThat(third.otherSources()).extracting(Source::kind).containsExactly(SourceKind.ANONYMOUS);
  }

  @Test
  void summaryAndSourceIndex() {
    Article a = article();
    Summary s = a.summary();
    assertThat(s.claims()).isEqualTo(3);
    assertThat(s.attributedClaims()).isEqualTo(2);
    assertThat(s.coverage()).isEqualTo(2.0 / 3);
    assertThat(s.otherAttributedClaims()).isEqualTo(1);
    assertThat(s.distinctSources()).isEqualTo(2);
    assertThat(s.independentSources()).as("aggregators are not independent").isEqualTo(1);
    assertThat(a.claimsBySource().get(AP)).extracting(Claim::index).containsExactly(0, 1);
    assertThat(a.unattributedClaims()).extracting(Claim::index).containsExactly(2);
    assertThat(a.lineIndex().position(39)).hasToString("3:1");
    assertThat(a).isEqualTo(article()).hasSameHashCodeAs(article());
    assertThat(a.toString()).contains("coverage=0.667");
  }

  @Test
  void articleRejectsInconsistentParts() {
    Article a = article();
    Claim wrongText = new Claim(0, 0, "Talks ended!", Span.of(0, 12), List.of());
    assertThatThrownBy(() -> new Article(a.text(), a.paragraphs(), List.of(wrongText), List.of(), List.of()))
        .hasMessageContaining("differs from its span");
    assertThatThrownBy(() -> new Article("short", List.of(), List.of(new Claim(0, 0, "Talks ended.", Span.of(0, 12), List.of())),
        List.of(), List.of())).hasMessageContaining("exceeds");
    assertThatThrownBy(() -> new Article(a.text(), a.paragraphs(), a.claims(), List.of(), List.of()))
        .hasMessageContaining("not in the article");
  }

  @Test
  void attributionValidates() {
    assertThatThrownBy(() -> new Attribution(0, AttributionForm.CHIP, "r", Span.of(0, 1), List.of(), -1,
        OptionalInt.empty(), List.of())).hasMessageContaining("-1");
    assertThatThrownBy(() -> new Attribution(0, AttributionForm.CHIP, "r", Span.of(0, 1), List.of(), 0,
        OptionalInt.empty(), List.of(2, 1))).hasMessageContaining("ascending");
  }
}
