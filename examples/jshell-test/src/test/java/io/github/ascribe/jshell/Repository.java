package io.github.ascribe.jshell;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository root: the {@code ascribe.root} property the build sets, else the nearest
 * directory above the working directory that holds {@code examples/jshell}.
 *
 * <pre>{@code
 * Path readme = Repository.root().resolve("README.md");
 * }</pre>
 */
final class Repository {

  private Repository() {}

  static Path root() {
    String configured = System.getProperty("ascribe.root");
    if (configured != null && Files.isDirectory(Path.of(configured, "examples", "jshell"))) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples/jshell"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no examples/jshell above " + Path.of("").toAbsolutePath());
  }
}
