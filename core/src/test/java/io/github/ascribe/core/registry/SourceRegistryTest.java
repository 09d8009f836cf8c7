package io.github.ascribe.core.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ascribe.core.MatchKind;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceRegistryTest {

  static final String SMALL = String.join("\n",
      "# id\tname\tkind\tcountry\tlanguage\tdomains\taliases",
      "the-times\tThe Times\tOUTLET\tGB\ten\tthetimes.co.uk|thetimes.com\tthetimes",
      "times-of-india\tThe Times of India\tOUTLET\tIN\ten\ttimesofindia.indiatimes.com\tTOI|timesofindia",
      "associated-press\tAssociated Press\tAGENCY\tUS\ten\tapnews.com|ap.org\tAP|AP News|The Associated Press|apnews",
      "wikipedia\tWikipedia\tOUTLET\tINT\ten\twikipedia.org\twikipedia",
      "the-national\tThe National\tOUTLET\tAE\ten\tthenationalnews.com\t",
      "");

  final SourceRegistry reg = SourceRegistry.parse(SMALL);

  @Test
  void resolvesNamesAliasesLabelsAndDomains() {
    assertThat(reg.resolve("The Times").orElseThrow().source().id()).isEqualTo("the-times");
    assertThat(reg.resolve("The Times").orElseThrow().match().kind()).isEqualTo(MatchKind.EXACT);
    assertThat(reg.resolve("the times of india").orElseThrow().source().id()).isEqualTo("times-of-india");
    assertThat(reg.resolve("AP News").orElseThrow().match().kind()).isEqualTo(MatchKind.ALIAS);
    assertThat(reg.resolve("apnews").orElseThrow().source().id()).isEqualTo("associated-press");
    assertThat(reg.resolve("apnews.com").orElseThrow().match().kind()).isEqualTo(MatchKind.DOMAIN);
    assertThat(reg.resolve("https://en.wikipedia.org/wiki/Istanbul").orElseThrow().source().id())
        .isEqualTo("wikipedia");
    assertThat(reg.resolveHost("https://www.thetimes.co.uk/article/x").orElseThrow().source().id())
        .isEqualTo("the-times");
  }

  @Test
  void leadingTheIsOptionalOnlyOneWay() {
    assertThat(reg.resolve("The Wikipedia").orElseThrow().source().id()).isEqualTo("wikipedia");
    assertThat(reg.resolve("Times")).isEmpty();
  }

  @Test
  void fuzzyMatchesTyposButNotOtherNames() {
    Resolution r = reg.resolve("Wikipedai").orElseThrow();
    assertThat(r.source().id()).isEqualTo("wikipedia");
    assertThat(r.match().kind()).isEqualTo(MatchKind.FUZZY);
    assertThat(r.match().score()).isBetween(0.5, 1.0);
    assertThat(reg.resolve("The Nation")).as("a prefix is another name, not a typo").isEmpty();
    assertThat(reg.resolve("APP")).as("names under 4 letters are never fuzzy").isEmpty();
    assertThat(reg.resolve("The Timer")).as("words under six letters are never fuzzy").isEmpty();
    assertThat(reg.resolveExact("The Timer")).isEmpty();
  }

  @Test
  void rejectsAmbiguousNamesAndDomains() {
    assertThatThrownBy(() -> SourceRegistry.parse(SMALL + "x\tX Post\tOUTLET\tUS\ten\t\tAP\n"))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessageContaining("'AP'").hasMessageContaining("associated-press");
    assertThatThrownBy(() -> SourceRegistry.parse(SMALL + "x\tX Post\tOUTLET\tUS\ten\twww.apnews.com\t\n"))
        .hasMessageContaining("apnews.com");
  }

  @Test
  void reportsMalformedLinesWithLineNumbers() {
    assertThatThrownBy(() -> SourceRegistry.parse("a\tA\tNEWSPAPER\tUS\ten\t\t\n"))
        .isInstanceOf(RegistryFormatException.class)
        .hasMessageContaining(":1:").hasMessageContaining("NEWSPAPER");
    assertThatThrownBy(() -> SourceRegistry.parse("# c\n\nBad Id\tA\tOUTLET\n"))
        .hasMessageContaining(":3:").hasMessageContaining("kebab-case");
    assertThatThrownBy(() -> SourceRegistry.parse("a\tA\tOUTLET\tUS\ten\tnot a domain\t\n"))
        .hasMessageContaining("not a valid domain");
    assertThatThrownBy(() -> SourceRegistry.parse("a\tA"))
        .hasMessageContaining("7 tab-separated columns");
  }

  @Test
  void extendsWithoutForking(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("mine.tsv");
    Files.writeString(file, "kyiv-dispatch\tKyiv Dispatch\tOUTLET\tUA\ten\tkyivdispatch.example\tKD\n"
        + "associated-press\tAssociated Press\tAGENCY\tUS\ten\t\tAssoc. Press\n");
    SourceRegistry mine = reg.extendedWith(SourceRegistry.load(file));
    assertThat(mine.size()).isEqualTo(reg.size() + 1);
    assertThat(mine.resolve("KD").orElseThrow().source().name()).isEqualTo("Kyiv Dispatch");
    assertThat(mine.resolve("Assoc. Press").orElseThrow().source().id()).isEqualTo("associated-press");
    assertThat(mine.resolve("AP").orElseThrow().source().id()).as("old aliases kept").isEqualTo("associated-press");
    assertThat(reg.resolve("KD")).as("the original is unchanged").isEmpty();
  }

  @Test
  void builderAddsAliasesAndDomains() {
    SourceRegistry b = SourceRegistry.builder(reg)
        .alias("the-times", "The London Times")
        .domain("the-times", "https://times.example/")
        .add(new Source("x-news", "X News", SourceKind.OUTLET, "", "", List.of(), List.of()))
        .build();
    assertThat(b.resolve("the london times").orElseThrow().source().id()).isEqualTo("the-times");
    assertThat(b.resolve("times.example").orElseThrow().source().id()).isEqualTo("the-times");
    assertThatThrownBy(() -> SourceRegistry.builder().alias("nope", "N"))
        .hasMessageContaining("'nope'");
  }

  @Test
  void searchFindsByAnyName() {
    assertThat(reg.search("times")).extracting(Source::id).containsExactly("the-times", "times-of-india");
    assertThat(reg.search("apnews.com")).extracting(Source::id).containsExactly("associated-press");
    assertThat(reg.search("")).hasSize(reg.size());
  }
}
