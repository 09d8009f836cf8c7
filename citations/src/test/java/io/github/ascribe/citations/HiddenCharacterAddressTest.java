package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.MatchKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hostile input: a hidden or format character (zero-width space, joiners, soft hyphen, byte order
 * mark, bidi marks and controls, word joiner, NUL) at every place in an address, in a link's target,
 * a bare URL, a bare domain, a link chip and a count. Whatever it reads as, its canonical form reads
 * back the same; in the scheme ({@code https://}, {@code www.}) or the path, query or fragment it
 * does not change the site; in the host it makes a look-alike, never the real source.
 */
class HiddenCharacterAddressTest {

  private static final List<String> HIDDEN = List.of("\u200B", "\u200C", "\u200D", "\u00AD", "\uFEFF",
      "\u200E", "\u200F", "\u202A", "\u202E", "\u2060", "\u2066", "\u0000");

  private static final List<String> ADDRESSES = List.of("https://www.reuters.com/world/story-1?id=2#top",
      "www.apnews.com/article/rates", "reuters.com", "https://news.harbourtimes.co.uk/x?y=1#z",
      "https://\u00B7reuters.com/story/1", "harbourtimes.co.uk", "http://apnews.com");

  /** The ways notation holds an address; %s is the address. */
  private static final List<String> PLACES = List.of("%s", "Le Monde, %s", "[Reuters](%s)", "[Reuters+1](%s)",
      "[Reuters+1]+(%s)", "([Reuters+1](%s), AP) =2", "%s +2", "(%s)", "++([AP+1](%s) and 1 others) =1");

  @Test
  void anAddressHidingACharacterAnywhereRoundTrips() {
    for (String address : ADDRESSES) {
      for (String place : PLACES) {
        for (String hidden : HIDDEN) {
          for (int i = 0; i <= address.length(); i++) {
            String in = String.format(place, address.substring(0, i) + hidden + address.substring(i));
            NotationModel m = Notation.parse(in).model();
            assertThat(Notation.parse(Notation.format(m)).model()).as(SpecExample.escape(in)).isEqualTo(m);
          }
        }
      }
    }
  }

  @Test
  void aHiddenCharacterInThePathQueryOrFragmentDoesNotChangeTheSite() {
    for (String address : ADDRESSES) {
      int path = pathStart(address);
      for (String place : PLACES) {
        NotationModel clean = Notation.parse(String.format(place, address)).model();
        for (String hidden : HIDDEN) {
          for (int i = path + 1; i <= address.length(); i++) {
            String in = String.format(place, address.substring(0, i) + hidden + address.substring(i));
            assertThat(Notation.parse(in).model()).as(SpecExample.escape(in)).isEqualTo(clean);
          }
        }
      }
    }
  }

  @Test
  void aHiddenCharacterInsideTheSchemeDoesNotChangeTheSite() {
    for (String place : PLACES) {
      for (String address : List.of("https://www.reuters.com/world/story-1", "www.apnews.com/article/rates")) {
        NotationModel clean = Notation.parse(String.format(place, address)).model();
        for (String hidden : List.of("\u200B", "\u00AD", "\uFEFF", "\u2060")) {
          for (int i = 1; i < address.indexOf(address.startsWith("www") ? "." : "//"); i++) {
            String in = String.format(place, address.substring(0, i) + hidden + address.substring(i));
            assertThat(Notation.parse(in).model()).as(SpecExample.escape(in)).isEqualTo(clean);
          }
        }
      }
    }
  }

  @Test
  void aHiddenCharacterInsideTheHostIsALookAlike() {
    for (String in : List.of("https://www.reu\u200Bters.com/world/story-1", "www.apnews\u00AD.com/article",
        "reu\u200Dters.com", "https://www.reuters\u202E.com/x?id=1", "[Reuters+1]+(https://apn\u2060ews.com/x)")) {
      NotationResult r = Notation.parse(in);
      assertThat(r.mentions()).as(SpecExample.escape(in)).last()
          .matches(m -> m.match().kind() == MatchKind.CONFUSABLE && m.source().kind().name().equals("UNKNOWN"));
      assertThat(r.sources()).as(SpecExample.escape(in)).extracting(s -> s.id())
          .doesNotContain("associated-press").last().asString().startsWith("unknown-");
    }
  }

  @Test
  void aLinkTargetHidingACharacterInItsPathNamesItsHost() {
    // the link text names Reuters; the address, read without the hidden character, goes elsewhere
    NotationResult r = Notation.parse("[Reuters](https://news.harbourtimes.co.uk/\u200Bstory/1)");
    assertThat(r.sources()).extracting(s -> s.id()).containsExactly("unknown-harbourtimes-co-uk");
    assertThat(r.diagnostics()).anyMatch(d -> d.code().equals("link-host-mismatch"));
  }

  /** The index of the first '/', '?' or '#' after the host (the length when there is none). */
  private static int pathStart(String address) {
    int slashes = address.indexOf("//");
    for (int i = slashes < 0 ? 0 : slashes + 2; i < address.length(); i++) {
      if ("/?#".indexOf(address.charAt(i)) >= 0) {
        return i;
      }
    }
    return address.length();
  }
}
