package io.github.ascribe.notebook;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.CompletionInfo;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * Evaluates notebook cells with {@code jdk.jshell}, in this JVM: a cell is split into snippets with
 * {@link SourceCodeAnalysis#analyzeCompletion}, each snippet is run with {@link JShell#eval}, and the
 * value of a last expression that does not end with a semicolon is returned as an object (so that it can
 * be displayed richly) with JShell's own text for it.
 *
 * <p>Not thread-safe: the kernel evaluates one cell at a time.
 */
public final class CellEvaluator implements AutoCloseable {

  /** The imports every session starts with. */
  public static final List<String> IMPORTS = List.of(
      "import java.io.*;",
      "import java.nio.charset.StandardCharsets;",
      "import java.nio.file.*;",
      "import java.util.*;",
      "import java.util.function.*;",
      "import java.util.stream.*;",
      "import io.github.ascribe.core.*;",
      "import io.github.ascribe.core.registry.*;",
      "import io.github.ascribe.citations.*;",
      "import io.github.ascribe.notebook.*;",
      "import static io.github.ascribe.notebook.Notebook.*;");

  /** The value of a cell: its object and JShell's text for it, or none. */
  public record Outcome(boolean hasValue, Object value, String text) {
    static final Outcome NONE = new Outcome(false, null, "");
  }

  /** Completion options and the range of the cell they replace. */
  public record Completion(List<String> options, int start, int end) {}

  private static final int MAX_FRAMES = 12;

  private final JShell shell;
  private final SourceCodeAnalysis analysis;
  private final CapturingExecutionControl control;
  /** snippet id to the cell line its source starts on (0-based), for messages */
  private final Map<String, Integer> snippetLines = new HashMap<>();
  private Set<String> currentCell = new HashSet<>();

  /**
   * A session with the given class path (the kernel's own) and {@link #IMPORTS}.
   *
   * @param classPath a class path for the compiler, as in {@code java.class.path}
   */
  public CellEvaluator(String classPath) {
    CapturingExecutionControl.Provider provider = new CapturingExecutionControl.Provider();
    this.shell = JShell.builder().executionEngine(provider, Map.of()).build();
    this.control = provider.control();
    this.analysis = shell.sourceCodeAnalysis();
    for (String entry : classPath.split(java.io.File.pathSeparator)) {
      if (!entry.isBlank()) {
        shell.addToClasspath(entry);
      }
    }
    for (String line : IMPORTS) {
      eval(line);
    }
  }

  /**
   * Runs a cell: its magics first ({@code %classpath}, {@code %jars}), then its Java snippets in order.
   *
   * @param cell the cell's source
   * @return the value of its last expression, if it ends with one (and no semicolon)
   * @throws CellException when a snippet does not compile or throws; the snippets before it have run
   */
  public Outcome eval(String cell) {
    String code = runMagics(cell);
    currentCell = new HashSet<>();
    Outcome outcome = Outcome.NONE;
    String rest = code;
    while (!rest.isBlank()) {
      int start = code.length() - rest.length();
      CompletionInfo info = analysis.analyzeCompletion(rest);
      String source;
      String remaining;
      switch (info.completeness()) {
        case EMPTY:
          return outcome;
        case COMPLETE:
        case COMPLETE_WITH_SEMI:
          source = info.source();
          remaining = info.remaining();
          break;
        default:
          // incomplete or not Java: the compiler says what is wrong with the rest of the cell
          source = rest;
          remaining = "";
      }
      String written = rest.substring(0, rest.length() - remaining.length());
      boolean last = remaining.isBlank();
      outcome = evalSnippet(source, lineOf(code, start), last && !written.strip().endsWith(";"));
      rest = remaining;
    }
    return outcome;
  }

  private Outcome evalSnippet(String source, int baseLine, boolean wantValue) {
    control.reset();
    List<SnippetEvent> events = shell.eval(source);
    SnippetEvent main = null;
    for (SnippetEvent event : events) {
      if (event.causeSnippet() != null) {
        continue;
      }
      Snippet snippet = event.snippet();
      // JShell numbers a snippet's lines in stack traces from its first token
      snippetLines.put(snippet.id(), baseLine + lineOf(source, firstToken(source)));
      currentCell.add(snippet.id());
      if (event.status() == Snippet.Status.REJECTED) {
        throw compilationError(snippet, source, baseLine);
      }
      if (event.exception() != null) {
        throw runtimeError(event.exception());
      }
      if (event.status() == Snippet.Status.RECOVERABLE_DEFINED
          || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
        warnUnresolved(snippet);
      }
      main = event;
    }
    if (!wantValue || main == null) {
      return Outcome.NONE;
    }
    Snippet snippet = main.snippet();
    Optional<VarSnippet> variable = Optional.empty();
    if (snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND) {
      variable = Optional.of((VarSnippet) snippet);
    } else if (snippet.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND) {
      String name = ((jdk.jshell.ExpressionSnippet) snippet).name();
      variable = shell.variables().filter(v -> v.name().equals(name) && shell.status(v).isActive())
          .reduce((a, b) -> b);
    }
    if (variable.isEmpty()) {
      return Outcome.NONE;
    }
    String text = shell.varValue(variable.get());
    return new Outcome(true, control.hasValue() ? control.lastValue() : text, text);
  }

  private void warnUnresolved(Snippet snippet) {
    if (snippet instanceof jdk.jshell.DeclarationSnippet declaration) {
      List<String> missing = shell.unresolvedDependencies(declaration).toList();
      if (!missing.isEmpty()) {
        System.err.println(declaration.name() + " is defined, but cannot be used until "
            + String.join(", ", missing) + " is declared");
      }
    }
  }

  private CellException compilationError(Snippet snippet, String source, int baseLine) {
    List<Diag> diags = shell.diagnostics(snippet).filter(Diag::isError).toList();
    if (diags.isEmpty()) {
      diags = shell.diagnostics(snippet).toList();
    }
    List<String> lines = new ArrayList<>();
    String first = "the snippet was rejected";
    for (Diag diag : diags) {
      String message = diag.getMessage(Locale.ROOT);
      if (lines.isEmpty()) {
        first = message.lines().findFirst().orElse(message);
      }
      int position = (int) Math.max(0, Math.min(diag.getStartPosition(), source.length()));
      int lineStart = source.lastIndexOf('\n', position - 1) + 1;
      int lineEnd = source.indexOf('\n', position);
      if (lineEnd < 0) {
        lineEnd = source.length();
      }
      int line = baseLine + lineOf(source, position) + 1;
      List<String> messageLines = message.lines().toList();
      lines.add("cell line " + line + ": " + messageLines.get(0));
      messageLines.stream().skip(1).map(String::strip)
          .filter(l -> !l.equals("location: class")) // JShell's wrapper class has no name to show
          .forEach(l -> lines.add("  " + l));
      String text = source.substring(lineStart, lineEnd);
      lines.add("    " + text.stripTrailing());
      lines.add("    " + " ".repeat(Math.max(0, position - lineStart)) + "^");
    }
    if (lines.isEmpty()) {
      lines.add(first);
    }
    return new CellException("CompilationException", first, lines);
  }

  private CellException runtimeError(JShellException exception) {
    if (exception instanceof UnresolvedReferenceException unresolved) {
      String name = unresolved.getSnippet().name();
      List<String> missing = shell.unresolvedDependencies(unresolved.getSnippet()).toList();
      String message = name + " cannot be used until " + String.join(", ", missing) + " is declared";
      return new CellException("UnresolvedReferenceException", message, List.of(message));
    }
    // JShell's EvalException carries the cell's exception with frames in snippet lines, causes included
    String name = exception instanceof EvalException eval ? simpleName(eval.getExceptionClassName())
        : exception.getClass().getSimpleName();
    return new CellException(name, exception.getMessage(), trace(exception, name));
  }

  private List<String> trace(Throwable thrown, String name) {
    List<String> lines = new ArrayList<>();
    Set<Throwable> seen = new HashSet<>();
    Throwable current = thrown;
    String currentName = name;
    while (current != null && seen.add(current)) {
      String message = current.getMessage();
      lines.add((lines.isEmpty() ? "" : "Caused by: ") + currentName + (message == null ? "" : ": " + message));
      StackTraceElement[] frames = current.getStackTrace();
      int lastCellFrame = -1;
      for (int i = 0; i < frames.length; i++) {
        if (isCellFrame(frames[i])) {
          lastCellFrame = i;
        }
      }
      int end = lastCellFrame >= 0 ? lastCellFrame + 1 : frames.length;
      int shown = 0;
      for (int i = 0; i < end; i++) {
        if (isJdkFrame(frames[i]) && i + 1 < end && isJdkFrame(frames[i + 1])) {
          continue; // a run of JDK frames shows as the one the caller called, whose details vary by JDK build
        }
        if (shown == MAX_FRAMES) {
          lines.add("    ...");
          break;
        }
        lines.add("    at " + describe(frames[i]));
        shown++;
      }
      current = current.getCause();
      currentName = current instanceof EvalException eval ? eval.getExceptionClassName()
          : current == null ? "" : current.getClass().getName();
    }
    return lines;
  }

  private static boolean isJdkFrame(StackTraceElement frame) {
    String module = frame.getModuleName();
    return module != null && (module.startsWith("java.") || module.startsWith("jdk."));
  }

  private static boolean isCellFrame(StackTraceElement frame) {
    return frame.getFileName() != null && frame.getFileName().startsWith("#");
  }

  private String describe(StackTraceElement frame) {
    if (isJdkFrame(frame)) {
      return frame.getClassName() + "." + frame.getMethodName() + " (" + frame.getModuleName() + ")";
    }
    if (!isCellFrame(frame)) {
      return frame.toString();
    }
    String id = frame.getFileName().substring(1);
    Integer base = snippetLines.get(id);
    String name = frame.getMethodName();
    String method = name == null || name.isEmpty() || name.equals("do_it$") ? "" : name + " ";
    if (base == null || frame.getLineNumber() < 0) {
      return method + "(a cell)";
    }
    int line = base + frame.getLineNumber();
    return method + (currentCell.contains(id) ? "(cell line " + line + ")" : "(an earlier cell, line " + line + ")");
  }

  /** The offset of the first character that is neither blank nor in a comment. */
  static int firstToken(String source) {
    int i = 0;
    while (i < source.length()) {
      if (Character.isWhitespace(source.charAt(i))) {
        i++;
      } else if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        i = end < 0 ? source.length() : end + 1;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        i = end < 0 ? source.length() : end + 2;
      } else {
        return i;
      }
    }
    return i;
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private static int lineOf(String text, int position) {
    int lines = 0;
    for (int i = 0; i < position && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        lines++;
      }
    }
    return lines;
  }

  /* ---------------------------------------------------------------- magics */

  private String runMagics(String cell) {
    if (cell.indexOf('%') < 0) {
      return cell;
    }
    List<String> lines = new ArrayList<>(cell.lines().toList());
    boolean any = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("%") && !line.startsWith("%%")) {
        magic(line.substring(1).strip());
        lines.set(i, "");
        any = true;
      }
    }
    return any ? String.join("\n", lines) : cell;
  }

  private void magic(String line) {
    String[] words = line.split("\\s+");
    String name = words[0];
    switch (name) {
      case "classpath":
      case "jars":
        List<String> added = new ArrayList<>();
        for (int i = 1; i < words.length; i++) {
          for (Path path : expand(words[i])) {
            shell.addToClasspath(path.toAbsolutePath().toString());
            added.add(path.getFileName().toString());
          }
        }
        if (added.isEmpty()) {
          throw new CellException("MagicException", "%" + name + ": no such file",
              List.of("%" + name + " " + String.join(" ", List.of(words).subList(1, words.length))
                  + ": nothing found; give jar files, folders of classes, or a glob such as lib/*.jar"));
        }
        System.out.println("added to the class path: " + String.join(", ", added));
        break;
      case "imports":
        PrintStream out = System.out;
        shell.imports().filter(s -> shell.status(s).isActive())
            .forEach(s -> out.println(s.source().strip()));
        break;
      default:
        throw new CellException("MagicException", "unknown magic %" + name,
            List.of("unknown magic %" + name + "; the kernel knows %classpath, %jars and %imports"));
    }
  }

  private static List<Path> expand(String word) {
    if (!word.contains("*") && !word.contains("?")) {
      Path path = Path.of(word);
      return Files.exists(path) ? List.of(path) : List.of();
    }
    Path pattern = Path.of(word);
    Path folder = pattern.getParent() == null ? Path.of(".") : pattern.getParent();
    if (!Files.isDirectory(folder)) {
      return List.of();
    }
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(folder, pattern.getFileName().toString())) {
      List<Path> paths = new ArrayList<>();
      stream.forEach(paths::add);
      paths.sort(null);
      return paths;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /* ------------------------------------------------------ editor support */

  /**
   * Completion at a cursor.
   *
   * @param code the cell
   * @param cursor the cursor's offset in it
   * @return the options and the range they replace
   */
  public Completion complete(String code, int cursor) {
    int start = snippetStart(code, cursor);
    String part = code.substring(start, cursor);
    int[] anchor = new int[1];
    List<String> options = analysis.completionSuggestions(part, part.length(), anchor).stream()
        .map(SourceCodeAnalysis.Suggestion::continuation).distinct().collect(Collectors.toList());
    return new Completion(options, start + anchor[0], cursor);
  }

  /**
   * The signatures (and Javadoc, where JShell finds it) of what is at the cursor.
   *
   * @param code the cell
   * @param cursor the cursor's offset in it
   * @param detail whether to look for Javadoc too
   * @return one text, empty when nothing is found
   */
  public String inspect(String code, int cursor, boolean detail) {
    int start = snippetStart(code, cursor);
    String part = code.substring(start, cursor);
    return analysis.documentation(part, part.length(), detail).stream()
        .map(d -> d.javadoc() == null || d.javadoc().isBlank() ? d.signature() : d.signature() + "\n" + d.javadoc())
        .distinct().collect(Collectors.joining("\n\n"));
  }

  /**
   * Whether a cell is complete, as Jupyter's {@code is_complete_request} asks.
   *
   * @param code the cell
   * @return {@code complete}, {@code invalid}, or an indent for the next line when incomplete
   */
  public String isComplete(String code) {
    String rest = code;
    while (true) {
      CompletionInfo info = analysis.analyzeCompletion(rest);
      switch (info.completeness()) {
        case EMPTY:
          return "complete";
        case COMPLETE:
        case COMPLETE_WITH_SEMI:
          if (info.remaining().isBlank()) {
            return "complete";
          }
          rest = info.remaining();
          break;
        case DEFINITELY_INCOMPLETE:
        case CONSIDERED_INCOMPLETE:
          return "    ";
        default:
          return "invalid";
      }
    }
  }

  private int snippetStart(String code, int cursor) {
    String prefix = code.substring(0, Math.min(cursor, code.length()));
    String rest = prefix;
    while (true) {
      CompletionInfo info = analysis.analyzeCompletion(rest);
      boolean complete = info.completeness() == SourceCodeAnalysis.Completeness.COMPLETE
          || info.completeness() == SourceCodeAnalysis.Completeness.COMPLETE_WITH_SEMI;
      if (!complete || info.remaining().isBlank()) {
        return prefix.length() - rest.length();
      }
      rest = info.remaining();
    }
  }

  /** Stops the cell that is running, as far as JShell's in-process engine can (docs/notebooks.md). */
  public void stop() {
    shell.stop();
  }

  @Override
  public void close() {
    shell.close();
  }
}
