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
import io.github.ascribe.core.Summary;
import io.github.ascribe.core.text.Position;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    List<ClaimEntry> claims = new ArrayList<>();
    for (Claim c : a.claims()) {
      Position p = a.lineIndex().position(c.span().start());
      claims.add(new ClaimEntry(c.index(), c.paragraph(), c.text(), c.span().start(), c.span().end(),
          p.line(), p.column(), ClaimStatus.of(c).label(), refs(c.mediaSources()), c.unnamedSources(),
          c.sourceCount(), refs(c.otherSources()),
          c.attributions().stream().map(Attribution::index).toList()));
    }
    List<AttributionEntry> attributions = new ArrayList<>();
    for (Attribution at : a.attributions()) {
      List<MentionEntry> mentions = new ArrayList<>();
      for (SourceMention m : at.mentions()) {
        mentions.add(new MentionEntry(m.text(), m.span().start(), m.span().end(), m.source().id(),
            m.source().name(), m.source().kind().name(), m.match().kind().name(), m.match().score()));
      }
      attributions.add(new AttributionEntry(at.index(), at.form().name(), at.rule(), at.span().text(a.text()),
          at.span().start(), at.span().end(), mentions, at.unnamedSources(),
          at.declaredTotal().isPresent() ? at.declaredTotal().getAsInt() : null, at.claims(),
          at.prose().map(p -> prose(a.text(), p)).orElse(null)));
    }
    List<SourceEntry> sources = new ArrayList<>();
    for (Map.Entry<Source, List<Claim>> e : a.claimsBySource().entrySet()) {
      Source s = e.getKey();
      sources.add(new SourceEntry(s.id(), s.name(), s.kind().name(), s.isMedia(), s.country(), s.language(),
          s.domains(), e.getValue().stream().map(Claim::index).toList()));
    }
    List<DiagnosticEntry> diagnostics = new ArrayList<>();
    for (Diagnostic d : a.diagnostics()) {
      Position p = a.lineIndex().position(d.span().start());
      diagnostics.add(new DiagnosticEntry(d.severity().name(), d.code(), d.message(), d.span().start(),
          d.span().end(), p.line(), p.column()));
    }
    Summary s = a.summary();
    SummaryEntry summary = new SummaryEntry(s.claims(), s.attributedClaims(), s.coverage(), s.distinctSources(),
        s.independentSources(), s.singleSourceClaims(), s.unattributedClaims(), s.otherAttributedClaims());
    return new Report(file, a.text().length(), claims, attributions, sources, diagnostics, summary);
  }

  private static ProseEntry prose(String text, ProseRelation p) {
    return new ProseEntry(p.kind().name(), p.sourceType().name(), p.cueGroup().name(), p.cueLemma(),
        span(text, p.source()), span(text, p.cue()), p.content().stream().map(c -> span(text, c)).toList(),
        p.antecedent().map(s -> span(text, s)).orElse(null));
  }

  private static SpanEntry span(String text, Span s) {
    return new SpanEntry(s.text(text), s.start(), s.end());
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
