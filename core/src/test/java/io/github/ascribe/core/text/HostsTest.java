package io.github.ascribe.core.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostsTest {

  @Test
  void extractsHosts() {
    assertThat(Hosts.hostOf("https://www.apnews.com/article/x?y=1")).contains("apnews.com");
    assertThat(Hosts.hostOf("http://user:pw@Edition.CNN.com:8080/path")).contains("edition.cnn.com");
    assertThat(Hosts.hostOf("//en.wikipedia.org/wiki/X")).contains("en.wikipedia.org");
    assertThat(Hosts.hostOf("apnews.com/article")).contains("apnews.com");
    assertThat(Hosts.hostOf("bücher.de")).contains("xn--bcher-kva.de");
    assertThat(Hosts.hostOf("www.")).isEmpty();
    assertThat(Hosts.hostOf("AP News")).isEmpty();
    assertThat(Hosts.hostOf("U.S.")).isEmpty();
    assertThat(Hosts.hostOf("3.5")).isEmpty();
  }

  @Test
  void neverThrows() {
    qt().withExamples(2000).forAll(strings().allPossible().ofLengthBetween(0, 60))
        .check(s -> {
          Optional<String> h = Hosts.hostOf(s);
          return h.isEmpty() || Hosts.isDomain(h.get());
        });
  }

  /**
   * A plain ASCII host skips IDNA; the answer is what IDNA followed by the same checks gives, on
   * hosts of letters, digits, dots and hyphens (double hyphens, {@code xn--} labels, empty and
   * over-long labels included) and a few other characters.
   */
  @Test
  void plainAsciiHostsNormaliseAsIdnaWould() {
    String alphabet = "abzAZ09.-.-x_é";
    var gen = org.quicktheories.generators.SourceDSL.lists()
        .of(org.quicktheories.generators.SourceDSL.integers().between(0, alphabet.length() - 1))
        .ofSizeBetween(0, 24)
        .map(ks -> {
          StringBuilder sb = new StringBuilder();
          for (int k : ks) {
            sb.append(alphabet.charAt(k));
          }
          return sb.toString();
        });
    qt().withExamples(20_000).forAll(gen).checkAssert(h -> assertThat(Hosts.normalizeHost(h)).as("'%s'", h)
        .isEqualTo(byIdna(h)));
    for (String h : new String[] {"xn--bcher-kva.de", "xn--zz.de", "ab--cd.com", "a-b.com", "-a.com", "a-.com",
        "a..com", "a".repeat(63) + ".com", "a".repeat(64) + ".com", ("a".repeat(60) + ".").repeat(4) + "com",
        "WWW.Reuters.COM", "www.com", "1.2", "a.b1", "a.b"}) {
      assertThat(Hosts.normalizeHost(h)).as("'%s'", h).isEqualTo(byIdna(h));
    }
  }

  /** {@link Hosts#normalizeHost} as it was before the ASCII shortcut: IDNA for every host. */
  private static Optional<String> byIdna(String host) {
    String h = host.strip();
    if (h.endsWith(".")) {
      h = h.substring(0, h.length() - 1);
    }
    if (h.isEmpty() || h.length() > 253) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    com.ibm.icu.text.IDNA.Info info = new com.ibm.icu.text.IDNA.Info();
    com.ibm.icu.text.IDNA.getUTS46Instance(com.ibm.icu.text.IDNA.NONTRANSITIONAL_TO_ASCII).nameToASCII(h, out, info);
    if (info.hasErrors()) {
      return Optional.empty();
    }
    String ascii = out.toString().toLowerCase(java.util.Locale.ROOT);
    if (!Hosts.isDomain(ascii)) {
      return Optional.empty();
    }
    if (ascii.startsWith("www.") && ascii.indexOf('.', 4) > 0) {
      ascii = ascii.substring(4);
    }
    return Optional.of(ascii);
  }
}
