/**
 * Notation parsing by stage, one class per stage, run in order by {@link
 * io.github.ascribe.citations.internal.notation.NotationReader}: the grammar over the tokens of the
 * one lexer, name segmentation, chip grouping with mention resolution, the verdict rules, and the
 * result. The state of one parse lives in a {@code NotationRead} made per call. Imports {@code scan}
 * and the public model; never the article or form code.
 */
package io.github.ascribe.citations.internal.notation;
