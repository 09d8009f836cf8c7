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
}
