package io.github.ascribe.cli;

import io.github.ascribe.citations.Analyzer;
import io.github.ascribe.core.Article;
import io.github.ascribe.corpus.Corpus;
import java.io.BufferedInputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ascribe analyze}: analyses files and writes a report in one of the {@link ReportFormat}s.
 *
 * <pre>{@code
 * ascribe analyze examples/samples/istanbul-talks.txt
 * ascribe analyze --format json --min-coverage 0.8 news/*.txt > report.jsonl
 * cat article.txt | ascribe analyze --format html -o report.html -
 * }</pre>
 *
 * <p>Files are read in order and analysed in parallel by a {@link Corpus}, which hands the analyses
 * back in input order. A file that cannot be read is reported on standard error and skipped; the
 * others are still analysed, and the exit code is 2.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Analyses articles: claims, the sources that back them, and coverage.",
    exitCodeListHeading = Main.EXIT_CODES,
    exitCodeList = {Main.EXIT_0, Main.EXIT_1, Main.EXIT_2, Main.EXIT_3, Main.EXIT_4})
final class AnalyzeCommand implements Callable<Integer> {

  @Spec private CommandSpec spec;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
      description = "Report format: text, json, csv or html (default: ${DEFAULT-VALUE}).")
  private ReportFormat format;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the report to FILE (UTF-8) instead of standard output.")
  private Path output;

  @Option(names = "--min-coverage", paramLabel = "X",
      description = "Exit with 1 when a file's coverage (attributed claims / claims) is below X, a fraction"
          + " from 0 to 1, or when a file has no claims.")
  private Double minCoverage;

  @Mixin private RegistryOption registryOption;

  @Mixin private InputFormatOption inputFormat;

  @Mixin private ProseOption proseOption;

  @Mixin private StreamOptions stream;

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "Articles to analyse (UTF-8); - reads standard input.")
  private List<String> files;

  private final Terminal terminal;

  AnalyzeCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    if (minCoverage != null && !(minCoverage >= 0 && minCoverage <= 1)) {
      throw new ParameterException(spec.commandLine(),
          "--min-coverage must be a fraction from 0 to 1, like 0.8: " + minCoverage);
    }
    String bad = stream.check();
    if (bad != null) {
      throw new ParameterException(spec.commandLine(), bad);
    }
    PrintWriter err = spec.commandLine().getErr();
    ExitStatus status = new ExitStatus(err, minCoverage);
    InputStream stdin = new BufferedInputStream(terminal.in(), InputFormatOption.SNIFF + 1);
    try (Writer out = open(); Progress progress = Progress.of(terminal, stream.quiet, files)) {
      ReportWriter report = format == ReportFormat.HTML && files.size() == 1
          ? new HtmlReport(files.get(0)) : format.writer(files.size());
      if (format == ReportFormat.TEXT) {
        report = new TextReport(output == null ? TextLayout.of(terminal, stream.wide) : new TextLayout(
            TextLayout.DEFAULT_WIDTH, stream.wide, false));
      }
      report.begin(out);
      if (report instanceof StreamingReport streaming && !inputFormat.anyHtml(files, stdin)) {
        Analyzer analyzer = proseOption.configure(Analyzer.builder().registry(registryOption.registry())
            .maxInput(stream.analyzerMaxInput())).build();
        new ChunkedAnalysis(analyzer, stream, stdin, status, progress).run(files, streaming, out);
      } else {
        wholeFiles(report, out, status, progress, stdin); // spec: HTML pages are converted whole
      }
      report.end(out);
    }
    return status.code();
  }

  /** Analyses each file in one call, for a report that needs whole articles (HTML). */
  private void wholeFiles(ReportWriter report, Writer out, ExitStatus status, Progress progress, InputStream stdin)
      throws IOException {
    Analyzer analyzer = proseOption.configure(Analyzer.builder().registry(registryOption.registry())).build();
    Map<Long, String> unreadable = new HashMap<>(); // file index -> why, filled as the corpus reads
    int threads = Math.min(files.size(), Runtime.getRuntime().availableProcessors());
    try {
      Corpus.of(texts(unreadable, progress, stdin)).analyzer(analyzer).threads(threads).forEachOrdered(o -> {
        String name = files.get((int) o.index());
        if (o instanceof Corpus.Failed f) {
          status.unreadable(unreadable.computeIfAbsent(o.index(), k -> name + ": " + f.error()));
          progress.fileDone();
          return;
        }
        Article article = ((Corpus.Result) o).article();
        try {
          report.write(new AnalyzedFile(name, article), out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        JsonModel.Report r = JsonModel.of(name, article);
        status.file(name, r.summary(), r.diagnostics().stream()
            .filter(d -> d.code().equals(FileTotals.INPUT_TRUNCATED)).findFirst().orElse(null));
        progress.fileDone();
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * The files' texts, read one at a time when the corpus takes them (on this thread); a file that
   * cannot be read is a null text, and why goes into {@code unreadable}.
   */
  private Iterable<String> texts(Map<Long, String> unreadable, Progress progress, InputStream stdin) {
    return () -> new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < files.size();
      }

      @Override
      public String next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        int i = next++;
        progress.file(files.get(i));
        try {
          return inputFormat.prepare(files.get(i), InputFiles.read(files.get(i), stdin));
        } catch (CliException e) {
          unreadable.put((long) i, e.getMessage());
          return null;
        }
      }
    };
  }

  private Writer open() {
    if (output == null) {
      return new FilterWriter(spec.commandLine().getOut()) {
        @Override
        public void close() throws IOException {
          flush(); // standard output stays open
        }
      };
    }
    try {
      return Files.newBufferedWriter(output, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new CliException(output + ": cannot write: " + InputFiles.describe(e));
    }
  }
}
