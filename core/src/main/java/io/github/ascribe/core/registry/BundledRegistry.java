package io.github.ascribe.core.registry;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Holds the registry bundled with the library ({@link SourceRegistry#bundled()}), loaded once, when
 * first asked for. Thread-safe: the JVM initialises the holder class once.
 */
final class BundledRegistry {

  private static final String RESOURCE = "sources.tsv";

  static final SourceRegistry INSTANCE = load();

  private BundledRegistry() {}

  private static SourceRegistry load() {
    try (InputStream in = SourceRegistry.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("bundled registry resource missing: " + RESOURCE);
      }
      return SourceRegistry.parse(new InputStreamReader(in, StandardCharsets.UTF_8), "bundled " + RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
