/**
 * Ascribe core: the immutable Article / Claim / Attribution / Source model, text helpers, and the
 * source registry that resolves names, site labels, domains and URLs to canonical sources.
 */
module io.github.ascribe.core {
  // not transitive: no exported signature names an ICU4J type (ModuleApiTest in citations)
  requires com.ibm.icu;
  requires org.apache.commons.text;

  exports io.github.ascribe.core;
  exports io.github.ascribe.core.registry;
  exports io.github.ascribe.core.text;
  exports io.github.ascribe.core.internal to io.github.ascribe.citations;
}
