package io.github.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --prose fast|nlp}: which recogniser reads prose attributions. */
class ProseOptionTest {

  private static final String TEXT = "\"Nobody came until lunchtime,\" said Karen Doyle, who runs the post office.\n\n"
      + "Residents fear the old dam could be overtopped.\n";

  @Test
  void nlpReadsProseWithTheTaggerAndFastStaysTheDefault(@TempDir Path dir) throws Exception {
    String file = Cli.write(dir, "flood.txt", TEXT);
    Cli.Result nlp = Cli.run("analyze", "--prose=nlp", "--format", "json", file);
    assertThat(nlp.code()).isZero();
    assertThat(nlp.err()).isEmpty();
    assertThat(nlp.out()).contains("\"nlp-verb-inverted\"", "\"nlp-verb\"", "Karen Doyle");
    Cli.Result fast = Cli.run("analyze", "--format", "json", file);
    assertThat(fast.code()).isZero();
    assertThat(fast.out()).doesNotContain("\"nlp-");
    assertThat(Cli.run("analyze", "--prose", "FAST", "--format", "json", file).out()).isEqualTo(fast.out());
  }

  @Test
  void anotherValueIsAUsageErrorNamingIt(@TempDir Path dir) throws Exception {
    String file = Cli.write(dir, "a.txt", TEXT);
    Cli.Result r = Cli.run("analyze", "--prose=deep", file);
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("'deep' is not a prose path: use fast or nlp");
    assertThat(r.out()).isEmpty();
  }
}
