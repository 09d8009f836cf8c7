/**
 * Analysing many articles at once: {@link io.github.ascribe.corpus.Corpus} takes texts from a stream,
 * a directory of text files or a JSON Lines file, analyses them on worker threads with the citations
 * module's {@link io.github.ascribe.citations.Analyzer}, and hands the results over in input order,
 * never holding more than a bounded window of documents. {@link io.github.ascribe.corpus.DocumentReader}
 * turns the bytes of one JSON Lines line or one text file into a {@link
 * io.github.ascribe.corpus.Document} by the same rules, for jobs that read their input themselves
 * (the Spark example does). JSON is read with Jackson's streaming parser (jackson-core) and nothing
 * else.
 */
package io.github.ascribe.corpus;
