package io.github.ascribe.citations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The reference article's text, for tests that need it as data. */
final class ReferenceArticleTestData {

  static final String TEXT = read();

  private ReferenceArticleTestData() {}

  private static String read() {
    try {
      return Files.readString(Path.of(System.getProperty("ascribe.samples", "../examples/samples"),
          "istanbul-talks.txt"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
