/**
 * The source registry: a bundled, documented data file of news sources, loading of user files,
 * and resolution of names, aliases, site labels, domains and URLs (with fuzzy matching for typos).
 */
package io.github.ascribe.core.registry;
