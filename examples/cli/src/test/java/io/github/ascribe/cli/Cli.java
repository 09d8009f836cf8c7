package io.github.ascribe.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs the command in-process and captures what it prints. */
final class Cli {

  /** The reference article, as the tests name it on the command line. */
  static final String REFERENCE = reference().toString();

  private Cli() {}

  /**
   * What one run did.
   *
   * @param code the exit code
   * @param out standard output
   * @param err standard error
   */
  record Result(int code, String out, String err) {}

  static Result run(String... args) {
    return run(new byte[0], false, args);
  }

  static Result runWithStdin(String stdin, String... args) {
    return run(stdin.getBytes(StandardCharsets.UTF_8), false, args);
  }

  static Result run(byte[] stdin, boolean interactive, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(args, new ByteArrayInputStream(stdin), out, err, interactive);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The reference article: from the build's {@code ascribe.samples} property, else found upwards. */
  static Path reference() {
    String samples = System.getProperty("ascribe.samples");
    if (samples != null && Files.isRegularFile(Path.of(samples, "istanbul-talks.txt"))) {
      return Path.of(samples, "istanbul-talks.txt");
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path p = dir.resolve("examples/samples/istanbul-talks.txt");
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    throw new IllegalStateException("examples/samples/istanbul-talks.txt not found above " + Path.of("").toAbsolutePath());
  }

  /** Writes a UTF-8 file and returns its path as a string. */
  static String write(Path dir, String name, String text) throws java.io.IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p.toString();
  }
}
