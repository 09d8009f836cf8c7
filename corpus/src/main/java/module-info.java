/**
 * Ascribe corpus: many articles analysed in parallel and handed over in input order, from streams,
 * directories of text files and JSON Lines files.
 */
module io.github.ascribe.corpus {
  requires transitive io.github.ascribe.citations;
  requires com.fasterxml.jackson.core;

  exports io.github.ascribe.corpus;
}
