package io.github.ascribe.citations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rules of {@code docs/architecture.md}, checked on the sources: the internal packages form
 * layers without cycles, no form class uses another, no main file is over the size cap, and nothing
 * keeps per-call state in a {@code ThreadLocal}.
 */
class ArchitectureTest {

  private static final Path MAIN = Path.of("src/main/java/io/github/ascribe/citations");
  private static final Pattern IMPORT = Pattern.compile("^import io\\.github\\.ascribe\\.citations\\.internal\\.(\\w+)\\.",
      Pattern.MULTILINE);

  /** Each internal package and the internal packages it may import. */
  private static final Map<String, List<String>> MAY_IMPORT = Map.of(
      "scan", List.of(),
      "source", List.of("scan"),
      "notation", List.of("scan", "source"),
      "form", List.of("scan", "source", "notation"),
      "article", List.of("scan", "source", "notation", "form"));

  @Test
  void internalPackagesImportOnlyTheLayersBelowThem() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Map.Entry<String, List<String>> layer : MAY_IMPORT.entrySet()) {
      for (Path file : javaFiles(MAIN.resolve("internal").resolve(layer.getKey()))) {
        Matcher m = IMPORT.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (m.find()) {
          if (!m.group(1).equals(layer.getKey()) && !layer.getValue().contains(m.group(1))) {
            wrong.add(file.getFileName() + " imports internal." + m.group(1));
          }
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void noFormUsesAnotherForm() throws IOException {
    List<Path> forms = javaFiles(MAIN.resolve("internal/form")).stream()
        .filter(p -> p.getFileName().toString().endsWith("Form.java")).toList();
    assertThat(forms).hasSizeGreaterThanOrEqualTo(10);
    List<String> wrong = new ArrayList<>();
    for (Path form : forms) {
      String text = Files.readString(form, StandardCharsets.UTF_8);
      for (Path other : forms) {
        String name = other.getFileName().toString().replace(".java", "");
        if (!other.equals(form) && Pattern.compile("\\b" + name + "\\b").matcher(text).find()) {
          wrong.add(form.getFileName() + " uses " + name);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void mainFilesAreSmallAndKeepNoThreadLocal() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Path file : javaFiles(MAIN)) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      if (lines.size() > 400) {
        wrong.add(file.getFileName() + " has " + lines.size() + " lines");
      }
      if (lines.stream().anyMatch(l -> l.contains("ThreadLocal"))) {
        wrong.add(file.getFileName() + " uses ThreadLocal");
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static List<Path> javaFiles(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }
}
