package io.github.ascribe.cli;

import io.github.ascribe.cli.JsonModel.DiagnosticEntry;
import io.github.ascribe.cli.JsonModel.Part;
import io.github.ascribe.cli.JsonModel.Shift;
import io.github.ascribe.cli.JsonModel.SourceEntry;
import io.github.ascribe.cli.JsonModel.SummaryEntry;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Source;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The figures of one file analysed in pieces: each piece's article is added in order, its entries
 * come back in whole-file offsets and indexes, and {@link #end()} gives the source table, the kept
 * diagnostics and the summary of the whole file, as {@code Article.summary()} would for one call.
 *
 * <pre>{@code
 * FileTotals totals = new FileTotals(1000);
 * for (Chunk c : chunks) {
 *   JsonModel.Part part = totals.add(analyzer.analyze(c.text()), c.start(), c.line());
 * }
 * FileTotals.End end = totals.end();   // end.summary().coverage() ...
 * }</pre>
 *
 * <p>Memory grows with the sources named and the claims each backs (one index per claim and source),
 * not with the text. Diagnostics beyond {@code maxDiagnostics} are counted in one
 * {@code diagnostics-truncated} note; {@code input-truncated} errors are always kept. Not thread-safe.
 */
final class FileTotals {

  /** The code of the error that says some input was not analysed. */
  static final String INPUT_TRUNCATED = "input-truncated";

  private final int maxDiagnostics;
  private int paragraphs;
  private int claims;
  private int attributions;
  private int attributed;
  private int single;
  private int other;
  private final Set<Source> media = new LinkedHashSet<>();
  private final Map<Source, List<Integer>> sources = new LinkedHashMap<>();
  private final List<DiagnosticEntry> diagnostics = new ArrayList<>();
  private DiagnosticEntry firstLeftOut;
  private int leftOut;
  private DiagnosticEntry truncation;

  /**
   * The totals of a new file.
   *
   * @param maxDiagnostics how many diagnostics to keep, at least 0
   */
  FileTotals(int maxDiagnostics) {
    if (maxDiagnostics < 0) {
      throw new IllegalArgumentException("maxDiagnostics must be >= 0: " + maxDiagnostics);
    }
    this.maxDiagnostics = maxDiagnostics;
  }

  /**
   * Adds the next piece of the file.
   *
   * @param a the piece's article
   * @param chars UTF-16 units of the file before the piece
   * @param lines lines of the file before the piece (the piece starts at a line start)
   * @return the piece's entries in whole-file offsets and indexes
   */
  Part add(Article a, long chars, long lines) {
    return add(a, new Shift(chars, lines, paragraphs, claims, attributions));
  }

  /**
   * Adds the next piece of the file, shifted as given.
   *
   * @param a the piece's article
   * @param s where it sits; its indexes must be this object's counts so far
   * @return the piece's entries
   */
  Part add(Article a, Shift s) {
    Objects.requireNonNull(a, "a");
    Part part = JsonModel.part(a, s);
    for (Claim c : a.claims()) {
      attributed += c.isAttributed() ? 1 : 0;
      single += c.isSingleSource() ? 1 : 0;
      other += c.otherSources().isEmpty() ? 0 : 1;
      media.addAll(c.mediaSources());
    }
    for (Map.Entry<Source, List<Claim>> e : a.claimsBySource().entrySet()) {
      List<Integer> backed = sources.computeIfAbsent(e.getKey(), k -> new ArrayList<>());
      for (Claim c : e.getValue()) {
        backed.add(c.index() + s.claims());
      }
    }
    for (DiagnosticEntry d : part.diagnostics()) {
      add(d);
    }
    paragraphs += a.paragraphs().size();
    claims += a.claims().size();
    attributions += a.attributions().size();
    return part;
  }

  /**
   * Adds a diagnostic of the CLI's own, such as a paragraph cut at {@code --max-paragraph}.
   *
   * @param d the diagnostic, in whole-file offsets
   */
  void add(DiagnosticEntry d) {
    boolean cut = INPUT_TRUNCATED.equals(d.code());
    if (cut && truncation == null) {
      truncation = d;
    }
    if (diagnostics.size() < maxDiagnostics || cut) {
      diagnostics.add(d);
    } else {
      firstLeftOut = firstLeftOut == null ? d : firstLeftOut;
      leftOut++;
    }
  }

  /**
   * The first {@code input-truncated} error so far.
   *
   * @return it, or null if all input so far was analysed
   */
  DiagnosticEntry truncation() {
    return truncation;
  }

  /**
   * The claims so far.
   *
   * @return the count
   */
  int claims() {
    return claims;
  }

  /**
   * The whole file's source table, diagnostics and summary.
   *
   * @param sources every source named, in order of first mention, with the claims it backs
   * @param diagnostics the kept diagnostics in order, then a {@code diagnostics-truncated} note if some were not
   * @param summary the audit figures
   */
  record End(List<SourceEntry> sources, List<DiagnosticEntry> diagnostics, SummaryEntry summary) {}

  /**
   * The end of the file.
   *
   * @return its source table, diagnostics and summary
   */
  End end() {
    List<SourceEntry> table = new ArrayList<>(sources.size());
    for (Map.Entry<Source, List<Integer>> e : sources.entrySet()) {
      Source s = e.getKey();
      table.add(new SourceEntry(s.id(), s.name(), s.kind().name(), s.isMedia(), s.country(), s.language(),
          s.domains(), List.copyOf(e.getValue())));
    }
    List<DiagnosticEntry> kept = new ArrayList<>(diagnostics);
    if (leftOut > 0) {
      kept.add(new DiagnosticEntry("INFO", "diagnostics-truncated", leftOut
          + " more diagnostics were found and not kept (maxDiagnostics " + maxDiagnostics + ")",
          firstLeftOut.start(), firstLeftOut.end(), firstLeftOut.line(), firstLeftOut.column()));
    }
    int independent = (int) media.stream().filter(s -> s.kind().isIndependentMedia()).count();
    double coverage = claims == 0 ? 1.0 : (double) attributed / claims;
    return new End(table, kept, new SummaryEntry(claims, attributed, coverage, media.size(), independent, single,
        claims - attributed, other));
  }
}
