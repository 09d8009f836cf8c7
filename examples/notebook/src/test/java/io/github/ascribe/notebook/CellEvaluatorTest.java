package io.github.ascribe.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.ascribe.core.Article;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CellEvaluatorTest {
  private static CellEvaluator cells;

  @BeforeAll
  static void start() {
    cells = new CellEvaluator(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
  }

  @AfterAll
  static void stop() {
    cells.close();
  }

  @Test
  void lastExpressionWithoutSemicolonIsTheValueAsAnObject() {
    CellEvaluator.Outcome outcome = cells.eval("int a = 20;\n// a comment\na + 22");
    assertThat(outcome.hasValue()).isTrue();
    assertThat(outcome.value()).isEqualTo(42);
    assertThat(outcome.text()).isEqualTo("42");
    assertThat(cells.eval("a + 22;").hasValue()).isFalse();
    assertThat(cells.eval("int b = 1;").hasValue()).isFalse();
    assertThat(cells.eval("a").value()).isEqualTo(20);
  }

  @Test
  void ascribeIsImportedAndItsObjectsComeBack() {
    Object value = cells.eval("Ascribe.analyze(\"Talks resumed.\\nReuters, AP News\")").value();
    assertThat(value).isInstanceOf(Article.class);
    assertThat(Displays.render(value).orElseThrow().data()).containsKeys("text/plain", "text/html");
    assertThat(Displays.render(value).orElseThrow().data().get("text/plain"))
        .contains("1 claims, 1 attributed").contains("Reuters, Associated Press");
  }

  @Test
  void systemOutOfACellIsItsOutput() {
    PrintStream old = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      cells.eval("System.out.println(\"hello \" + (1 + 1));");
    } finally {
      System.setOut(old);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("hello 2" + System.lineSeparator());
  }

  @Test
  void compileErrorsNameTheCellLine() {
    CellException e = catchThrowableOfType(() -> cells.eval("int ok = 1;\n\nString s = nope;"), CellException.class);
    assertThat(e.name()).isEqualTo("CompilationException");
    assertThat(e.getMessage()).isEqualTo("cannot find symbol");
    assertThat(e.traceback()).contains("cell line 3: cannot find symbol", "    String s = nope;",
        "               ^");
  }

  @Test
  void exceptionsShowTheCellsFramesOnly() {
    CellException e = catchThrowableOfType(() -> cells.eval(
        "void boom(int n) {\n  throw new IllegalArgumentException(\"n=\" + n);\n}\nint x = 1;\n// a comment\nboom(x);"),
        CellException.class);
    assertThat(e.name()).isEqualTo("IllegalArgumentException");
    assertThat(e.getMessage()).isEqualTo("n=1");
    assertThat(e.traceback()).containsExactly("IllegalArgumentException: n=1", "    at boom (cell line 2)",
        "    at (cell line 6)");
  }

  @Test
  void unknownMagicsAndMissingJarsAreErrors() {
    assertThat(catchThrowableOfType(() -> cells.eval("%what"), CellException.class).name()).isEqualTo("MagicException");
    assertThat(catchThrowableOfType(() -> cells.eval("%jars no/such/*.jar"), CellException.class).getMessage())
        .contains("no such file");
  }

  @Test
  void completionInspectionAndCompleteness() {
    cells.eval("String greeting = \"hi\";");
    CellEvaluator.Completion completion = cells.complete("int z = 1;\ngreeting.toUpp", 25);
    assertThat(completion.options()).contains("toUpperCase(");
    assertThat(completion.start()).isEqualTo(20);
    assertThat(cells.inspect("greeting.length(", 16, false)).contains("int String.length()");
    assertThat(cells.isComplete("for (int i = 0; i < 2; i++) {")).isEqualTo("    ");
    assertThat(cells.isComplete("int q = 1;\nq")).isEqualTo("complete");
  }
}
