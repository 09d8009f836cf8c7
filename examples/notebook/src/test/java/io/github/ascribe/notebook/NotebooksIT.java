package io.github.ascribe.notebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every notebook (the user notebooks in {@code notebooks/} and the error notebook in
 * {@code src/test/notebooks/}) headlessly through the packaged kernel with nbclient
 * ({@code scripts/notebooks.py}), and fails when a cell's text output differs from the committed one.
 * To record new outputs after a deliberate change: {@code scripts/notebooks.py --update} (docs/notebooks.md).
 */
class NotebooksIT {
  private static final Path ROOT = Path.of(System.getProperty("ascribe.root", "../..")).toAbsolutePath().normalize();
  private static final Path MODULE = ROOT.resolve("examples/notebook");

  @TestFactory
  Stream<DynamicTest> everyNotebookGivesItsCommittedOutputs() throws IOException {
    List<Path> notebooks = new ArrayList<>(list(ROOT.resolve("notebooks")));
    notebooks.addAll(list(MODULE.resolve("src/test/notebooks")));
    assertThat(notebooks).hasSizeGreaterThanOrEqualTo(4);
    return notebooks.stream().map(n -> DynamicTest.dynamicTest(ROOT.relativize(n).toString(), () -> run(n)));
  }

  private static List<Path> list(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
    }
  }

  private static void run(Path notebook) throws Exception {
    Path venv = Path.of(System.getProperty("notebook.venv", MODULE.resolve("target/venv").toString()));
    ProcessBuilder builder = new ProcessBuilder(venv.resolve("bin/python").toString(),
        MODULE.resolve("scripts/notebooks.py").toString(), ROOT.relativize(notebook).toString())
        .directory(ROOT.toFile()).redirectErrorStream(true);
    builder.environment().put("JUPYTER_PATH",
        System.getProperty("notebook.jupyter", MODULE.resolve("target/jupyter").toString()));
    builder.environment().put("PYTHONWARNINGS", "ignore");
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).as("finished").isTrue();
    System.out.print(output);
    assertThat(process.exitValue()).as(output).isZero();
  }
}
