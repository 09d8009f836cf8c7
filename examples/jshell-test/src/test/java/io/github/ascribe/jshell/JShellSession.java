package io.github.ascribe.jshell;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.SourceCodeAnalysis.Completeness;
import jdk.jshell.UnresolvedReferenceException;

/**
 * A JShell session like the {@code jshell} tool's: a separate JVM started in the current working
 * directory, the tool's default imports, and this test's class path (the library and its
 * dependencies). Every snippet must be accepted and must not throw; the first that fails raises an
 * {@link AssertionError} naming the origin and line, with the diagnostics and the output so far.
 *
 * <pre>{@code
 * try (JShellSession s = new JShellSession()) {
 *   s.runScript(Files.readString(Path.of("examples/jshell/quickstart.jsh")), "quickstart.jsh");
 *   s.output();
 * }
 * }</pre>
 */
final class JShellSession implements AutoCloseable {

  /** The imports of the jshell tool's DEFAULT startup, which scripts and README blocks may rely on. */
  static final String DEFAULT_IMPORTS = String.join("\n",
      "import java.io.*;", "import java.math.*;", "import java.net.*;", "import java.nio.file.*;",
      "import java.util.*;", "import java.util.concurrent.*;", "import java.util.function.*;",
      "import java.util.prefs.*;", "import java.util.regex.*;", "import java.util.stream.*;");

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();
  private final JShell shell;
  private final SourceCodeAnalysis analysis;

  JShellSession() {
    PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    shell = JShell.builder().out(out).err(out).build();
    for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        shell.addToClasspath(entry);
      }
    }
    analysis = shell.sourceCodeAnalysis();
    runSnippets(DEFAULT_IMPORTS, "default imports", 1);
  }

  /**
   * Runs a {@code .jsh} file the way the jshell tool reads one: line by line, evaluating as soon as
   * the text so far is a complete snippet. (So a method chain whose lines start with {@code .} fails
   * here exactly as it fails in jshell.) Lines starting with a {@code /command} are skipped.
   *
   * @param text the script
   * @param origin its name, for messages
   */
  void runScript(String text, String origin) {
    String pending = "";
    int start = 1;
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      if (pending.isBlank() && isCommand(line)) {
        pending = "";
        continue;
      }
      if (pending.isBlank()) {
        start = i + 1;
      }
      String source = pending.isEmpty() ? line : pending + "\n" + line;
      while (true) {
        CompletionInfo info = analysis.analyzeCompletion(source);
        if (!info.completeness().isComplete()) {
          break;
        }
        eval(info.source(), origin, start);
        source = info.remaining();
        start = i + 1;
        if (source.isBlank()) {
          break;
        }
      }
      pending = source.isBlank() ? "" : source;
    }
    if (!pending.isBlank() && analysis.analyzeCompletion(pending).completeness() != Completeness.EMPTY) {
      throw new AssertionError(origin + ":" + start + ": incomplete at the end of the file:\n" + pending);
    }
  }

  /**
   * Runs a block of Java snippets, splitting it into complete snippets with
   * {@link SourceCodeAnalysis#analyzeCompletion}.
   *
   * @param text the snippets
   * @param origin their source, for messages
   * @param firstLine the line of {@code text}'s first line in its file
   */
  void runSnippets(String text, String origin, int firstLine) {
    String source = text;
    while (true) {
      CompletionInfo info = analysis.analyzeCompletion(source);
      int consumed = text.length() - source.length();
      int line = firstLine + lineOf(text, consumed + leadingSpace(source));
      switch (info.completeness()) {
        case EMPTY -> {
          return;
        }
        case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE ->
            throw new AssertionError(origin + ":" + line + ": incomplete snippet:\n" + source);
        default -> {
          eval(info.source(), origin, line);
          source = info.remaining();
        }
      }
    }
  }

  private void eval(String source, String origin, int line) {
    String where = origin + ":" + line;
    if (source.contains(".internal.") || source.contains(".internal;")) {
      throw new AssertionError(where + ": uses an internal package, which is not API:\n" + source);
    }
    List<SnippetEvent> events = shell.eval(source);
    for (SnippetEvent e : events) {
      if (e.causeSnippet() != null) {
        continue; // an update of an earlier snippet, caused by this one
      }
      Snippet s = e.snippet();
      if (e.status() == Snippet.Status.REJECTED) {
        String diagnostics = shell.diagnostics(s).map(this::message).collect(Collectors.joining("\n"));
        throw new AssertionError(where + ": snippet rejected:\n" + source + "\n" + diagnostics + output());
      }
      if (e.status() == Snippet.Status.RECOVERABLE_DEFINED || e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
        throw new AssertionError(where + ": snippet refers to something undefined ("
            + shell.unresolvedDependencies((DeclarationSnippet) s).toList() + "):\n" + source + output());
      }
      if (e.exception() != null) {
        throw new AssertionError(where + ": snippet threw " + describe(e.exception()) + ":\n" + source + output(),
            e.exception());
      }
    }
  }

  private String message(Diag d) {
    return "  " + d.getMessage(null);
  }

  private static String describe(Throwable t) {
    if (t instanceof EvalException ee) {
      return ee.getExceptionClassName() + (ee.getMessage() == null ? "" : ": " + ee.getMessage());
    }
    if (t instanceof UnresolvedReferenceException) {
      return "an unresolved reference";
    }
    return t.toString();
  }

  private static boolean isCommand(String line) {
    String s = line.strip();
    return s.length() > 1 && s.charAt(0) == '/' && Character.isLetter(s.charAt(1));
  }

  private static int leadingSpace(String s) {
    int i = 0;
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int lineOf(String text, int offset) {
    int line = 0;
    for (int i = 0; i < Math.min(offset, text.length()); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * Forgets every definition and runs the default imports again, so the next script starts as in a
   * new jshell; the JVM behind it stays warm (it is the slow part to start).
   */
  void reset() {
    resetBare();
    runSnippets(DEFAULT_IMPORTS, "default imports", 1);
  }

  /**
   * Forgets every definition and import, so that the next snippets see only {@code java.lang}: what
   * a Java block with its own imports must compile with.
   */
  void resetBare() {
    List<Snippet> all = new ArrayList<>(shell.snippets().toList());
    Collections.reverse(all); // newest first: nothing left depends on a dropped snippet, so nothing recompiles
    for (Snippet s : all) {
      if (shell.status(s).isActive()) {
        shell.drop(s);
      }
    }
  }

  /**
   * Waits until everything the snippets printed so far has arrived (the child JVM's output travels
   * separately from eval results), then returns all of it.
   *
   * @return standard output and error of the session since it started
   */
  String drain() {
    String sentinel = "<<drained " + System.nanoTime() + ">>";
    shell.eval("System.out.println(\"" + sentinel + "\");");
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (!printed().contains(sentinel) && System.nanoTime() < deadline) {
      Thread.onSpinWait();
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    String all = printed();
    int at = all.indexOf(sentinel);
    return at < 0 ? all : all.substring(0, at);
  }

  /**
   * What the snippets printed so far.
   *
   * @return standard output and error of the session
   */
  String output() {
    String s = output.toString(StandardCharsets.UTF_8);
    return s.isEmpty() ? "" : "\n--- output so far ---\n" + s;
  }

  /**
   * What the snippets printed, without decoration.
   *
   * @return standard output and error of the session
   */
  String printed() {
    return output.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    shell.close();
  }
}
