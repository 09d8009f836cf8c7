package io.github.ascribe.cli;

import io.github.ascribe.core.registry.RegistryFormatException;
import io.github.ascribe.core.registry.SourceRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --registry FILE} option shared by the commands: each file's sources extend the bundled
 * registry (a source with an id already known is merged into it).
 *
 * <pre>{@code
 * ascribe analyze --registry my-sources.tsv article.txt
 * }</pre>
 */
final class RegistryOption {

  @Option(names = "--registry", paramLabel = "FILE",
      description = "Tab-separated file of extra sources (the bundled registry's format) that extends the"
          + " bundled registry; may be repeated.")
  private List<String> files = new ArrayList<>();

  /**
   * The bundled registry extended with the given files.
   *
   * @return the registry
   * @throws CliException if a file cannot be read or does not fit the bundled registry
   */
  SourceRegistry registry() {
    SourceRegistry registry = SourceRegistry.bundled();
    for (String file : files) {
      if (InputFiles.STDIN.equals(file)) {
        throw new CliException("--registry needs a file; it does not read standard input");
      }
      String text = InputFiles.read(file, InputStream.nullInputStream());
      try {
        registry = registry.extendedWith(SourceRegistry.parse(new StringReader(text), file));
      } catch (RegistryFormatException e) {
        throw new CliException(e.getMessage());
      } catch (IllegalArgumentException e) {
        throw new CliException(file + ": " + e.getMessage());
      } catch (IOException e) {
        throw new CliException(file + ": " + InputFiles.describe(e));
      }
    }
    return registry;
  }
}
