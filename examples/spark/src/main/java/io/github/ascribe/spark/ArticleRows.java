package io.github.ascribe.spark;

import io.github.ascribe.core.Article;
import io.github.ascribe.core.Attribution;
import io.github.ascribe.core.Claim;
import io.github.ascribe.core.MatchKind;
import io.github.ascribe.core.Source;
import io.github.ascribe.core.SourceKind;
import io.github.ascribe.core.SourceMention;
import io.github.ascribe.core.Summary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One analysed record as one nested row: the article's figures and arrays of its claims,
 * attributions, sources and unresolved names, or a reject. The job computes this once per record and
 * derives every table from it. Stateless and thread-safe.
 */
final class ArticleRows {

  /** The figures of {@link Tables#ARTICLE} after article_id, origin and line. */
  static final StructType FIGURES = new StructType(Arrays.copyOfRange(Tables.ARTICLE.fields(), 3,
      Tables.ARTICLE.fields().length));

  /** One source of one article: how many of its claims the source backs. */
  static final StructType ARTICLE_SOURCE = new StructType(new StructField[] {
      Tables.field("source_id", DataTypes.StringType, false),
      Tables.field("name", DataTypes.StringType, false),
      Tables.field("kind", DataTypes.StringType, false),
      Tables.field("claims", DataTypes.IntegerType, false)});

  /** One unresolved name of one article: how often it is written. */
  static final StructType ARTICLE_UNRESOLVED = new StructType(new StructField[] {
      Tables.field("source_id", DataTypes.StringType, false),
      Tables.field("name", DataTypes.StringType, false),
      Tables.field("mentions", DataTypes.IntegerType, false)});

  /** The nested row: id, origin, line, reject code and reason, figures and the arrays. */
  static final StructType SCHEMA = new StructType(new StructField[] {
      Tables.field("id", DataTypes.StringType, false),
      Tables.field("origin", DataTypes.StringType, true),
      Tables.field("line", DataTypes.LongType, true),
      Tables.field("code", DataTypes.StringType, true),
      Tables.field("reason", DataTypes.StringType, true),
      Tables.field("figures", FIGURES, true),
      Tables.field("claims", Tables.array(Tables.nested(Tables.CLAIM)), false),
      Tables.field("attributions", Tables.array(Tables.nested(Tables.ATTRIBUTION)), false),
      Tables.field("sources", Tables.array(ARTICLE_SOURCE), false),
      Tables.field("unresolved", Tables.array(ARTICLE_UNRESOLVED), false)});

  // Spark's row encoder takes arrays (or Scala sequences) for array columns, not java.util.List
  private static final Row[] NO_ROWS = new Row[0];

  /**
   * The reject code of a record that was read but whose analysis threw; the codes of records that
   * could not be read are {@link io.github.ascribe.corpus.Document.Problem#code()}s.
   */
  static final String ANALYSIS_FAILED = "analysis-failed";

  private ArticleRows() {}

  /**
   * A short description of a failure, for a reject's reason.
   *
   * @param e the failure
   * @return its type and message
   */
  static String describe(Throwable e) {
    String m = e.getMessage();
    String type = e.getClass().getSimpleName();
    return m == null || m.isBlank() ? type : type + ": " + m;
  }

  /**
   * The row of a record that could not be read or analysed.
   *
   * @param id its id
   * @param origin its file
   * @param line its line, or null
   * @param code the reject code
   * @param reason the reason
   * @return the row
   */
  static Row reject(String id, String origin, Long line, String code, String reason) {
    return RowFactory.create(id, origin, line, code, reason, null, NO_ROWS, NO_ROWS, NO_ROWS, NO_ROWS);
  }

  /**
   * The row of an analysed article.
   *
   * @param id its id
   * @param origin its file
   * @param line its line, or null
   * @param article the analysis
   * @return the row
   */
  static Row analysed(String id, String origin, Long line, Article article) {
    Summary s = article.summary();
    Row figures = RowFactory.create(article.text().length(), s.claims(), s.attributedClaims(), s.coverage(),
        s.singleSourceClaims(), s.otherAttributedClaims(), s.distinctSources(), s.independentSources(),
        article.diagnostics().size());
    List<Row> claims = new ArrayList<>(article.claims().size());
    for (Claim c : article.claims()) {
      claims.add(RowFactory.create(c.index(), c.paragraph(), c.text(), c.span().start(), c.span().end(),
          c.isAttributed(), c.mediaSources().size(), c.unnamedSources(), c.otherSources().size()));
    }
    List<Row> attributions = new ArrayList<>(article.attributions().size());
    Map<String, String> unresolvedNames = new LinkedHashMap<>();
    Map<String, Integer> unresolvedMentions = new HashMap<>();
    for (Attribution a : article.attributions()) {
      List<String> ids = new ArrayList<>();
      for (Source src : a.sources()) {
        ids.add(src.id());
      }
      attributions.add(RowFactory.create(a.index(), a.form().name(), a.rule(), a.span().text(article.text()),
          a.span().start(), a.span().end(), ids.toArray(new String[0]), a.unnamedSources(),
          a.claims().toArray(new Integer[0])));
      for (SourceMention m : a.mentions()) {
        if (m.match().kind() == MatchKind.UNRESOLVED && m.source().kind() == SourceKind.UNKNOWN) {
          unresolvedNames.merge(m.source().id(), m.source().name(), (x, y) -> x.compareTo(y) <= 0 ? x : y);
          unresolvedMentions.merge(m.source().id(), 1, Integer::sum);
        }
      }
    }
    List<Row> unresolved = new ArrayList<>(unresolvedNames.size());
    unresolvedNames.forEach((sid, name) -> unresolved.add(RowFactory.create(sid, name, unresolvedMentions.get(sid))));
    // ad-hoc sources whose names differ only in case or spacing share an id: one row per id, with the
    // smallest of the names (as the corpus-wide aggregation takes it)
    Map<String, Source> byId = new LinkedHashMap<>();
    Map<String, Set<Integer>> claimsById = new HashMap<>();
    for (Map.Entry<Source, List<Claim>> e : article.claimsBySource().entrySet()) {
      Source src = e.getKey();
      byId.merge(src.id(), src, (x, y) -> x.name().compareTo(y.name()) <= 0 ? x : y);
      Set<Integer> backed = claimsById.computeIfAbsent(src.id(), k -> new HashSet<>());
      for (Claim c : e.getValue()) {
        backed.add(c.index());
      }
    }
    List<Row> sources = new ArrayList<>(byId.size());
    byId.forEach((sid, src) -> sources.add(
        RowFactory.create(sid, src.name(), src.kind().name(), claimsById.get(sid).size())));
    return RowFactory.create(id, origin, line, null, null, figures, claims.toArray(NO_ROWS),
        attributions.toArray(NO_ROWS), sources.toArray(NO_ROWS), unresolved.toArray(NO_ROWS));
  }
}
