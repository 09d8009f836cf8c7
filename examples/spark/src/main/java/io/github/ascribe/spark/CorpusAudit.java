package io.github.ascribe.spark;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The corpus audit: how much of the corpus is attributed, how coverage is spread over articles, how
 * many claims stand on one source, which sources back the most claims, and which names the registry
 * does not know (the list to add to the registry next). Written as {@code audit.json} next to the
 * tables and printed by the job.
 *
 * <pre>{@code
 * CorpusAudit audit = AscribeSparkJob.run(spark, JobOptions.parse("--input", "corpus.jsonl", "--output", "out"));
 * audit.coverage();                 // attributed claims / claims over the corpus
 * audit.coverageHistogram();        // {"no claims"=0, "[0.0, 0.1)"=12, ..., "1.0"=340}
 * audit.unresolvedNames().get(0);   // the most frequent name the registry does not know
 * System.out.println(audit.toText());
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 *
 * @param articles records analysed
 * @param rejects records that could not be read or analysed
 * @param rejectsByCode rejects by code, most frequent first
 * @param claims claims over the corpus
 * @param attributedClaims claims with at least one media source
 * @param singleSourceClaims claims that stand on exactly one media source
 * @param otherAttributedClaims claims attributed to at least one person, organisation or anonymous source
 * @param coverageHistogram articles by their coverage: {@code no claims}, ten buckets {@code [0.0, 0.1)}
 *     to {@code [0.9, 1.0)}, and {@code 1.0}
 * @param topSources the sources backing the most claims
 * @param unresolvedNames the unknown names written most often
 */
public record CorpusAudit(
    long articles,
    long rejects,
    Map<String, Long> rejectsByCode,
    long claims,
    long attributedClaims,
    long singleSourceClaims,
    long otherAttributedClaims,
    Map<String, Long> coverageHistogram,
    List<SourceCount> topSources,
    List<NameCount> unresolvedNames) {

  /** The histogram's bucket labels, in order. */
  public static final List<String> BUCKETS = List.of("no claims", "[0.0, 0.1)", "[0.1, 0.2)", "[0.2, 0.3)",
      "[0.3, 0.4)", "[0.4, 0.5)", "[0.5, 0.6)", "[0.6, 0.7)", "[0.7, 0.8)", "[0.8, 0.9)", "[0.9, 1.0)", "1.0");

  /**
   * A source with the claims it backs and the articles that name it.
   *
   * @param id the source id
   * @param name its name
   * @param kind its kind
   * @param claims claims it backs
   * @param articles articles that name it
   */
  public record SourceCount(String id, String name, String kind, long claims, long articles) {}

  /**
   * A name the registry does not know, with how often and in how many articles it is written.
   *
   * @param id the ad-hoc source id ({@code unknown-...})
   * @param name the name as written
   * @param mentions how often it is written
   * @param articles in how many articles
   */
  public record NameCount(String id, String name, long mentions, long articles) {}

  /** Copies the collections. */
  public CorpusAudit {
    rejectsByCode = Collections.unmodifiableMap(new LinkedHashMap<>(rejectsByCode));
    coverageHistogram = Collections.unmodifiableMap(new LinkedHashMap<>(coverageHistogram));
    topSources = List.copyOf(topSources);
    unresolvedNames = List.copyOf(unresolvedNames);
  }

  /**
   * Attributed claims over all claims of the corpus (1.0 when there are none).
   *
   * @return the corpus coverage
   */
  public double coverage() {
    return claims == 0 ? 1.0 : (double) attributedClaims / claims;
  }

  /**
   * Claims standing on exactly one media source over all claims (0.0 when there are none).
   *
   * @return the single-source claim rate
   */
  public double singleSourceRate() {
    return claims == 0 ? 0.0 : (double) singleSourceClaims / claims;
  }

  /**
   * The bucket label of an article's coverage.
   *
   * @param claims the article's claims
   * @param coverage its coverage
   * @return one of {@link #BUCKETS}
   */
  public static String bucket(int claims, double coverage) {
    if (claims == 0) {
      return BUCKETS.get(0);
    }
    if (coverage >= 1.0) {
      return BUCKETS.get(BUCKETS.size() - 1);
    }
    return BUCKETS.get(1 + Math.max(0, Math.min(9, (int) Math.floor(coverage * 10))));
  }

  /**
   * The audit as a JSON object (snake_case names; the histogram in bucket order).
   *
   * @return pretty-printed JSON
   */
  public String toJson() {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      g.writeStartObject();
      g.writeNumberField("articles", articles);
      g.writeNumberField("rejects", rejects);
      g.writeObjectFieldStart("rejects_by_code");
      for (Map.Entry<String, Long> e : rejectsByCode.entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeNumberField("claims", claims);
      g.writeNumberField("attributed_claims", attributedClaims);
      g.writeNumberField("coverage", round(coverage()));
      g.writeNumberField("single_source_claims", singleSourceClaims);
      g.writeNumberField("single_source_rate", round(singleSourceRate()));
      g.writeNumberField("other_attributed_claims", otherAttributedClaims);
      g.writeObjectFieldStart("coverage_histogram");
      for (Map.Entry<String, Long> e : coverageHistogram.entrySet()) {
        g.writeNumberField(e.getKey(), e.getValue());
      }
      g.writeEndObject();
      g.writeArrayFieldStart("top_sources");
      for (SourceCount s : topSources) {
        g.writeStartObject();
        g.writeStringField("source_id", s.id());
        g.writeStringField("name", s.name());
        g.writeStringField("kind", s.kind());
        g.writeNumberField("claims", s.claims());
        g.writeNumberField("articles", s.articles());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("unresolved_names");
      for (NameCount n : unresolvedNames) {
        g.writeStartObject();
        g.writeStringField("source_id", n.id());
        g.writeStringField("name", n.name());
        g.writeNumberField("mentions", n.mentions());
        g.writeNumberField("articles", n.articles());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString() + "\n";
  }

  /**
   * The audit for people: figures, a bar chart of the coverage histogram, the top lists.
   *
   * @return several lines of text
   */
  public String toText() {
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "articles %d, rejects %d%s%n", articles, rejects,
        rejectsByCode.isEmpty() ? "" : " " + rejectsByCode));
    sb.append(String.format(Locale.ROOT, "claims %d, attributed %d, coverage %.3f%n", claims, attributedClaims,
        coverage()));
    sb.append(String.format(Locale.ROOT, "single-source claims %d (rate %.3f), claims with people or"
        + " organisations as sources %d%n", singleSourceClaims, singleSourceRate(), otherAttributedClaims));
    sb.append("coverage per article:\n");
    long most = coverageHistogram.values().stream().mapToLong(Long::longValue).max().orElse(0);
    for (Map.Entry<String, Long> e : coverageHistogram.entrySet()) {
      int bar = most == 0 ? 0 : (int) Math.round(40.0 * e.getValue() / most);
      sb.append(String.format(Locale.ROOT, "  %-10s %8d %s%n", e.getKey(), e.getValue(), "#".repeat(bar)));
    }
    sb.append("top sources by claims:\n");
    for (SourceCount s : topSources) {
      sb.append(String.format(Locale.ROOT, "  %8d claims %7d articles  %s (%s)%n", s.claims(), s.articles(),
          s.name(), s.kind()));
    }
    sb.append("unresolved names by frequency (add them to the registry):\n");
    if (unresolvedNames.isEmpty()) {
      sb.append("  none\n");
    }
    for (NameCount n : unresolvedNames) {
      sb.append(String.format(Locale.ROOT, "  %8d mentions %6d articles  %s%n", n.mentions(), n.articles(),
          n.name()));
    }
    return sb.toString();
  }

  private static double round(double x) {
    return Math.round(x * 1e6) / 1e6;
  }
}
