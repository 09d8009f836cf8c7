/**
 * Whether a phrase names an outlet, agency, person, organisation or anonymous source; surname
 * back-references; the prose cue and reporting-verb finders; the word lists as data. Not exported.
 */
package io.github.ascribe.citations.internal.source;
