package io.github.ascribe.citations.internal.source;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.registry.Resolution;
import io.github.ascribe.core.registry.SourceRegistry;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@link LinkAddress} and {@link PublicSuffixes}: what a link's address names. */
class LinkAddressTest {

  private static final SourceRegistry REG = SourceRegistry.bundled();

  private static String source(String target) {
    Optional<Resolution> r = LinkAddress.of(target).flatMap(a -> a.source(REG));
    return r.map(x -> x.match().isResolved() ? x.source().id() : x.source().name()).orElse("none");
  }

  @Test
  void registrableDomainsFollowThePublicSuffixList() {
    PublicSuffixes ps = PublicSuffixes.get();
    assertThat(ps.registrableDomain("news.harbourtimes.co.uk")).hasValue("harbourtimes.co.uk");
    assertThat(ps.registrableDomain("www.valderapost.com")).hasValue("valderapost.com");
    assertThat(ps.registrableDomain("apnews.com.secure-verify.info")).hasValue("secure-verify.info");
    assertThat(ps.registrableDomain("co.uk")).isEmpty();
    assertThat(ps.registrableDomain("com")).isEmpty();
    assertThat(ps.publicSuffix("a.b.example.unknowntld")).isEqualTo("unknowntld");
  }

  @Test
  void trackingParametersAreDropped() {
    assertThat(LinkAddress.of("https://corvotoday.com/news?id=7&fbclid=IwAR2&utm_source=chatgpt.com").orElseThrow().url())
        .isEqualTo("https://corvotoday.com/news?id=7");
    assertThat(LinkAddress.of("https://x.example.com/a?utm_medium=x&ref=home#top").orElseThrow().url())
        .isEqualTo("https://x.example.com/a#top");
    assertThat(LinkAddress.of("https://x.example.com/a \"A title\"").orElseThrow().url())
        .isEqualTo("https://x.example.com/a");
  }

  @Test
  void anUnknownSiteIsNamedByItsRegistrableDomain() {
    assertThat(source("https://news.harbourtimes.co.uk/2026/05/12/x/?utm_source=chatgpt.com")).isEqualTo("harbourtimes.co.uk");
    assertThat(source("https://www.reuters.com/world/x?utm_source=chatgpt.com")).isEqualTo("reuters");
  }

  @Test
  void anEnginesOwnPageNamesNoSourceAndItsRedirectIsFollowed() {
    assertThat(source("https://chatgpt.com/share/6811f0a2")).isEqualTo("none");
    assertThat(source("https://www.perplexity.ai/page/x")).isEqualTo("none");
    assertThat(source("https://www.google.com/search?q=valdera")).isEqualTo("none");
    assertThat(source("https://www.google.com/url?q=https://www.marrowbaygazette.co.uk/health/x&sa=U"))
        .isEqualTo("marrowbaygazette.co.uk");
    assertThat(source("https://www.google.com/url?sa=t&url=https%3A%2F%2Fwww.bbc.co.uk%2Fnews%2F1&ved=2a"))
        .isEqualTo("bbc");
    assertThat(source("https://news.google.com/articles/x")).isEqualTo("google-news");
  }

  @Test
  void ipv6AndBrokenAddressesNeverThrow() {
    assertThat(LinkAddress.of("http://[2001:db8::1]/x")).isEmpty();
    assertThat(LinkAddress.of("https://")).isEmpty();
    assertThat(LinkAddress.of("https://www.google.com/url?q=%E0%A4%A")).isPresent();
    assertThat(LinkAddress.of("")).isEmpty();
  }
}
