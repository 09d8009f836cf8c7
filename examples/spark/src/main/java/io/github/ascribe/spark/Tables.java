package io.github.ascribe.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the tables the job writes, one directory each under the output directory. These
 * column names are the job's contract; {@code docs/scale.md} describes every column.
 *
 * <pre>{@code
 * Dataset<Row> claims = spark.read().parquet(out + "/" + Tables.CLAIMS);
 * claims.printSchema();   // article_id, claim_index, text, start, end, attributed, ...
 * claims.where("NOT attributed").groupBy("article_id").count().show();
 * }</pre>
 *
 * <p>Spans ({@code start}, {@code end}) are UTF-16 indices into the article's text, half open, as in
 * the library's {@code Span}.
 */
public final class Tables {

  /** Table name: one row per claim. */
  public static final String CLAIMS = "claims";
  /** Table name: one row per attribution. */
  public static final String ATTRIBUTIONS = "attributions";
  /** Table name: one row per distinct source over the corpus. */
  public static final String SOURCES = "sources";
  /** Table name: one row per analysed article, with its audit figures. */
  public static final String ARTICLES = "articles";
  /** Table name: one row per corpus record that could not be read, with the reason. */
  public static final String REJECTS = "rejects";
  /** Table name: names written where a source belongs that the registry does not know, by frequency. */
  public static final String UNRESOLVED = "unresolved";
  /** File name of the corpus audit, a JSON object, in the output directory. */
  public static final String AUDIT_FILE = "audit.json";

  /** {@link #CLAIMS}: article_id, claim_index, text, start, end, attributed, counts. */
  public static final StructType CLAIM = new StructType(new StructField[] {
      field("article_id", DataTypes.StringType, false),
      field("claim_index", DataTypes.IntegerType, false),
      field("paragraph", DataTypes.IntegerType, false),
      field("text", DataTypes.StringType, false),
      field("start", DataTypes.IntegerType, false),
      field("end", DataTypes.IntegerType, false),
      field("attributed", DataTypes.BooleanType, false),
      field("named_sources", DataTypes.IntegerType, false),
      field("unnamed_sources", DataTypes.IntegerType, false),
      field("other_sources", DataTypes.IntegerType, false)});

  /** {@link #ATTRIBUTIONS}: article_id, attribution_index, form, rule, text, span, sources, claims. */
  public static final StructType ATTRIBUTION = new StructType(new StructField[] {
      field("article_id", DataTypes.StringType, false),
      field("attribution_index", DataTypes.IntegerType, false),
      field("form", DataTypes.StringType, false),
      field("rule", DataTypes.StringType, false),
      field("text", DataTypes.StringType, false),
      field("start", DataTypes.IntegerType, false),
      field("end", DataTypes.IntegerType, false),
      field("source_ids", array(DataTypes.StringType), false),
      field("unnamed_sources", DataTypes.IntegerType, false),
      field("claim_indexes", array(DataTypes.IntegerType), false)});

  /** {@link #SOURCES}: source_id, name, kind, claims backed, articles naming it. */
  public static final StructType SOURCE = new StructType(new StructField[] {
      field("source_id", DataTypes.StringType, false),
      field("name", DataTypes.StringType, false),
      field("kind", DataTypes.StringType, false),
      field("claims", DataTypes.LongType, false),
      field("articles", DataTypes.LongType, false)});

  /** {@link #ARTICLES}: article_id, text length, and the library's {@code Summary} figures. */
  public static final StructType ARTICLE = new StructType(new StructField[] {
      field("article_id", DataTypes.StringType, false),
      field("origin", DataTypes.StringType, true),
      field("line", DataTypes.LongType, true),
      field("text_length", DataTypes.IntegerType, false),
      field("claims", DataTypes.IntegerType, false),
      field("attributed_claims", DataTypes.IntegerType, false),
      field("coverage", DataTypes.DoubleType, false),
      field("single_source_claims", DataTypes.IntegerType, false),
      field("other_attributed_claims", DataTypes.IntegerType, false),
      field("distinct_sources", DataTypes.IntegerType, false),
      field("independent_sources", DataTypes.IntegerType, false),
      field("diagnostics", DataTypes.IntegerType, false)});

  /**
   * {@link #REJECTS}: the record's id (or {@code line N}), its file, its line, a stable code ({@code
   * not-utf-8}, {@code not-json-object}, {@code no-text}, {@code too-large}, {@code analysis-failed})
   * and the reason for people.
   */
  public static final StructType REJECT = new StructType(new StructField[] {
      field("id", DataTypes.StringType, false),
      field("origin", DataTypes.StringType, true),
      field("line", DataTypes.LongType, true),
      field("code", DataTypes.StringType, false),
      field("reason", DataTypes.StringType, false)});

  /** {@link #UNRESOLVED}: the ad-hoc source id, the name as first written, mentions and articles. */
  public static final StructType UNRESOLVED_NAME = new StructType(new StructField[] {
      field("source_id", DataTypes.StringType, false),
      field("name", DataTypes.StringType, false),
      field("mentions", DataTypes.LongType, false),
      field("articles", DataTypes.LongType, false)});

  private Tables() {}

  static StructField field(String name, DataType type, boolean nullable) {
    return DataTypes.createStructField(name, type, nullable);
  }

  static ArrayType array(DataType element) {
    return DataTypes.createArrayType(element, false);
  }

  /**
   * The same schema without its first field (the article id, which the nested form leaves out).
   *
   * @param schema a table schema
   * @return the schema of its nested rows
   */
  static StructType nested(StructType schema) {
    StructField[] fields = schema.fields();
    StructField[] rest = new StructField[fields.length - 1];
    System.arraycopy(fields, 1, rest, 0, rest.length);
    return new StructType(rest);
  }
}
