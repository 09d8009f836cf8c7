/**
 * Text helpers shared by the parsers: name normalisation, host extraction from URLs, and the line
 * index that turns offsets into line and column numbers.
 */
package io.github.ascribe.core.text;
