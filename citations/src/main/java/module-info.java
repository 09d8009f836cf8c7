/**
 * Ascribe citations: the inline attribution notation parser and formatter, and whole-article
 * attribution analysis.
 */
module io.github.ascribe.citations {
  requires transitive io.github.ascribe.core;
  // sentence segmentation and locales, inside the implementation only
  requires com.ibm.icu;

  exports io.github.ascribe.citations;
  exports io.github.ascribe.citations.form;
}
