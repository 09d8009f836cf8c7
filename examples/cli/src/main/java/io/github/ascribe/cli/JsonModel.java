package io.github.ascribe.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.Diagnostic;
import io.github.ascribe.core.ProseRelation;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Span;
import io.github.ascribe.core.text.Position;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON report's data model: plain records whose component names are the JSON field names, in
 * order. The field names are a contract documented in {@code docs/json.md}; add fields, never rename.
 *
 * <pre>{@code
 * JsonModel.Report r = JsonModel.of("istanbul-talks.txt", article);
 * r.summary().coverage();                 // 0.777...
 * new ObjectMapper().writeValueAsString(r);
 * }</pre>
 */
public final class JsonModel {

  private JsonModel() {}

  /**
   * Builds the report of one analysed article.
   *
   * @param file the name of the input ({@code -} for standard input)
   * @param a the article
   * @return the report
   */
  public static Report of(String file, Article a) {
    FileTotals totals = new FileTotals(Integer.MAX_VALUE);
    Part part = totals.add(a, Shift.NONE);
    FileTotals.End end = totals.end();
    return new Report(file, a.text().length(), part.claims(), part.attributions(), end.sources(),
        end.diagnostics(), end.summary());
  }

  /**
   * Where a piece of a file sits in the whole: what to add to its offsets, lines and indexes.
   *
   * @param chars UTF-16 units before the piece
   * @param lines lines before the piece
   * @param paragraphs paragraphs before the piece
   * @param claims claims before the piece
   * @param attributions attributions before the piece
   */
  record Shift(long chars, long lines, int paragraphs, int claims, int attributions) {
    /** No shift: the piece is the whole file. */
    static final Shift NONE = new Shift(0, 0, 0, 0, 0);
  }

  /**
   * The claims, attributions and diagnostics of one piece of a file, in whole-file offsets and indexes.
   *
   * @param claims the claims, in order
   * @param attributions the attributions, in order
   * @param diagnostics the diagnostics, in order
   */
  record Part(List<ClaimEntry> claims, List<AttributionEntry> attributions, List<DiagnosticEntry> diagnostics) {}

  /**
   * The entries of an article that is a piece of a larger file.
   *
   * @param a the piece's article
   * @param s where the piece sits
   * @return its entries, shifted
   */
  static Part part(Article a, Shift s) {
    List<ClaimEntry> claims = new ArrayList<>(a.claims().size());
    for (Claim c : a.claims()) {
      Position p = a.lineIndex().position(c.span().start());
      claims.add(new ClaimEntry(c.index() + s.claims(), c.paragraph() + s.paragraphs(), c.text(),
          offset(c.span().start(), s), offset(c.span().end(), s), line(p, s), p.column(), ClaimStatus.of(c).label(),
          refs(c.mediaSources()), c.unnamedSources(), c.sourceCount(), refs(c.otherSources()),
          c.attributions().stream().map(at -> at.index() + s.attributions()).toList()));
    }
    List<AttributionEntry> attributions = new ArrayList<>(a.attributions().size());
    for (Attribution at : a.attributions()) {
      List<MentionEntry> mentions = new ArrayList<>();
      for (SourceMention m : at.mentions()) {
        mentions.add(new MentionEntry(m.text(), offset(m.span().start(), s), offset(m.span().end(), s),
            m.source().id(), m.source().name(), m.source().kind().name(), m.match().kind().name(), m.match().score()));
      }
      attributions.add(new AttributionEntry(at.index() + s.attributions(), at.form().name(), at.rule(),
          at.span().text(a.text()), offset(at.span().start(), s), offset(at.span().end(), s), mentions,
          at.unnamedSources(), at.declaredTotal().isPresent() ? at.declaredTotal().getAsInt() : null,
          at.claims().stream().map(c -> c + s.claims()).toList(),
          at.prose().map(p -> prose(a.text(), p, s)).orElse(null)));
    }
    List<DiagnosticEntry> diagnostics = new ArrayList<>(a.diagnostics().size());
    for (Diagnostic d : a.diagnostics()) {
      Position p = a.lineIndex().position(d.span().start());
      diagnostics.add(new DiagnosticEntry(d.severity().name(), d.code(), d.message(), offset(d.span().start(), s),
          offset(d.span().end(), s), line(p, s), p.column()));
    }
    return new Part(claims, attributions, diagnostics);
  }

  private static int offset(int local, Shift s) {
    return Math.toIntExact(local + s.chars());
  }

  private static int line(Position p, Shift s) {
    return Math.toIntExact(p.line() + s.lines());
  }

  private static ProseEntry prose(String text, ProseRelation p, Shift shift) {
    return new ProseEntry(p.kind().name(), p.sourceType().name(), p.cueGroup().name(), p.cueLemma(),
        span(text, p.source(), shift), span(text, p.cue(), shift),
        p.content().stream().map(c -> span(text, c, shift)).toList(),
        p.antecedent().map(a -> span(text, a, shift)).orElse(null));
  }

  private static SpanEntry span(String text, Span span, Shift shift) {
    return new SpanEntry(span.text(text), offset(span.start(), shift), offset(span.end(), shift));
  }

  private static List<SourceRef> refs(List<Source> sources) {
    return sources.stream().map(s -> new SourceRef(s.id(), s.name(), s.kind().name())).toList();
  }

