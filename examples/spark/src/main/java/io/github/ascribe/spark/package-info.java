/**
 * The corpus job on Apache Spark: {@link io.github.ascribe.spark.AscribeSparkJob} reads a corpus of
 * articles (JSON Lines or text files), analyses each with the library, one analyser per partition, and
 * writes the {@link io.github.ascribe.spark.Tables} and the {@link io.github.ascribe.spark.CorpusAudit}.
 * See {@code docs/scale.md}.
 */
package io.github.ascribe.spark;
