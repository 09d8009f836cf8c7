package io.github.ascribe.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ascribe.core.registry.SourceRegistry;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ascribe sources}. */
class SourcesCommandTest {

  @Test
  void query() {
    Cli.Result r = Cli.run("sources", "reuters");
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("ID ").contains("NAME", "KIND", "COUNTRY", "LANGUAGE", "DOMAINS");
    assertThat(r.out()).containsPattern("\nreuters +Reuters +AGENCY +GB +en +reuters\\.com, uk\\.reuters\\.com");
    assertThat(r.out()).endsWith(" sources match 'reuters'\n");
  }

  @Test
  void everySourceWithoutAQuery() {
    int size = SourceRegistry.bundled().size();
    Cli.Result r = Cli.run("sources");
    assertThat(r.out()).endsWith(size + " of " + size + " sources\n");
    assertThat(r.out().split("\n")).hasSize(size + 2);
  }

  @Test
  void noMatch() {
    Cli.Result r = Cli.run("sources", "zzzz-nothing");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo("0 of " + SourceRegistry.bundled().size() + " sources match 'zzzz-nothing'\n");
  }

  @Test
  void registryExtendsTheBundledOne(@TempDir Path dir) throws Exception {
    String registry = Cli.write(dir, "mine.tsv",
        "# mine\nkyiv-dispatch\tKyiv Dispatch\tOUTLET\tUA\ten\tkyivdispatch.example\tKD\n");
    Cli.Result r = Cli.run("sources", "--registry", registry, "kyiv");
    assertThat(r.out()).containsPattern("\nkyiv-dispatch +Kyiv Dispatch +OUTLET +UA +en +kyivdispatch\\.example\n")
        .contains("of " + (SourceRegistry.bundled().size() + 1) + " sources");
    assertThat(Cli.run("sources", "--registry", registry, "associated-press").out()).contains("Associated Press");
  }

  @Test
  void tsvIsTheRegistryFormat() {
    Cli.Result r = Cli.run("sources", "--tsv", "press");
    SourceRegistry parsed = SourceRegistry.parse(r.out());
    assertThat(parsed.sources()).isEqualTo(SourceRegistry.bundled().search("press"));
  }
}