  /**
   * The report of one file: one JSON object (one line of JSON Lines).
   *
   * @param file the input's name as given, {@code -} for standard input
   * @param length the input's length in UTF-16 units (offsets are below or equal to it)
   * @param claims the claims, in order
   * @param attributions the attributions, in order
   * @param sources every source named, in order of first mention
   * @param diagnostics problems and notes, in order
   * @param summary the audit figures
   */
  public record Report(String file, int length, List<ClaimEntry> claims, List<AttributionEntry> attributions,
      List<SourceEntry> sources, List<DiagnosticEntry> diagnostics, SummaryEntry summary) {}

  /**
   * A claim.
   *
   * @param index position in {@code claims}
   * @param paragraph 0-based paragraph index
   * @param text the sentence as written
   * @param start UTF-16 offset of the first character
   * @param end UTF-16 offset one past the last character
   * @param line 1-based line of {@code start}
   * @param column 1-based column of {@code start}, in code points
   * @param status {@code multi-source}, {@code single-source} or {@code unattributed}
   * @param sources the named media sources
   * @param unnamedSources media sources counted but not named
   * @param sourceCount named media sources plus unnamed ones
   * @param otherSources people, organisations and anonymous sources
   * @param attributions indexes into {@code attributions}
   */
  public record ClaimEntry(int index, int paragraph, String text, int start, int end, int line, int column,
      String status, List<SourceRef> sources, int unnamedSources, int sourceCount, List<SourceRef> otherSources,
      List<Integer> attributions) {}

  /**
   * A source as referred to from a claim.
   *
   * @param id the stable id
   * @param name the display name
   * @param kind the {@code SourceKind} name
   */
  public record SourceRef(String id, String name, String kind) {}

  /**
   * An attribution.
   *
   * @param index position in {@code attributions}
   * @param form the {@code AttributionForm} name
   * @param rule the rule that found it
   * @param text its text as written
   * @param start UTF-16 offset of the first character
   * @param end UTF-16 offset one past the last character
   * @param mentions the names it contains, in order
   * @param unnamedSources sources it counts without naming
   * @param declaredTotal the {@code =N} total it declares, or null
   * @param claims indexes into {@code claims}
   * @param prose the source, cue and content of a prose attribution; left out of the JSON when absent
   */
  public record AttributionEntry(int index, String form, String rule, String text, int start, int end,
      List<MentionEntry> mentions, int unnamedSources, Integer declaredTotal, List<Integer> claims,
      @JsonInclude(JsonInclude.Include.NON_NULL) ProseEntry prose) {}

  /**
   * The structure of a prose attribution.
   *
   * @param kind {@code DIRECT}, {@code INDIRECT}, {@code MIXED} or {@code ADJUNCT}
   * @param sourceType the {@code ProseRelation.SourceType} name
   * @param cueGroup the {@code ProseRelation.CueGroup} name
   * @param cueLemma the cue's dictionary form
   * @param source the words naming the source
   * @param cue the words of the cue
   * @param content what is said, in text order
   * @param antecedent the earlier name a pronoun source stands for; left out when absent
   */
  public record ProseEntry(String kind, String sourceType, String cueGroup, String cueLemma, SpanEntry source,
      SpanEntry cue, List<SpanEntry> content, @JsonInclude(JsonInclude.Include.NON_NULL) SpanEntry antecedent) {}

  /**
   * A span of the input.
   *
   * @param text the text as written
   * @param start UTF-16 offset of the first character
   * @param end UTF-16 offset one past the last character
   */
  public record SpanEntry(String text, int start, int end) {}

  /**
   * A source named in an attribution.
   *
   * @param text the name as written
   * @param start UTF-16 offset of the first character
   * @param end UTF-16 offset one past the last character
   * @param sourceId the id it resolved to
   * @param sourceName the display name it resolved to
   * @param kind the source's {@code SourceKind} name
   * @param match the {@code MatchKind} name
   * @param score match confidence in [0, 1]
   */
  public record MentionEntry(String text, int start, int end, String sourceId, String sourceName, String kind,
      String match, double score) {}

  /**
   * A source with the claims it backs.
   *
   * @param id the stable id
   * @param name the display name
   * @param kind the {@code SourceKind} name
   * @param media whether it counts towards coverage
   * @param country ISO country code, {@code INT}, or empty
   * @param language ISO language code, or empty
   * @param domains web domains
   * @param claims indexes into {@code claims}
   */
  public record SourceEntry(String id, String name, String kind, boolean media, String country, String language,
      List<String> domains, List<Integer> claims) {}

  /**
   * A diagnostic.
   *
   * @param severity {@code ERROR}, {@code WARNING} or {@code INFO}
   * @param code the stable code
   * @param message the explanation
   * @param start UTF-16 offset of the first character
   * @param end UTF-16 offset one past the last character
   * @param line 1-based line of {@code start}
   * @param column 1-based column of {@code start}, in code points
   */
  public record DiagnosticEntry(String severity, String code, String message, int start, int end, int line,
      int column) {}

  /**
   * The audit figures.
   *
   * @param claims number of claims
   * @param attributedClaims claims with a media source
   * @param coverage {@code attributedClaims / claims}, 1.0 with no claims
   * @param distinctSources distinct named media sources
   * @param independentSources distinct named media sources that are not aggregators
   * @param singleSourceClaims claims with exactly one media source
   * @param unattributedClaims claims with no media source
   * @param otherAttributedClaims claims naming a person, organisation or anonymous source
   */
  public record SummaryEntry(int claims, int attributedClaims, double coverage, int distinctSources,
      int independentSources, int singleSourceClaims, int unattributedClaims, int otherAttributedClaims) {}
}
