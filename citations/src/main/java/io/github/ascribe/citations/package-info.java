/**
 * Parsing inline attribution notation ({@link io.github.ascribe.citations.Notation}) and analysing
 * whole articles. Entry points: {@link io.github.ascribe.citations.Notation#parse(String)} and
 * {@link io.github.ascribe.citations.NotationParser}.
 */
package io.github.ascribe.citations;
