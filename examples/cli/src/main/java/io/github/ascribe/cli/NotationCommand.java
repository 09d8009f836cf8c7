package io.github.ascribe.cli;

import io.github.ascribe.citations.NotationParser;
import io.github.ascribe.citations.NotationResult;
import io.github.ascribe.citations.Notation;
import io.github.ascribe.citations.Token;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceMention;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ascribe notation}: parses one piece of attribution notation and shows everything the parser
 * found: tokens, sources, the unnamed count, the total, diagnostics, the verdict and the canonical form.
 *
 * <pre>{@code
 * ascribe notation "The Guardian/AP News +2/The Times of India +4 Reuters =The Guardian =4"
 * echo "Reuters, AP +2" | ascribe notation -
 * }</pre>
 */
@Command(name = "notation", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Parses attribution notation, such as \"Reuters, AP News +2\", and explains the result.")
final class NotationCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = "--strict", description = "No fuzzy matching; unknown names are warnings.")
  private boolean strict;

  @Mixin private RegistryOption registryOption;

  @Parameters(paramLabel = "NOTATION", arity = "1..*",
      description = "The notation; quote it, or give several words to be joined by spaces; - reads standard input.")
  private List<String> words;

  private final Terminal terminal;

  NotationCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    String input = words.size() == 1 && InputFiles.STDIN.equals(words.get(0))
        ? stripFinalLineBreak(InputFiles.read(InputFiles.STDIN, terminal.in()))
        : String.join(" ", words);
    NotationParser parser = NotationParser.builder().registry(registryOption.registry()).strict(strict).build();
    NotationResult r = parser.parse(input);
    PrintWriter out = spec.commandLine().getOut();
    out.println("input        " + visible(r.input()));
    out.println("tokens");
    for (Token t : r.tokens()) {
      out.printf(Locale.ROOT, "  %-12s %-10s %s%n", t.kind(), t.span(), "'" + visible(t.text()) + "'");
    }
    out.println("sources");
    if (r.sources().isEmpty()) {
      out.println("  (none)");
    }
    for (Source s : r.sources()) {
      SourceMention m = r.mentions().stream().filter(x -> x.source().equals(s)).findFirst().orElseThrow();
      out.printf(Locale.ROOT, "  %s (%s, %s)  as '%s' %s%n", visible(s.name()), s.kind(), s.id(), visible(m.text()),
          m.match());
    }
    int named = r.sources().size();
    out.println("unnamed      " + r.unnamedSources());
    out.println("total        " + (named + r.unnamedSources()) + " (" + named + " named + " + r.unnamedSources()
        + " unnamed)" + (r.declaredTotal().isPresent() ? ", declared =" + r.declaredTotal().getAsInt() : ""));
    out.println("diagnostics" + (r.diagnostics().isEmpty() ? "  (none)" : ""));
    for (Diagnostic d : r.diagnostics()) {
      out.println("  " + d.span() + " " + d.severity() + " " + d.code() + " " + visible(d.message()));
    }
    out.println("verdict      " + visible(r.verdict().toString()));
    String canonical = r.entries().isEmpty() && r.restatements().isEmpty() && r.declaredTotal().isEmpty()
        ? "" : Notation.format(r.model());
    out.println("canonical    " + (canonical.isEmpty() ? "(none)" : visible(canonical)));
    return Main.OK;
  }

  private static String stripFinalLineBreak(String s) {
    if (s.endsWith("\r\n")) {
      return s.substring(0, s.length() - 2);
    }
    return s.endsWith("\n") ? s.substring(0, s.length() - 1) : s;
  }

  /** Shows control characters as escapes ({@code \n}, {@code \u0007}) so every item stays on its line. */
  static String visible(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
            sb.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
